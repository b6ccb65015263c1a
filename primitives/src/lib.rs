//! Types and traits shared by the MentalVerse pallets.
//!
//! The [`AuditTrail`] hook: the steps of other pallets' processes that concern a client or a
//! professional — a credential issued or revoked, a booking requested, confirmed, completed, a
//! session record anchored — enter that person's audit trail through this one trait. The
//! compliance pallet implements it (appending a hash-chained entry); the credentials and
//! booking pallets call it, so no pallet repeats the trail's logic. Only codes, ids and
//! commitments cross it: an [`AuditEvent`] cannot carry personal or clinical data.

#![cfg_attr(not(feature = "std"), no_std)]

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::H256;
use sp_weights::Weight;

/// Identifies a credential (the credentials pallet's id).
pub type CredentialId = u64;
/// Identifies a booking (the booking pallet's id).
pub type BookingId = u64;

/// A change of a credential's standing.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum CredentialChange {
	Issued,
	Renewed,
	Suspended,
	Reinstated,
	Revoked,
}

/// A step of a booking taken by one of its parties or by governance.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum BookingStep {
	/// The client (or a crisis request) asked for the session.
	Requested,
	/// The therapist accepted it.
	Confirmed,
	/// The therapist declined it.
	Declined,
	/// A party cancelled it.
	Cancelled,
	/// The therapist recorded that the client did not attend.
	NoShow,
	/// The therapist recorded the session as held.
	Completed,
	/// The client disputed the session.
	Disputed,
	/// Governance resolved the dispute.
	DisputeResolved,
}

/// What another pallet reports into a person's audit trail.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum AuditEvent {
	/// A credential of the trail's subject changed standing.
	Credential { id: CredentialId, change: CredentialChange },
	/// A booking whose client is the trail's subject moved on.
	Booking { id: BookingId, step: BookingStep },
	/// The salted commitment of a session's encrypted record was anchored on chain.
	SessionRecordAnchored { booking: BookingId, record: H256 },
}

/// Appends steps of other pallets' processes to a subject's audit trail.
pub trait AuditTrail<AccountId> {
	/// Appends `event` to `subject`'s trail; `actor` is the account that caused it, or `None`
	/// for governance. It cannot fail: callers call it after every check has passed.
	fn record(subject: &AccountId, actor: Option<&AccountId>, event: AuditEvent);

	/// The weight of one [`Self::record`], which callers add to their own.
	fn weight() -> Weight;
}

/// No trail: for pallet tests that do not exercise it.
impl<AccountId> AuditTrail<AccountId> for () {
	fn record(_: &AccountId, _: Option<&AccountId>, _: AuditEvent) {}

	fn weight() -> Weight {
		Weight::zero()
	}
}

/// A trail that remembers what it was given, for pallet tests that check their calls to it.
#[cfg(feature = "std")]
pub mod testing {
	use super::*;
	use core::cell::RefCell;

	std::thread_local! {
		static RECORDED: RefCell<Vec<(u64, Option<u64>, AuditEvent)>> = const { RefCell::new(Vec::new()) };
	}

	/// Records `(subject, actor, event)` for accounts that are `u64`s, as in mock runtimes.
	pub struct RecordingTrail;

	impl AuditTrail<u64> for RecordingTrail {
		fn record(subject: &u64, actor: Option<&u64>, event: AuditEvent) {
			RECORDED.with(|recorded| recorded.borrow_mut().push((*subject, actor.copied(), event)));
		}

		fn weight() -> Weight {
			Weight::from_parts(1_000, 100)
		}
	}

	/// What was recorded since the last call, oldest first.
	pub fn take_recorded() -> Vec<(u64, Option<u64>, AuditEvent)> {
		RECORDED.with(|recorded| recorded.take())
	}
}
