//! The `mentalverse_` JSON-RPC namespace.
//!
//! `mentalverse_chainInfo([blockHash])` returns the runtime's identity and the facts about MVT
//! that an app needs before it shows any amount. Amounts are decimal strings in base units
//! (10^-8 MVT): they exceed JavaScript's safe integers.

use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObject, ErrorObjectOwned},
};
use mentalverse_runtime_api::{ChainInfo, MentalverseApi as MentalverseRuntimeApi};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;
use std::{marker::PhantomData, sync::Arc};

/// JSON-RPC error code when the runtime API call fails (e.g. unknown block).
pub const RUNTIME_ERROR: i32 = 1;

/// `mentalverse_chainInfo`'s answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChainInfoResponse {
	/// Runtime spec name, "mentalverse".
	pub spec_name: String,
	/// Runtime spec version.
	pub spec_version: u32,
	/// Token ticker, "MVT".
	pub token_symbol: String,
	/// Decimals of the token.
	pub token_decimals: u8,
	/// SS58 address prefix.
	pub ss58_format: u16,
	/// Smallest balance an account may hold, base units.
	pub existential_deposit: String,
	/// Supply created at genesis, base units.
	pub genesis_supply: String,
	/// Supply now, base units.
	pub total_issuance: String,
	/// Percentage of each transaction fee that is burned.
	pub fee_burn_percent: u8,
	/// Target block time in milliseconds.
	pub block_time_ms: u64,
	/// Number of the block the answer was read at.
	pub block_number: u64,
}

impl ChainInfoResponse {
	fn new<Balance: ToString>(info: ChainInfo<Balance>, block_number: u64) -> Self {
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

#[rpc(client, server)]
pub trait MentalverseApi<BlockHash> {
	/// Runtime and token facts at `at` (default: the best block).
	#[method(name = "mentalverse_chainInfo")]
	fn chain_info(&self, at: Option<BlockHash>) -> RpcResult<ChainInfoResponse>;
}

/// Serves the `mentalverse_` methods from the client's runtime APIs.
pub struct Mentalverse<C, Block, Balance> {
	client: Arc<C>,
	_marker: PhantomData<(Block, Balance)>,
}

impl<C, Block, Balance> Mentalverse<C, Block, Balance> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

fn runtime_error(message: impl ToString) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, message.to_string(), None::<()>)
}

impl<C, Block, Balance> MentalverseApiServer<<Block as BlockT>::Hash> for Mentalverse<C, Block, Balance>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: MentalverseRuntimeApi<Block, Balance>,
	Balance: codec::Codec + ToString + Send + Sync + 'static,
{
	fn chain_info(&self, at: Option<<Block as BlockT>::Hash>) -> RpcResult<ChainInfoResponse> {
		let hash = at.unwrap_or_else(|| self.client.info().best_hash);
		let number = self
			.client
			.number(hash)
			.map_err(runtime_error)?
			.ok_or_else(|| runtime_error(format!("unknown block {hash:?}")))?;
		let info = self.client.runtime_api().chain_info(hash).map_err(runtime_error)?;
		let number: u64 = sp_runtime::SaturatedConversion::saturated_into(number);
		Ok(ChainInfoResponse::new(info, number))
	}
}
