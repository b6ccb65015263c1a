//! The types of the booking pallet: accounts, codes, amounts, times and commitments only.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use pallet_mv_therapists::{Format, OfferingId, SessionKind, UnixSeconds};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Percent;

pub use pallet_mv_therapists::BookingId;

/// A therapist's cancellation terms. Every booking keeps a copy of the terms in force when it
/// was requested: later changes never touch it.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub struct CancellationPolicy {
	/// A client cancelling at least this many hours before the start pays nothing.
	pub free_cancel_hours: u16,
	/// Share of the price a later client cancellation pays the therapist.
	pub late_cancel_fee: Percent,
	/// Share of the price the therapist receives when the client does not attend.
	pub no_show_fee: Percent,
	/// Hours after completion during which the client may dispute.
	pub dispute_hours: u16,
}

/// The range governance allows therapists' policies to take.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub struct PolicyBounds {
	pub min_free_cancel_hours: u16,
	pub max_free_cancel_hours: u16,
	pub max_late_cancel_fee: Percent,
	pub max_no_show_fee: Percent,
	pub min_dispute_hours: u16,
	pub max_dispute_hours: u16,
}

impl PolicyBounds {
	pub fn allows(&self, policy: &CancellationPolicy) -> bool {
		(self.min_free_cancel_hours..=self.max_free_cancel_hours).contains(&policy.free_cancel_hours) &&
			policy.late_cancel_fee <= self.max_late_cancel_fee &&
			policy.no_show_fee <= self.max_no_show_fee &&
			(self.min_dispute_hours..=self.max_dispute_hours).contains(&policy.dispute_hours)
	}

	/// The terms a therapist gets until they choose their own: the most lenient for clients.
	pub fn default_policy(&self) -> CancellationPolicy {
		CancellationPolicy {
			free_cancel_hours: self.min_free_cancel_hours,
			late_cancel_fee: Percent::zero(),
			no_show_fee: Percent::zero(),
			dispute_hours: self.max_dispute_hours,
		}
	}
}

/// Where a booking is in its life. A booking that ends (settled, cancelled, declined, expired)
/// is removed from storage; its events are its history.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub enum BookingStatus<BlockNumber> {
	/// Waiting for the therapist, until `confirm_by` (then refunded automatically).
	Requested { confirm_by: BlockNumber },
	/// Scheduled.
	Confirmed,
	/// Held, awaiting release to the therapist at `release_at` unless the client disputes.
	Completed { release_at: BlockNumber },
	/// The client disputes: governance splits the escrow.
	Disputed,
}

/// A booking and its escrow.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct BookingInfo<AccountId, Balance, BlockNumber> {
	pub client: AccountId,
	/// Whose funds are held (the client, or a payer paying for them).
	pub payer: AccountId,
	pub therapist: AccountId,
	pub offering: OfferingId,
	pub kind: SessionKind,
	pub format: Format,
	pub start: UnixSeconds,
	pub minutes: u16,
	/// Held from the payer under the escrow reason.
	pub escrow: Balance,
	pub policy: CancellationPolicy,
	pub status: BookingStatus<BlockNumber>,
	/// Hash of the encrypted session record, anchored at completion.
	pub record: Option<H256>,
}

impl<A, B, N> BookingInfo<A, B, N> {
	/// End of the session, Unix seconds.
	pub fn end(&self) -> UnixSeconds {
		self.start.saturating_add(self.minutes as u64 * 60)
	}
}
