//! The types of the booking pallet: accounts, codes, amounts, times and commitments only.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::ConstU32, BoundedVec};
use pallet_mv_therapists::{Format, OfferingId, SessionKind, UnixSeconds};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Percent;

pub use pallet_mv_therapists::BookingId;

/// Seconds in a week: a recurring series repeats weekly.
pub const WEEK: UnixSeconds = 7 * 24 * 3600;
/// Most sessions in one booking (an intensive program; the registry allows 2–20).
pub const MAX_PROGRAM_SESSIONS: u32 = 20;
/// Largest room-key envelope: a sealed-box ciphertext of a key and its metadata.
pub const MAX_ENVELOPE_BYTES: u32 = 512;

/// Start times of a booking's sessions, Unix seconds: one, or one per session of a program.
pub type Starts = BoundedVec<UnixSeconds, ConstU32<MAX_PROGRAM_SESSIONS>>;
/// An x25519 public key for the session's key exchange.
pub type X25519Public = [u8; 32];
/// The session room key, encrypted to the client's x25519 key: ciphertext only.
pub type Envelope = BoundedVec<u8, ConstU32<MAX_ENVELOPE_BYTES>>;

/// How a client's request is paid and set up.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct RequestTerms<AccountId, Balance> {
	/// A sponsor paying for the client (insurer, employer, fund), else the client pays.
	pub payer: Option<AccountId>,
	/// A sliding-scale price between the offering's floor and its list price; the therapist
	/// agrees to it by confirming. `None`: the list price.
	pub price: Option<Balance>,
	/// The client's x25519 public key for this session's key exchange.
	pub client_key: X25519Public,
	/// The client asks for the session to be recorded (needs their recording consent).
	pub recording: bool,
}

/// The therapist's half of the key exchange.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct TherapistAccess {
	pub therapist_key: X25519Public,
	/// The room key sealed to the client's key.
	pub envelope: Envelope,
}

/// A booking's access-credential exchange.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct SessionAccess {
	pub client_key: X25519Public,
	/// Set at confirmation, replaced on reschedule.
	pub therapist: Option<TherapistAccess>,
}

/// What was booked.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub enum Service {
	/// One of the therapist's offerings.
	Offering { id: OfferingId, kind: SessionKind },
	/// A crisis request, accepted by an on-call therapist.
	Crisis,
}

/// A group session: one slot in the therapist's schedule, one seat booking per participant.
#[derive(
	frame_support::CloneNoBound, frame_support::PartialEqNoBound, frame_support::EqNoBound,
	frame_support::DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[scale_info(skip_type_params(MaxSeats))]
pub struct GroupSession<AccountId: Clone + PartialEq + core::fmt::Debug, MaxSeats: frame_support::traits::Get<u32>> {
	pub therapist: AccountId,
	pub offering: OfferingId,
	pub start: UnixSeconds,
	pub end: UnixSeconds,
	pub capacity: u16,
	/// Open seat bookings (requested or confirmed).
	pub seats: BoundedVec<BookingId, MaxSeats>,
	/// In the therapist's schedule: confirmed once, later joiners are confirmed on request.
	pub scheduled: bool,
}

/// A rolling weekly series: every completed session books the same slot a week after the last.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
pub struct SeriesInfo<AccountId, Balance> {
	pub client: AccountId,
	pub therapist: AccountId,
	pub offering: OfferingId,
	pub format: Format,
	pub terms: RequestTerms<AccountId, Balance>,
	/// Start of the next session the series will book; `None` once it stopped rolling.
	pub next_start: Option<UnixSeconds>,
	/// Its bookings still requested or confirmed.
	pub open: u32,
}

/// A client in crisis waiting for an on-call therapist.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
pub struct CrisisRequest<AccountId, Balance, BlockNumber> {
	pub client: AccountId,
	pub payer: AccountId,
	pub escrow: Balance,
	pub format: Format,
	pub client_key: X25519Public,
	pub recording: bool,
	pub raised_at: BlockNumber,
	/// When it escalates (again) if still unaccepted.
	pub escalate_at: BlockNumber,
	pub escalations: u32,
}

/// Governance's terms for crisis sessions.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub struct CrisisTerms<Balance, BlockNumber> {
	/// Escrowed from the payer when the request is raised, paid like any session.
	pub price: Balance,
	/// Length of a crisis session.
	pub minutes: u16,
	/// Blocks an unaccepted request waits before each escalation.
	pub escalate_after: BlockNumber,
}

/// A sponsor's standing offer to pay for a client.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
pub struct Coverage<Balance> {
	/// Most one booking may escrow.
	pub max_per_booking: Balance,
	/// Held from the sponsor while the coverage is stored.
	pub deposit: Balance,
}

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
	/// Whose funds are held (the client, or a sponsor paying for them).
	pub payer: AccountId,
	pub therapist: AccountId,
	pub service: Service,
	pub format: Format,
	/// Start of the (first) session.
	pub start: UnixSeconds,
	/// Length of each session.
	pub minutes: u16,
	/// Starts of an intensive program's further sessions, ascending; empty otherwise.
	pub later: BoundedVec<UnixSeconds, ConstU32<{ MAX_PROGRAM_SESSIONS - 1 }>>,
	/// The group session this booking is a seat of.
	pub group: Option<BookingId>,
	/// The recurring series this booking belongs to.
	pub series: Option<BookingId>,
	/// Held from the payer under the escrow reason.
	pub escrow: Balance,
	pub policy: CancellationPolicy,
	pub status: BookingStatus<BlockNumber>,
	/// Hash of the encrypted session record, anchored at completion.
	pub record: Option<H256>,
	pub access: SessionAccess,
	/// Recording requested, with the client's consent on record when requested.
	pub recording: bool,
	/// A new start the client proposed, with their new key, awaiting the therapist.
	pub reschedule: Option<(UnixSeconds, X25519Public)>,
}

impl<A, B, N> BookingInfo<A, B, N> {
	/// End of the (last) session, Unix seconds.
	pub fn end(&self) -> UnixSeconds {
		self.sessions().last().map_or(self.start, |(_, end)| end)
	}

	/// Each session's `(start, end)`, ascending.
	pub fn sessions(&self) -> impl Iterator<Item = (UnixSeconds, UnixSeconds)> + '_ {
		let length = self.minutes as u64 * 60;
		core::iter::once(self.start).chain(self.later.iter().copied()).map(move |s| (s, s.saturating_add(length)))
	}

	/// Start of the last session.
	pub fn last_start(&self) -> UnixSeconds {
		self.later.last().copied().unwrap_or(self.start)
	}

	/// Requested or confirmed: the session is still ahead.
	pub fn is_open(&self) -> bool {
		matches!(self.status, BookingStatus::Requested { .. } | BookingStatus::Confirmed)
	}
}

/// The per-block work queues.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub enum DueQueue {
	Confirmations,
	Releases,
	Escalations,
}

/// How a booking ends.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Settlement {
	/// Declined, expired, cancelled or missed: fees only, no platform fee.
	Refund,
	/// Held and released when the dispute window closed.
	Released,
	/// Held, disputed and split by governance.
	DisputeResolved,
}
