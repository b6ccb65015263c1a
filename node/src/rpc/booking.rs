//! Bookings in the `mentalverse_` JSON-RPC namespace, so reminder services and on-call
//! therapists need no indexer:
//!
//! - `mentalverse_upcomingSessions(account, from, to, [blockHash])`: the account's requested
//!   and confirmed bookings (as client or therapist) with a session starting in `[from, to)`,
//!   Unix seconds, by start; at most [`MAX_WINDOW_SECONDS`] wide;
//! - `mentalverse_crisisQueue([blockHash])`: crisis requests waiting for an on-call therapist,
//!   oldest first.
//!
//! Accounts are SS58 strings, amounts base-unit strings, keys and ciphertext 0x-hex.

use super::mentalverse::{block_of, invalid_params, parse_account, runtime_error, Hash};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use mentalverse_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use mentalverse_runtime_api::{
	booking_types::{CancellationPolicy, TherapistAccess},
	therapist_types::{Format, SessionKind},
	BookingApi, BookingId, BookingInfo, BookingStatus, CrisisRequest, Service,
};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::crypto::Ss58Codec;
use std::sync::Arc;

/// Widest window one query may ask for: 92 days.
pub const MAX_WINDOW_SECONDS: u64 = 92 * 86_400;

fn hex(bytes: &[u8]) -> String {
	format!("0x{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

/// A booking as apps see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SessionJson {
	pub id: BookingId,
	pub client: String,
	pub payer: String,
	pub therapist: String,
	/// `{"offering": id, "kind": ...}` or `"crisis"`.
	pub service: serde_json::Value,
	pub format: Format,
	/// Start of each session (one, or one per session of a program).
	pub starts: Vec<u64>,
	pub minutes: u16,
	pub group: Option<BookingId>,
	pub series: Option<BookingId>,
	pub escrow: String,
	/// `requested` or `confirmed`.
	pub status: &'static str,
	/// For a request, the block by which the therapist must confirm.
	pub confirm_by: Option<BlockNumber>,
	pub policy: PolicyJson,
	pub client_key: String,
	pub therapist_key: Option<String>,
	pub envelope: Option<String>,
	pub recording: bool,
	pub proposed_start: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyJson {
	pub free_cancel_hours: u16,
	pub late_cancel_fee_percent: u8,
	pub no_show_fee_percent: u8,
	pub dispute_hours: u16,
}

impl From<CancellationPolicy> for PolicyJson {
	fn from(policy: CancellationPolicy) -> Self {
		Self {
			free_cancel_hours: policy.free_cancel_hours,
			late_cancel_fee_percent: policy.late_cancel_fee.deconstruct(),
			no_show_fee_percent: policy.no_show_fee.deconstruct(),
			dispute_hours: policy.dispute_hours,
		}
	}
}

fn service_json(service: Service) -> serde_json::Value {
	match service {
		Service::Offering { id, kind } => serde_json::json!({ "offering": id, "kind": kind_json(kind) }),
		Service::Crisis => serde_json::json!("crisis"),
	}
}

fn kind_json(kind: SessionKind) -> serde_json::Value {
	serde_json::to_value(kind).unwrap_or(serde_json::Value::Null)
}

impl SessionJson {
	pub fn new(id: BookingId, booking: BookingInfo<AccountId, Balance, BlockNumber>) -> Self {
		let (status, confirm_by) = match booking.status {
			BookingStatus::Requested { confirm_by } => ("requested", Some(confirm_by)),
			BookingStatus::Confirmed => ("confirmed", None),
			BookingStatus::Completed { .. } => ("completed", None),
			BookingStatus::Disputed => ("disputed", None),
		};
		let therapist_access: Option<&TherapistAccess> = booking.access.therapist.as_ref();
		Self {
			id,
			client: booking.client.to_ss58check(),
			payer: booking.payer.to_ss58check(),
			therapist: booking.therapist.to_ss58check(),
			service: service_json(booking.service),
			format: booking.format,
			starts: booking.sessions().map(|(start, _)| start).collect(),
			minutes: booking.minutes,
			group: booking.group,
			series: booking.series,
			escrow: booking.escrow.to_string(),
			status,
			confirm_by,
			policy: booking.policy.into(),
			client_key: hex(&booking.access.client_key),
			therapist_key: therapist_access.map(|a| hex(&a.therapist_key)),
			envelope: therapist_access.map(|a| hex(&a.envelope)),
			recording: booking.recording,
			proposed_start: booking.reschedule.map(|(start, _)| start),
		}
	}
}

/// A crisis request waiting for a therapist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CrisisJson {
	pub id: BookingId,
	pub client: String,
	pub payer: String,
	pub escrow: String,
	pub format: Format,
	pub client_key: String,
	pub recording: bool,
	pub raised_at: BlockNumber,
	pub escalations: u32,
	pub next_escalation: BlockNumber,
}

impl CrisisJson {
	pub fn new(id: BookingId, request: CrisisRequest<AccountId, Balance, BlockNumber>) -> Self {
		Self {
			id,
			client: request.client.to_ss58check(),
			payer: request.payer.to_ss58check(),
			escrow: request.escrow.to_string(),
			format: request.format,
			client_key: hex(&request.client_key),
			recording: request.recording,
			raised_at: request.raised_at,
			escalations: request.escalations,
			next_escalation: request.escalate_at,
		}
	}
}

#[rpc(server)]
pub trait BookingRpc {
	/// `account`'s open bookings with a session starting in `[from, to)`, Unix seconds.
	#[method(name = "mentalverse_upcomingSessions")]
	fn upcoming_sessions(&self, account: String, from: u64, to: u64, at: Option<Hash>) -> RpcResult<Vec<SessionJson>>;

	/// Crisis requests waiting for an on-call therapist, oldest first.
	#[method(name = "mentalverse_crisisQueue")]
	fn crisis_queue(&self, at: Option<Hash>) -> RpcResult<Vec<CrisisJson>>;
}

/// Serves booking queries from the client's runtime APIs.
pub struct Bookings<C> {
	client: Arc<C>,
}

impl<C> Bookings<C> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

/// Checks a query window.
pub fn check_window(from: u64, to: u64) -> Result<(), String> {
	if from >= to {
		return Err(format!("empty window: from ({from}) must be before to ({to})"));
	}
	if to - from > MAX_WINDOW_SECONDS {
		return Err(format!("window wider than {MAX_WINDOW_SECONDS} seconds (92 days)"));
	}
	Ok(())
}

impl<C> BookingRpcServer for Bookings<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: BookingApi<Block, AccountId, Balance, BlockNumber>,
{
	fn upcoming_sessions(&self, account: String, from: u64, to: u64, at: Option<Hash>) -> RpcResult<Vec<SessionJson>> {
		let who = parse_account(&account)?;
		check_window(from, to).map_err(invalid_params)?;
		let (hash, _) = block_of(&*self.client, at)?;
		let found = self.client.runtime_api().upcoming_sessions(hash, who, from, to).map_err(runtime_error)?;
		Ok(found.into_iter().map(|(id, booking)| SessionJson::new(id, booking)).collect())
	}

	fn crisis_queue(&self, at: Option<Hash>) -> RpcResult<Vec<CrisisJson>> {
		let (hash, _) = block_of(&*self.client, at)?;
		let queue = self.client.runtime_api().crisis_queue(hash).map_err(runtime_error)?;
		Ok(queue.into_iter().map(|(id, request)| CrisisJson::new(id, request)).collect())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn windows_must_be_ordered_and_bounded() {
		assert!(check_window(10, 20).is_ok());
		assert!(check_window(20, 20).unwrap_err().contains("empty window"));
		assert!(check_window(0, MAX_WINDOW_SECONDS + 1).unwrap_err().contains("92 days"));
	}

	#[test]
	fn sessions_serialise_with_codes_strings_and_hex() {
		let alice = sp_keyring::Sr25519Keyring::Alice.to_account_id();
		let bob = sp_keyring::Sr25519Keyring::Bob.to_account_id();
		let booking = BookingInfo {
			client: alice.clone(),
			payer: alice,
			therapist: bob,
			service: Service::Offering { id: 2, kind: SessionKind::IntensiveProgram { sessions: 2 } },
			format: Format::Video,
			start: 1_000,
			minutes: 60,
			later: vec![90_000].try_into().unwrap(),
			group: None,
			series: None,
			escrow: 12_345_678_901_234_567_890,
			policy: CancellationPolicy {
				free_cancel_hours: 24,
				late_cancel_fee: sp_runtime::Percent::from_percent(50),
				no_show_fee: sp_runtime::Percent::from_percent(100),
				dispute_hours: 48,
			},
			status: BookingStatus::Requested { confirm_by: 77 },
			record: None,
			access: mentalverse_runtime_api::booking_types::SessionAccess { client_key: [0xab; 32], therapist: None },
			recording: false,
			reschedule: None,
		};
		let json = serde_json::to_value(SessionJson::new(5, booking)).unwrap();
		assert_eq!(json["service"], serde_json::json!({ "offering": 2, "kind": { "intensiveProgram": { "sessions": 2 } } }));
		assert_eq!(json["starts"], serde_json::json!([1_000, 90_000]));
		assert_eq!(json["escrow"], "12345678901234567890");
		assert_eq!(json["status"], "requested");
		assert_eq!(json["confirmBy"], 77);
		assert_eq!(json["format"], "video");
		assert_eq!(json["policy"]["lateCancelFeePercent"], 50);
		assert_eq!(json["clientKey"], format!("0x{}", "ab".repeat(32)));
		assert_eq!(json["therapistKey"], serde_json::Value::Null);
		assert_eq!(json["client"], "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
	}
}
