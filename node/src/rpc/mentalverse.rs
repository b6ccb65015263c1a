//! The `mentalverse_` JSON-RPC namespace.
//!
//! - `mentalverse_chainInfo([blockHash])`: the runtime's identity and the facts about MVT that an
//!   app needs before it shows any amount;
//! - `mentalverse_credentialsOf(account, [blockHash])`: every credential of a professional, with
//!   its status and expiry;
//! - `mentalverse_verifyLicense(account, jurisdiction, [blockHash])`: one call for a "verified
//!   therapist" badge.
//!
//! Amounts are decimal strings in base units (10^-8 MVT): they exceed JavaScript's safe
//! integers. Accounts are SS58 strings; jurisdictions are `CC` or `CC-RRR` (ISO 3166).

use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{
		error::{ErrorObject, INVALID_PARAMS_CODE},
		ErrorObjectOwned,
	},
};
use mentalverse_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use mentalverse_runtime_api::{
	ChainInfo, CredentialKind, CredentialView, CredentialsApi, EffectiveStatus, Jurisdiction,
	LicenseVerification, MentalverseApi as MentalverseRuntimeApi,
};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::crypto::Ss58Codec;
use sp_runtime::traits::Block as BlockT;
use std::sync::Arc;

pub(crate) type Hash = <Block as BlockT>::Hash;

/// JSON-RPC error code when the runtime API call fails (e.g. unknown block).
pub const RUNTIME_ERROR: i32 = 1;

/// `mentalverse_chainInfo`'s answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChainInfoResponse {
	pub spec_name: String,
	pub spec_version: u32,
	pub token_symbol: String,
	pub token_decimals: u8,
	pub ss58_format: u16,
	/// Smallest balance an account may hold, base units.
	pub existential_deposit: String,
	/// Supply created at genesis, base units.
	pub genesis_supply: String,
	/// Supply now, base units.
	pub total_issuance: String,
	pub fee_burn_percent: u8,
	pub block_time_ms: u64,
	/// Number of the block the answer was read at.
	pub block_number: BlockNumber,
}

impl ChainInfoResponse {
	fn new(info: ChainInfo<Balance>, block_number: BlockNumber) -> Self {
		Self {
			spec_name: String::from_utf8_lossy(&info.spec_name).into_owned(),
			spec_version: info.spec_version,
			token_symbol: String::from_utf8_lossy(&info.token_symbol).into_owned(),
			token_decimals: info.token_decimals,
			ss58_format: info.ss58_format,
			existential_deposit: info.existential_deposit.to_string(),
			genesis_supply: info.genesis_supply.to_string(),
			total_issuance: info.total_issuance.to_string(),
			fee_burn_percent: info.fee_burn_percent,
			block_time_ms: info.block_time_ms,
			block_number,
		}
	}
}

/// `mentalverse_verifyLicense`'s answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseResponse {
	pub account: String,
	pub jurisdiction: String,
	pub licensed: bool,
	/// Block until which the longest-lasting license is valid (exclusive).
	pub valid_until: Option<BlockNumber>,
	pub training_complete: bool,
	pub background_checked: bool,
	pub ce_compliant: bool,
	pub block_number: BlockNumber,
}

#[rpc(client, server)]
pub trait MentalverseApi {
	/// Runtime and token facts at `at` (default: the best block).
	#[method(name = "mentalverse_chainInfo")]
	fn chain_info(&self, at: Option<Hash>) -> RpcResult<ChainInfoResponse>;

	/// Every credential of `account` with its status at `at`.
	#[method(name = "mentalverse_credentialsOf")]
	fn credentials_of(&self, account: String, at: Option<Hash>) -> RpcResult<Value>;

	/// Whether `account` is licensed in `jurisdiction` at `at`, and until when.
	#[method(name = "mentalverse_verifyLicense")]
	fn verify_license(
		&self,
		account: String,
		jurisdiction: String,
		at: Option<Hash>,
	) -> RpcResult<LicenseResponse>;
}

/// Serves the `mentalverse_` methods from the client's runtime APIs.
pub struct Mentalverse<C> {
	client: Arc<C>,
}

impl<C> Mentalverse<C> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

pub(crate) fn runtime_error(message: impl ToString) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, message.to_string(), None::<()>)
}

pub(crate) fn invalid_params(message: impl ToString) -> ErrorObjectOwned {
	ErrorObject::owned(INVALID_PARAMS_CODE, message.to_string(), None::<()>)
}

/// `"US"` or `"US-CA"` to a [`Jurisdiction`].
pub fn parse_jurisdiction(text: &str) -> Result<Jurisdiction, String> {
	Jurisdiction::parse(text).ok_or_else(|| format!("'{text}' is not an ISO 3166 code such as US or US-CA"))
}

/// The text form of a [`Jurisdiction`], the inverse of [`parse_jurisdiction`].
pub fn format_jurisdiction(jurisdiction: &Jurisdiction) -> String {
	jurisdiction.to_string()
}

