//! Consents and the audit trail in the `mentalverse_` JSON-RPC namespace:
//!
//! - `mentalverse_hasConsent(subject, grantee, purpose, [blockHash])`: whether `grantee` holds
//!   `subject`'s consent for `purpose` (`"treatment"`, `"sessionRecording"`,
//!   `"providerSharing"`, `"research"`, `"emergencyContact"`, `"psychotherapyNotes"`) now;
//! - `mentalverse_accountingOfDisclosures(subject, from, to, [cursor], [limit], [blockHash])`:
//!   the subject's accesses and disclosures logged in `[from, to]` (Unix seconds), oldest first,
//!   at most `limit` (≤ 100) a page; `next` is the cursor of the following page;
//! - `mentalverse_auditTrail(subject, [from], [limit], [blockHash])`: every entry of the
//!   subject's trail from index `from` — accesses, consent changes, and other pallets' steps
//!   (credentials, bookings, anchored session records) — at most `limit` (≤ 100) a page;
//! - `mentalverse_verifyAuditTrail(subject, from, entries, [blockHash])`: recomputes the hash
//!   chain of a copy of the subject's entries (as `mentalverse_auditTrail` returned them), the
//!   first at index `from`, and compares it with the chain's;
//! - `mentalverse_pendingReviews([blockHash])`: break-glass accesses awaiting governance's review.
//!
//! Accounts are SS58 strings, deposits base-unit strings, commitments and digests 0x-hex.

use super::mentalverse::{block_of, invalid_params, parse_account, runtime_error, Hash};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use mentalverse_runtime::{opaque::Block, AccountId, Balance};
use mentalverse_runtime_api::{
	compliance_types::{Access, Action, AuditEvent, Basis, ConsentId, Justification, Logged, RecordClass},
	AccountingPage, ComplianceApi, Entry, EntryIndex, Purpose, Review, ReviewId, TrailCheck,
};
use serde::{Deserialize, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::Ss58Codec, H256};
use std::sync::Arc;

/// Most entries one accounting page or one verification may carry.
pub const MAX_ENTRIES: u32 = 100;

/// One trail entry as apps see it, and as they hand it back for verification: its index, time,
/// what it records (tagged by `kind`), the digest of the entry before it and its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryJson {
	pub index: EntryIndex,
	/// Unix seconds.
	pub at: u64,
	#[serde(flatten)]
	pub logged: LoggedJson,
	pub prev: H256,
	/// This entry's digest (ignored on input: it is recomputed).
	pub digest: H256,
}

/// What an entry records, with accounts as SS58 and amounts as base-unit strings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum LoggedJson {
	/// An access to, or (with a recipient) a disclosure of, an off-chain record.
	Access {
		accessor: String,
		recipient: Option<String>,
		record: H256,
		class: RecordClass,
		purpose: Purpose,
		/// `{"consent": id}` or `{"breakGlass": justification}`.
		basis: Basis,
		deposit: String,
	},
	ConsentGranted { grantee: String, purpose: Purpose, consent: ConsentId, expires_at: Option<u64> },
	ConsentRevoked { grantee: String, purpose: Purpose, consent: ConsentId },
	/// Another pallet's step, e.g. `{"booking": {"id": 3, "step": "confirmed"}}`.
	Process { actor: Option<String>, event: AuditEvent },
}

fn account(text: &str) -> Result<AccountId, String> {
	AccountId::from_ss58check(text).map_err(|e| format!("'{text}' is not an SS58 account: {e:?}"))
}

impl EntryJson {
	pub fn new(index: EntryIndex, entry: Entry<AccountId, Balance>) -> Self {
		let digest = entry.digest();
		let logged = match entry.logged {
			Logged::Access(access) => LoggedJson::Access {
				accessor: access.accessor.to_ss58check(),
				recipient: match access.action {
					Action::Access => None,
					Action::Disclosure { recipient } => Some(recipient.to_ss58check()),
				},
				record: access.record,
				class: access.class,
				purpose: access.purpose,
				basis: access.basis,
				deposit: access.deposit.to_string(),
			},
			Logged::ConsentGranted { grantee, purpose, id, expires_at } =>
				LoggedJson::ConsentGranted { grantee: grantee.to_ss58check(), purpose, consent: id, expires_at },
			Logged::ConsentRevoked { grantee, purpose, id } =>
				LoggedJson::ConsentRevoked { grantee: grantee.to_ss58check(), purpose, consent: id },
			Logged::Process { actor, event } =>
				LoggedJson::Process { actor: actor.map(|a| a.to_ss58check()), event },
		};
		Self { index, at: entry.at, logged, prev: entry.prev, digest }
	}