fn kind_json(kind: &CredentialKind) -> Value {
	match kind {
		CredentialKind::ProfessionalLicense { jurisdiction, class, license_number } => json!({
			"type": "ProfessionalLicense",
			"jurisdiction": format_jurisdiction(jurisdiction),
			"class": format!("{class:?}"),
			"licenseNumberCommitment": format!("{license_number:?}"),
		}),
		CredentialKind::AcademicDegree { level } =>
			json!({ "type": "AcademicDegree", "level": format!("{level:?}") }),
		CredentialKind::BoardCertification { board } =>
			json!({ "type": "BoardCertification", "board": board }),
		CredentialKind::BackgroundCheck { jurisdiction } => json!({
			"type": "BackgroundCheck",
			"jurisdiction": format_jurisdiction(jurisdiction),
		}),
		CredentialKind::ContinuingEducation { hours, category } => json!({
			"type": "ContinuingEducation",
			"hours": hours,
			"category": format!("{category:?}"),
		}),
		CredentialKind::PlatformTraining { module } =>
			json!({ "type": "PlatformTraining", "module": format!("{module:?}") }),
	}
}

fn status_name(status: EffectiveStatus) -> &'static str {
	match status {
		EffectiveStatus::Active => "Active",
		EffectiveStatus::Suspended => "Suspended",
		EffectiveStatus::Revoked => "Revoked",
		EffectiveStatus::Expired => "Expired",
		EffectiveStatus::IssuerInactive => "IssuerInactive",
	}
}

fn credential_json(view: &CredentialView<AccountId, BlockNumber>) -> Value {
	json!({
		"id": view.id,
		"kind": kind_json(&view.kind),
		"issuer": view.issuer.to_ss58check(),
		"delegation": view.delegation,
		"commitment": format!("0x{}", hex_string(&view.commitment)),
		"issuedAt": view.issued_at,
		"validUntil": view.valid_until,
		"status": status_name(view.status),
	})
}

fn hex_string(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn parse_account(text: &str) -> Result<AccountId, ErrorObjectOwned> {
	AccountId::from_ss58check(text)
		.map_err(|e| invalid_params(format!("'{text}' is not an SS58 account: {e:?}")))
}

/// The block to read at (default: the best block), and its number.
pub(crate) fn block_of<C: HeaderBackend<Block>>(
	client: &C,
	at: Option<Hash>,
) -> Result<(Hash, BlockNumber), ErrorObjectOwned> {
	let hash = at.unwrap_or_else(|| client.info().best_hash);
	let number = client
		.number(hash)
		.map_err(runtime_error)?
		.ok_or_else(|| runtime_error(format!("unknown block {hash:?}")))?;
	Ok((hash, number))
}

impl<C: HeaderBackend<Block>> Mentalverse<C> {
	fn block(&self, at: Option<Hash>) -> Result<(Hash, BlockNumber), ErrorObjectOwned> {
		block_of(&*self.client, at)
	}
}

impl<C> MentalverseApiServer for Mentalverse<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: MentalverseRuntimeApi<Block, Balance> + CredentialsApi<Block, AccountId, BlockNumber>,
{
	fn chain_info(&self, at: Option<Hash>) -> RpcResult<ChainInfoResponse> {
		let (hash, number) = self.block(at)?;
		let info = self.client.runtime_api().chain_info(hash).map_err(runtime_error)?;
		Ok(ChainInfoResponse::new(info, number))
	}

	fn credentials_of(&self, account: String, at: Option<Hash>) -> RpcResult<Value> {
		let who = parse_account(&account)?;
		let (hash, number) = self.block(at)?;
		let views = self.client.runtime_api().credentials_of(hash, who).map_err(runtime_error)?;
		Ok(json!({
			"account": account,
			"blockNumber": number,
			"credentials": views.iter().map(credential_json).collect::<Vec<_>>(),
		}))
	}

	fn verify_license(
		&self,
		account: String,
		jurisdiction: String,
		at: Option<Hash>,
	) -> RpcResult<LicenseResponse> {
		let who = parse_account(&account)?;
		let parsed = parse_jurisdiction(&jurisdiction).map_err(invalid_params)?;
		let (hash, number) = self.block(at)?;
		let LicenseVerification {
			licensed,
			valid_until,
			training_complete,
			background_checked,
			ce_compliant,
		} = self.client.runtime_api().verify_license(hash, who, parsed).map_err(runtime_error)?;
		Ok(LicenseResponse {
			account,
			jurisdiction: format_jurisdiction(&parsed),
			licensed,
			valid_until,
			training_complete,
			background_checked,
			ce_compliant,
			block_number: number,
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn jurisdictions_round_trip() {
		for text in ["US", "US-CA", "GB-ENG", "DE-BY"] {
			assert_eq!(format_jurisdiction(&parse_jurisdiction(text).unwrap()), text);
		}
	}

	#[test]
	fn malformed_jurisdictions_are_rejected() {
		for text in ["", "U", "USA", "us-CA", "US-", "US-CALI", "US-c"] {
			assert!(parse_jurisdiction(text).is_err(), "{text}");
		}
	}
}