	/// Back to the runtime's entry, to be hashed as the chain hashes it.
	pub fn to_entry(&self) -> Result<Entry<AccountId, Balance>, String> {
		let logged = match &self.logged {
			LoggedJson::Access { accessor, recipient, record, class, purpose, basis, deposit } => Logged::Access(Access {
				accessor: account(accessor)?,
				record: *record,
				class: *class,
				purpose: *purpose,
				action: match recipient {
					None => Action::Access,
					Some(recipient) => Action::Disclosure { recipient: account(recipient)? },
				},
				basis: *basis,
				deposit: deposit.parse().map_err(|_| format!("'{deposit}' is not a base-unit amount"))?,
			}),
			LoggedJson::ConsentGranted { grantee, purpose, consent, expires_at } =>
				Logged::ConsentGranted { grantee: account(grantee)?, purpose: *purpose, id: *consent, expires_at: *expires_at },
			LoggedJson::ConsentRevoked { grantee, purpose, consent } =>
				Logged::ConsentRevoked { grantee: account(grantee)?, purpose: *purpose, id: *consent },
			LoggedJson::Process { actor, event } =>
				Logged::Process { actor: actor.as_deref().map(account).transpose()?, event: *event },
		};
		Ok(Entry { at: self.at, logged, prev: self.prev })
	}
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AccountingJson {
	pub entries: Vec<EntryJson>,
	pub next: Option<EntryIndex>,
}

impl From<AccountingPage<AccountId, Balance>> for AccountingJson {
	fn from(page: AccountingPage<AccountId, Balance>) -> Self {
		Self { entries: page.entries.into_iter().map(|(index, entry)| EntryJson::new(index, entry)).collect(), next: page.next }
	}
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TrailCheckJson {
	/// All entries chained and matched the chain's.
	pub valid: bool,
	pub matched: u64,
	pub first_mismatch: Option<EntryIndex>,
	pub reaches_head: bool,
}

impl From<TrailCheck> for TrailCheckJson {
	fn from(check: TrailCheck) -> Self {
		Self {
			valid: check.first_mismatch.is_none(),
			matched: check.matched,
			first_mismatch: check.first_mismatch,
			reaches_head: check.reaches_head,
		}
	}
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReviewJson {
	pub id: ReviewId,
	pub subject: String,
	pub entry: EntryIndex,
	pub accessor: String,
	pub justification: Justification,
	pub raised_at: u64,
}

impl ReviewJson {
	pub fn new(id: ReviewId, review: Review<AccountId>) -> Self {
		Self {
			id,
			subject: review.subject.to_ss58check(),
			entry: review.entry,
			accessor: review.accessor.to_ss58check(),
			justification: review.justification,
			raised_at: review.raised_at,
		}
	}
}

/// A page size from 1 to [`MAX_ENTRIES`], that by default.
fn page_limit(limit: Option<u32>) -> RpcResult<u32> {
	match limit.unwrap_or(MAX_ENTRIES) {
		limit @ 1..=MAX_ENTRIES => Ok(limit),
		_ => Err(invalid_params(format!("limit must be 1 to {MAX_ENTRIES}"))),
	}
}

#[rpc(server)]
pub trait ComplianceRpc {
	/// Whether `grantee` holds `subject`'s consent for `purpose` now.
	#[method(name = "mentalverse_hasConsent")]
	fn has_consent(&self, subject: String, grantee: String, purpose: Purpose, at: Option<Hash>) -> RpcResult<bool>;

	/// `subject`'s entries logged in `[from, to]`, a page at a time.
	#[method(name = "mentalverse_accountingOfDisclosures")]
	fn accounting(
		&self,
		subject: String,
		from: u64,
		to: u64,
		cursor: Option<EntryIndex>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<AccountingJson>;

	/// Every entry of `subject`'s trail from index `from`, a page at a time.
	#[method(name = "mentalverse_auditTrail")]
	fn trail(&self, subject: String, from: Option<EntryIndex>, limit: Option<u32>, at: Option<Hash>) -> RpcResult<AccountingJson>;

	/// Checks a copy of `subject`'s entries, the first at index `from`, against the chain.
	#[method(name = "mentalverse_verifyAuditTrail")]
	fn verify_trail(&self, subject: String, from: EntryIndex, entries: Vec<EntryJson>, at: Option<Hash>) -> RpcResult<TrailCheckJson>;

	/// Break-glass accesses waiting for review, oldest first.
	#[method(name = "mentalverse_pendingReviews")]
	fn pending_reviews(&self, at: Option<Hash>) -> RpcResult<Vec<ReviewJson>>;
}

/// Serves compliance queries from the client's runtime APIs.
pub struct Compliance<C> {
	client: Arc<C>,
}

impl<C> Compliance<C> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C> ComplianceRpcServer for Compliance<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ComplianceApi<Block, AccountId, Balance>,
{
	fn has_consent(&self, subject: String, grantee: String, purpose: Purpose, at: Option<Hash>) -> RpcResult<bool> {
		let (subject, grantee) = (parse_account(&subject)?, parse_account(&grantee)?);
		let (hash, _) = block_of(&*self.client, at)?;
		self.client.runtime_api().has_consent(hash, subject, grantee, purpose).map_err(runtime_error)
	}

	fn accounting(
		&self,
		subject: String,
		from: u64,
		to: u64,
		cursor: Option<EntryIndex>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<AccountingJson> {
		let subject = parse_account(&subject)?;
		if from > to {
			return Err(invalid_params(format!("from ({from}) is after to ({to})")));
		}
		let limit = page_limit(limit)?;
		let (hash, _) = block_of(&*self.client, at)?;
		let page = self.client.runtime_api().accounting(hash, subject, from, to, cursor, limit).map_err(runtime_error)?;
		Ok(page.into())
	}

	fn trail(&self, subject: String, from: Option<EntryIndex>, limit: Option<u32>, at: Option<Hash>) -> RpcResult<AccountingJson> {
		let subject = parse_account(&subject)?;
		let limit = page_limit(limit)?;
		let (hash, _) = block_of(&*self.client, at)?;
		let page = self.client.runtime_api().trail(hash, subject, from.unwrap_or(0), limit).map_err(runtime_error)?;
		Ok(page.into())
	}

	fn verify_trail(&self, subject: String, from: EntryIndex, entries: Vec<EntryJson>, at: Option<Hash>) -> RpcResult<TrailCheckJson> {
		let subject = parse_account(&subject)?;
		if entries.is_empty() || entries.len() > MAX_ENTRIES as usize {
			return Err(invalid_params(format!("give 1 to {MAX_ENTRIES} entries")));
		}
		let entries = entries.iter().map(EntryJson::to_entry).collect::<Result<Vec<_>, _>>().map_err(invalid_params)?;
		let (hash, _) = block_of(&*self.client, at)?;
		let check = self.client.runtime_api().verify_trail(hash, subject, from, entries).map_err(runtime_error)?;
		Ok(check.into())
	}

	fn pending_reviews(&self, at: Option<Hash>) -> RpcResult<Vec<ReviewJson>> {
		let (hash, _) = block_of(&*self.client, at)?;
		let reviews = self.client.runtime_api().pending_reviews(hash).map_err(runtime_error)?;
		Ok(reviews.into_iter().map(|(id, review)| ReviewJson::new(id, review)).collect())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn round_trip(entry: Entry<AccountId, Balance>) -> serde_json::Value {
		let json = serde_json::to_value(EntryJson::new(4, entry.clone())).unwrap();
		assert_eq!(json["digest"], serde_json::to_value(entry.digest()).unwrap());
		let back: EntryJson = serde_json::from_value(json.clone()).unwrap();
		assert_eq!(back.to_entry().unwrap(), entry);
		json
	}

	#[test]
	fn entries_round_trip_through_json_with_their_digest() {
		let alice = sp_keyring::Sr25519Keyring::Alice.to_account_id();
		let bob = sp_keyring::Sr25519Keyring::Bob.to_account_id();
		let access = Access {
			accessor: alice.clone(),
			record: H256::repeat_byte(7),
			class: RecordClass::PsychotherapyNote,
			purpose: Purpose::PsychotherapyNotes,
			action: Action::Disclosure { recipient: bob.clone() },
			basis: Basis::Consent(3),
			deposit: 1_000_000,
		};
		let entry = |logged| Entry { at: 1_767_225_600, logged, prev: H256::repeat_byte(1) };
		let json = round_trip(entry(Logged::Access(access)));
		assert_eq!(json["kind"], "access");
		assert_eq!(json["class"], "psychotherapyNote");
		assert_eq!(json["basis"], serde_json::json!({ "consent": 3 }));
		assert_eq!(json["deposit"], "1000000");

		let json = round_trip(entry(Logged::ConsentGranted { grantee: bob.clone(), purpose: Purpose::Research, id: 9, expires_at: Some(5) }));
		assert_eq!((&json["kind"], &json["consent"], &json["expiresAt"]), (&"consentGranted".into(), &9.into(), &5.into()));
		round_trip(entry(Logged::ConsentRevoked { grantee: bob, purpose: Purpose::Research, id: 9 }));

		let step = AuditEvent::Booking { id: 3, step: mentalverse_runtime_api::compliance_types::BookingStep::Confirmed };
		let json = round_trip(entry(Logged::Process { actor: Some(alice), event: step }));
		assert_eq!(json["event"], serde_json::json!({ "booking": { "id": 3, "step": "confirmed" } }));
		round_trip(entry(Logged::Process { actor: None, event: step }));
	}

	#[test]
	fn break_glass_reads_as_a_justification_code() {
		let json = serde_json::to_value(Basis::BreakGlass(Justification::RiskToSelf)).unwrap();
		assert_eq!(json, serde_json::json!({ "breakGlass": "riskToSelf" }));
	}
}
