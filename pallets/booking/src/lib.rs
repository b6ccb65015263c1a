//! # Booking pallet
//!
//! Sessions between clients and therapists, paid through an escrow held on chain, with every
//! way a session can go: confirmed or declined, cancelled early or late, missed, held and
//! released, disputed and split, moved, joined as a group seat, repeated weekly, bought as an
//! intensive program, or raised as a crisis.
//!
//! ## State machine
//!
//! ```text
//!  request ──► Requested ──confirm──► Confirmed ──complete──► Completed ──(dispute window)──► released
//!                 │  │                  │  │  │                   │
//!          decline│  │expiry     cancel │  │  │no-show     dispute▼
//!                 ▼  ▼                  ▼  │  ▼               Disputed ──resolve(split)──► settled
//!              refunded            refund or late fee      no-show fee
//!
//!  raise_crisis ──► crisis queue ──accept_crisis (on-call therapist)──► Confirmed, starting now
//!                     │  └─(every escalation period)─► CrisisEscalated event, stays queued
//!                     └─withdraw_crisis──► refunded
//! ```
//!
//! A booking that ends is removed from storage; its events are its history, and each step a
//! party or governance takes (request, confirm, decline, cancel, no-show, complete, dispute,
//! resolve; crisis raise, accept, withdraw) and each anchored session record enters the
//! client's audit trail through [`Config::AuditTrail`].
//!
//! ## Overview
//!
//! - **Request** ([`Pallet::request`]): the client names a bookable therapist's offering, the
//!   start time(s) inside its availability, a format and [`RequestTerms`]; the price is held
//!   from the payer under [`HoldReason::Escrow`] with a new booking id, and the therapist's
//!   cancellation policy is copied into the booking: later changes never touch it.
//! - **Session kinds**: one session; an **intensive program** (one booking, one escrow, a start
//!   per session, all scheduled at confirmation; cancellable only before the first session); a
//!   **group** seat (the first request at a slot creates the group, the therapist's first
//!   confirmation schedules it, later joiners are confirmed at once until it is full; leaving is
//!   cancelling the seat); a **recurring weekly series** ([`Pallet::request_series`]: up to
//!   [`Config::MaxSeriesAhead`] bookings ahead, each with its own escrow; each completed session
//!   books the next week, so the series rolls with the same number ahead).
//! - **Payers**: the client, or a sponsor approved by governance (insurer, employer, a fund)
//!   that covers the client up to an amount per booking ([`Pallet::cover`], with a deposit).
//!   **Sliding scale**: the client may propose a price down to the offering's floor; the
//!   therapist agrees by confirming.
//! - **Session access**: the client gives an x25519 key with the request, the therapist its key
//!   and the room key sealed to the client at confirmation ([`TherapistAccess`]); both are
//!   replaced on reschedule. Recording is allowed only with the client's recording consent on
//!   record ([`RecordingConsent`]).
//! - **Reschedule**: the client proposes a new start with a new key; the therapist accepts with
//!   new access; the escrow stays.
//! - **Crisis**: a client raises a request without a slot; any therapist on crisis call may
//!   accept it, which starts a session at once (no minimum notice); until then it escalates by
//!   event every [`CrisisTerms::escalate_after`] blocks, so it is never silently lost.
//! - **Automatic transitions**: unconfirmed requests are refunded when their confirmation period
//!   ends, completed sessions released when their dispute window closes, crisis requests
//!   escalated, all in `on_initialize`, each at most [`Config::MaxDuePerBlock`] per block (the
//!   rest move to the next block).
//! - **Release**: the platform fee ([`PlatformFee`]) goes to [`Config::PlatformAccount`], the rest
//!   to the therapist; the client gets a rating right and the [`OnSessionPaid`] hook fires.
//!
//! ## Storage and deposits
//!
//! A booking's escrow is held for as long as the booking is stored and is at least
//! [`Config::MinimumEscrow`], so it is the booking's storage deposit as well; group, series and
//! crisis records live and die with their bookings. A sponsor's coverage entries hold
//! [`Config::CoverageDeposit`] each. No personal data: accounts, codes, times, amounts, public
//! keys, ciphertext and hashes only.
//!
//! ## Example
//!
//! ```ignore
//! // A client books offering 0 of `therapist` for next Monday 10:00 UTC, paying themselves.
//! let terms = RequestTerms { payer: None, price: None, client_key, recording: false };
//! Booking::request(client_origin, therapist, 0, vec![start].try_into()?, Format::Video, terms)?;
//! ```

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod crisis;
mod invariants;
mod lifecycle;
mod payers;
mod series;
pub mod types;
pub mod views;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use mentalverse_primitives::{AuditEvent, AuditTrail, BookingStep};

use frame_support::traits::fungible::{Inspect as FunInspect, Mutate as FunMutate, MutateHold};

/// Balance type of the configured currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as FunInspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A stored booking.
pub type BookingOf<T> = BookingInfo<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;
/// A client's request terms.
pub type TermsOf<T> = RequestTerms<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A queued crisis request.
pub type CrisisOf<T> = CrisisRequest<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;
/// Governance's crisis terms.
pub type CrisisTermsOf<T> = CrisisTerms<BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>;
/// A stored group session.
pub type GroupOf<T> = GroupSession<<T as frame_system::Config>::AccountId, <T as Config>::MaxGroupSeats>;

/// Whether a client has consented to their sessions with a therapist being recorded (the
/// compliance pallet's consent registry answers; `()` answers no).
pub trait RecordingConsent<AccountId> {
	fn allows_recording(client: &AccountId, therapist: &AccountId) -> bool;
}

impl<AccountId> RecordingConsent<AccountId> for () {
	fn allows_recording(_: &AccountId, _: &AccountId) -> bool {
		false
	}
}

/// Called when a held session's escrow is released undisputed to its therapist (loyalty rewards).
pub trait OnSessionPaid<AccountId, Balance> {
	fn on_session_paid(client: &AccountId, therapist: &AccountId, paid: Balance);
}

impl<AccountId, Balance> OnSessionPaid<AccountId, Balance> for () {
	fn on_session_paid(_: &AccountId, _: &AccountId, _: Balance) {}
}

/// The share of the platform fee a therapist is spared (the MVT economy's stake tiers).
pub trait FeeDiscount<AccountId> {
	fn platform_fee_discount(therapist: &AccountId) -> sp_runtime::Percent;
}

impl<AccountId> FeeDiscount<AccountId> for () {
	fn platform_fee_discount(_: &AccountId) -> sp_runtime::Percent {
		sp_runtime::Percent::zero()
	}
}

/// A fund paying approved beneficiaries' sessions (the scholarship fund): a booking whose payer
/// is its account draws on the client's grant, and refunds restore it.
pub trait ScholarshipFund<AccountId, Balance> {
	/// The fund's account, if there is a fund.
	fn account() -> Option<AccountId>;
	/// Charges `amount` to `client`'s grant, or refuses.
	fn draw(client: &AccountId, amount: Balance) -> frame_support::dispatch::DispatchResult;
	/// Gives `amount` of a refund back to `client`'s grant.
	fn restore(client: &AccountId, amount: Balance);
}

impl<AccountId, Balance> ScholarshipFund<AccountId, Balance> for () {
	fn account() -> Option<AccountId> {
		None
	}
	fn draw(_: &AccountId, _: Balance) -> frame_support::dispatch::DispatchResult {
		Err(sp_runtime::DispatchError::Other("no scholarship fund"))
	}
	fn restore(_: &AccountId, _: Balance) {}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::UnixTime};
	use frame_system::pallet_prelude::*;
	use pallet_mv_therapists::{Format, OfferingId, TherapistDirectory, UnixSeconds};
	use sp_core::H256;
	use sp_runtime::{
		traits::{Saturating, Zero},
		Percent, Permill,
	};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The price of a booking, held from its payer until the booking settles.
		Escrow,
		/// A sponsor's deposit for each client coverage it keeps in storage.
		CoverageDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		type RuntimeHoldReason: From<HoldReason>;
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ FunMutate<Self::AccountId>;
		/// The therapist registry.
		type Directory: TherapistDirectory<Self::AccountId, BalanceOf<Self>>;
		/// The client's recording consent.
		type Consent: RecordingConsent<Self::AccountId>;
		/// Told of every released session (loyalty rewards).
		type OnSessionPaid: OnSessionPaid<Self::AccountId, BalanceOf<Self>>;
		/// Discounts therapists' platform fees (stake tiers).
		type FeeDiscount: FeeDiscount<Self::AccountId>;
		/// The scholarship fund, a payer for its beneficiaries.
		type Scholarship: ScholarshipFund<Self::AccountId, BalanceOf<Self>>;
		type UnixTime: UnixTime;
		/// Sets bounds, fees, notice, confirmation period and crisis terms; approves sponsors.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Settles disputed bookings: a matter of professional conduct, not of platform
		/// parameters, so the runtime gives it to another body than [`Config::GovernanceOrigin`].
		type DisputeOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Receives the platform fee.
		#[pallet::constant]
		type PlatformAccount: Get<Self::AccountId>;
		/// Least notice, in seconds, between a request and the session's start, until
		/// governance sets [`MinNotice`].
		#[pallet::constant]
		type DefaultMinNotice: Get<UnixSeconds>;
		/// Blocks a therapist has to confirm a request, until governance sets
		/// [`ConfirmationPeriod`].
		#[pallet::constant]
		type DefaultConfirmationPeriod: Get<BlockNumberFor<Self>>;
		/// Highest platform fee governance may set.
		#[pallet::constant]
		type MaxPlatformFee: Get<Permill>;
		/// Longest notice, in seconds, governance may require before a session.
		#[pallet::constant]
		type MaxMinNotice: Get<UnixSeconds>;
		/// Longest confirmation period, in blocks, governance may give therapists.
		#[pallet::constant]
		type MaxConfirmationPeriod: Get<BlockNumberFor<Self>>;
		/// Blocks per hour (policy windows are in hours).
		#[pallet::constant]
		type BlocksPerHour: Get<BlockNumberFor<Self>>;
		/// Seconds after the start before a therapist may record a no-show.
		#[pallet::constant]
		type NoShowGrace: Get<UnixSeconds>;
		/// Expiries, releases or escalations processed per block, each.
		#[pallet::constant]
		type MaxDuePerBlock: Get<u32>;
		/// Sessions (and group slots) one therapist may have confirmed ahead.
		#[pallet::constant]
		type MaxScheduled: Get<u32>;
		/// Seats a group session can have (the registry bounds capacities by the same figure).
		#[pallet::constant]
		type MaxGroupSeats: Get<u32>;
		/// Bookings a recurring series keeps ahead.
		#[pallet::constant]
		type MaxSeriesAhead: Get<u32>;
		/// Least escrow of a booking: it doubles as the booking's storage deposit.
		#[pallet::constant]
		type MinimumEscrow: Get<BalanceOf<Self>>;
		/// Held from a sponsor for each client coverage.
		#[pallet::constant]
		type CoverageDeposit: Get<BalanceOf<Self>>;
		/// Crisis terms until governance sets [`CrisisTermsNow`].
		#[pallet::constant]
		type DefaultCrisisTerms: Get<CrisisTermsOf<Self>>;
		type WeightInfo: WeightInfo;
		/// The client's audit trail, which records each step of their bookings.
		type AuditTrail: AuditTrail<Self::AccountId>;
		/// Makes bookable therapists for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	/// The next id of a booking, group or series (one sequence: ids never clash).
	#[pallet::storage]
	pub type NextBookingId<T: Config> = StorageValue<_, BookingId, ValueQuery>;

	/// Open bookings. Twox: ids are sequential, not chosen by users.
	#[pallet::storage]
	pub type Bookings<T: Config> = StorageMap<_, Twox64Concat, BookingId, BookingOf<T>>;

	/// Each account's open bookings, as client or therapist, for the upcoming-sessions query.
	/// Blake2: accounts are chosen by users.
	#[pallet::storage]
	pub type Parties<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, BookingId, ()>;

	/// Requests to expire, by the block their confirmation period ends.
	#[pallet::storage]
	pub type ConfirmationDeadlines<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, BookingId, ()>;

	/// Completed sessions to release, by the block their dispute window closes.
	#[pallet::storage]
	pub type Releases<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, BookingId, ()>;

	/// Each therapist's confirmed sessions `(start, end, booking or group)`, sorted by start,
	/// for the overlap check.
	#[pallet::storage]
	pub type Schedule<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<(UnixSeconds, UnixSeconds, BookingId), T::MaxScheduled>,
		ValueQuery,
	>;

	/// Group sessions with open seats, by group id.
	#[pallet::storage]
	pub type Groups<T: Config> = StorageMap<_, Twox64Concat, BookingId, GroupOf<T>>;

	/// The group at a therapist's slot, for joiners.
	#[pallet::storage]
	pub type GroupAt<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, UnixSeconds, BookingId>;

	/// Rolling weekly series, by series id.
	#[pallet::storage]
	pub type Series<T: Config> =
		StorageMap<_, Twox64Concat, BookingId, SeriesInfo<T::AccountId, BalanceOf<T>>>;

	/// Crisis requests waiting for an on-call therapist (the crisis queue).
	#[pallet::storage]
	pub type CrisisQueue<T: Config> = StorageMap<_, Twox64Concat, BookingId, CrisisOf<T>>;

	/// Each client's waiting crisis request: one at a time.
	#[pallet::storage]
	pub type CrisisOfClient<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, BookingId>;

	/// Crisis requests to escalate, by block.
	#[pallet::storage]
	pub type Escalations<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, BookingId, ()>;

	/// Per queue, the oldest block whose bucket may still hold due entries (work beyond a
	/// block's budget waits there).
	#[pallet::storage]
	pub type DueFrom<T: Config> = StorageMap<_, Twox64Concat, DueQueue, BlockNumberFor<T>>;

	/// Crisis price, length and escalation period.
	#[pallet::storage]
	pub type CrisisTermsNow<T: Config> = StorageValue<_, CrisisTermsOf<T>, ValueQuery, T::DefaultCrisisTerms>;

	/// Sponsors governance has approved to pay for clients.
	#[pallet::storage]
	pub type Sponsors<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// `(sponsor, client)`: the sponsor pays for the client's bookings up to an amount.
	#[pallet::storage]
	pub type Coverages<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		Coverage<BalanceOf<T>>,
	>;

	/// Therapists' own cancellation policies (else the bounds' default).
	#[pallet::storage]
	pub type Policies<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, CancellationPolicy>;

	/// What therapists' policies may be.
	#[pallet::storage]
	pub type Bounds<T: Config> = StorageValue<_, PolicyBounds, ValueQuery, DefaultBounds>;

	/// 24–72 h free cancellation, fees up to 100%, disputes within 24–168 h.
	#[pallet::type_value]
	pub fn DefaultBounds() -> PolicyBounds {
		PolicyBounds {
			min_free_cancel_hours: 24,
			max_free_cancel_hours: 72,
			max_late_cancel_fee: Percent::from_percent(100),
			max_no_show_fee: Percent::from_percent(100),
			min_dispute_hours: 24,
			max_dispute_hours: 168,
		}
	}

	/// Least notice, in seconds, between a request and the session's start.
	#[pallet::storage]
	pub type MinNotice<T: Config> = StorageValue<_, UnixSeconds, ValueQuery, T::DefaultMinNotice>;

	/// Blocks a therapist has to confirm a request.
	#[pallet::storage]
	pub type ConfirmationPeriod<T: Config> =
		StorageValue<_, BlockNumberFor<T>, ValueQuery, T::DefaultConfirmationPeriod>;

	/// Share of each released escrow that goes to the platform.
	#[pallet::storage]
	pub type PlatformFee<T: Config> = StorageValue<_, Permill, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A booking was requested (or, joining a scheduled group, confirmed at once: see
		/// [`Event::Confirmed`]). `escrow` is held from `payer`.
		Requested { id: BookingId, client: T::AccountId, therapist: T::AccountId, payer: T::AccountId, start: UnixSeconds, escrow: BalanceOf<T> },
		Confirmed { id: BookingId },
		Declined { id: BookingId },
		/// Not confirmed in time: refunded.
		Expired { id: BookingId },
		/// `fee` went to the therapist, the rest back to the payer.
		Cancelled { id: BookingId, by: T::AccountId, fee: BalanceOf<T> },
		NoShow { id: BookingId, fee: BalanceOf<T> },
		Completed { id: BookingId, record: Option<H256>, release_at: BlockNumberFor<T> },
		Disputed { id: BookingId },
		/// Escrow paid out: `to_therapist`, `platform_fee`, `refunded` to the payer.
		Settled { id: BookingId, to_therapist: BalanceOf<T>, platform_fee: BalanceOf<T>, refunded: BalanceOf<T> },
		FeesWaived { id: BookingId },
		/// The therapist set (or rotated) the session's access keys.
		AccessSet { id: BookingId },
		RescheduleProposed { id: BookingId, start: UnixSeconds },
		Rescheduled { id: BookingId, start: UnixSeconds },
		/// A group session was created at a therapist's slot.
		GroupOpened { group: BookingId, therapist: T::AccountId, start: UnixSeconds, capacity: u16 },
		/// The group's last seat was taken.
		GroupFilled { group: BookingId },
		SeriesStarted { series: BookingId, client: T::AccountId, therapist: T::AccountId, sessions: u32 },
		/// The series could not book its next session (the reason is `error`) and stops rolling.
		SeriesInterrupted { series: BookingId, error: DispatchError },
		SeriesEnded { series: BookingId },
		/// A client in crisis is waiting: therapists on crisis call should look.
		CrisisRaised { id: BookingId, client: T::AccountId, format: Format, escrow: BalanceOf<T> },
		/// Still unaccepted after `escalations` escalation periods.
		CrisisEscalated { id: BookingId, escalations: u32 },
		CrisisAccepted { id: BookingId, therapist: T::AccountId, start: UnixSeconds },
		CrisisWithdrawn { id: BookingId },
		SponsorApproved { sponsor: T::AccountId },
		SponsorRevoked { sponsor: T::AccountId },
		CoverageSet { sponsor: T::AccountId, client: T::AccountId, max_per_booking: BalanceOf<T> },
		CoverageEnded { sponsor: T::AccountId, client: T::AccountId },
		PolicySet { therapist: T::AccountId, policy: CancellationPolicy },
		BoundsSet { bounds: PolicyBounds },
		PlatformFeeSet { fee: Permill },
		MinNoticeSet { seconds: UnixSeconds },
		ConfirmationPeriodSet { blocks: BlockNumberFor<T> },
		CrisisTermsSet { terms: CrisisTermsOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The therapist is not active (credentials, pause or suspension).
		TherapistNotBookable,
		/// The therapist has no such offering.
		UnknownOffering,
		/// The offering does not allow this format.
		FormatNotOffered,
		/// The slot is outside the therapist's availability.
		OutsideAvailability,
		/// The slot overlaps a confirmed session of the therapist.
		Overlap,
		/// The session starts too soon.
		TooLittleNotice,
		/// The payer cannot cover the price.
		InsufficientFunds,
		/// No open booking with this id.
		UnknownBooking,
		/// Only the booking's therapist may do this.
		NotTherapist,
		/// Only the booking's client may do this.
		NotClient,
		/// Only the client or the therapist may do this.
		NotParty,
		/// The booking is not in the state this needs.
		WrongState,
		/// The session has not started yet (for a program: its last session).
		NotStarted,
		/// The no-show grace period has not passed.
		GraceNotOver,
		/// The therapist has the maximum number of confirmed sessions ahead.
		ScheduleFull,
		/// The policy is outside the governance bounds.
		PolicyOutOfBounds,
		/// The bounds are inverted (a minimum above its maximum).
		InvalidBounds,
		/// A therapist cannot book themselves.
		SelfBooking,
		/// One start for a session, one per session for an intensive program, ascending and
		/// not overlapping.
		WrongSessionCount,
		/// The program's sessions overlap each other or are not in order.
		SessionsOutOfOrder,
		/// The escrow would be below the minimum.
		EscrowTooSmall,
		/// The offering has no sliding scale.
		NoSlidingScale,
		/// The proposed price is below the offering's sliding-scale floor.
		BelowSlidingScaleFloor,
		/// The proposed price is above the offering's list price.
		AboveListPrice,
		/// A different group offering already holds this slot.
		SlotTaken,
		/// Every seat of the group is taken.
		GroupFull,
		/// Recording needs the client's recording consent on record.
		NoRecordingConsent,
		/// The payer is not a sponsor approved by governance.
		NotSponsor,
		/// The sponsor does not cover this client.
		NotCovered,
		/// The price is above what the sponsor covers per booking.
		AboveCoverage,
		/// Recurring series need a single-session, non-group offering.
		NotRecurring,
		/// A series books between one and the maximum sessions ahead.
		SeriesLength,
		/// No such series, or not the caller's.
		UnknownSeries,
		/// An intensive program cannot be cancelled once its first session has started.
		ProgramUnderway,
		/// Only single sessions booked from an offering can be moved.
		NotReschedulable,
		/// The client has not proposed a new time.
		NoRescheduleProposed,
		/// The client already has a crisis request waiting.
		CrisisAlreadyOpen,
		/// No waiting crisis request with this id.
		UnknownCrisis,
		/// Only therapists on crisis call may accept crisis requests.
		NotOnCrisisCall,
		/// Crisis sessions have a fixed price.
		PriceNotNegotiable,
		/// Crisis terms need a length and an escalation period.
		InvalidCrisisTerms,
		/// Requests need at least one block to be confirmed in.
		InvalidConfirmationPeriod,
		/// Above [`Config::MaxConfirmationPeriod`].
		ConfirmationPeriodTooLong,
		/// Above [`Config::MaxPlatformFee`].
		PlatformFeeTooHigh,
		/// Above [`Config::MaxMinNotice`].
		NoticeTooLong,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let expired = Self::process_due::<ConfirmationDeadlines<T>>(DueQueue::Confirmations, now, Self::expire);
			let released = Self::process_due::<Releases<T>>(DueQueue::Releases, now, Self::release);
			let escalated = Self::process_due::<Escalations<T>>(DueQueue::Escalations, now, Self::escalate);
			T::WeightInfo::expire_due(expired)
				.saturating_add(T::WeightInfo::release_due(released))
				.saturating_add(T::WeightInfo::escalate_due(escalated))
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::MaxDuePerBlock::get() > 0, "due work must progress");
			assert!(!T::BlocksPerHour::get().is_zero(), "an hour has blocks");
			assert!(!T::DefaultConfirmationPeriod::get().is_zero(), "requests must be answerable");
			assert!(
				T::DefaultConfirmationPeriod::get() <= T::MaxConfirmationPeriod::get(),
				"the default confirmation period is within governance's bound"
			);
			assert!(T::DefaultMinNotice::get() <= T::MaxMinNotice::get(), "the default notice is within its bound");
			assert!(T::MaxGroupSeats::get() >= 2, "a group has at least two seats");
			assert!(T::MaxSeriesAhead::get() >= 1, "a series books at least one session");
			assert!(!T::MinimumEscrow::get().is_zero(), "the escrow is the booking's deposit");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Request a session (a program, or a group seat); its price is held from the payer.
		///
		/// `starts` holds one start, or one per session of an intensive program (ascending).
		/// For a group offering, the first request at a slot opens the group; once the
		/// therapist has confirmed a seat, later requests are confirmed at once.
		///
		/// - Origin: signed; the client.
		/// - Errors: `SelfBooking`, `TherapistNotBookable`, `UnknownOffering`,
		///   `FormatNotOffered`, `WrongSessionCount`, `SessionsOutOfOrder`, `NoSlidingScale`,
		///   `BelowSlidingScaleFloor`, `AboveListPrice`, `EscrowTooSmall`, `TooLittleNotice`,
		///   `OutsideAvailability`, `Overlap`, `SlotTaken`, `GroupFull`, `NoRecordingConsent`,
		///   `NotSponsor`, `NotCovered`, `AboveCoverage`, `InsufficientFunds`.
		/// - Events: [`Event::Requested`]; [`Event::GroupOpened`], [`Event::Confirmed`],
		///   [`Event::GroupFilled`] for group seats.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::request().saturating_add(T::AuditTrail::weight()))]
		pub fn request(
			origin: OriginFor<T>,
			therapist: T::AccountId,
			offering: OfferingId,
			starts: Starts,
			format: Format,
			terms: TermsOf<T>,
		) -> DispatchResult {
			let client = ensure_signed(origin)?;
			Self::do_request(client, therapist, offering, starts, format, terms, None).map(|_| ())
		}

		/// Accept a request: the session is scheduled and the therapist's half of the key
		/// exchange stored. Confirming a group seat schedules the group.
		///
		/// - Origin: signed; the booking's therapist.
		/// - Errors: `UnknownBooking`, `NotTherapist`, `WrongState`, `Overlap`, `ScheduleFull`.
		/// - Event: [`Event::Confirmed`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::confirm().saturating_add(T::AuditTrail::weight()))]
		pub fn confirm(origin: OriginFor<T>, id: BookingId, access: TherapistAccess) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut booking = Self::booking_of_therapist(id, &who)?;
			let BookingStatus::Requested { confirm_by } = booking.status else {
				return Err(Error::<T>::WrongState.into());
			};
			match booking.group {
				Some(group) => Self::schedule_group(group)?,
				None => Self::schedule(&booking, id)?,
			}
			ConfirmationDeadlines::<T>::remove(confirm_by, id);
			booking.status = BookingStatus::Confirmed;
			booking.access.therapist = Some(access);
			Self::audit(&booking, Some(&who), id, BookingStep::Confirmed);
			Bookings::<T>::insert(id, booking);
			Self::deposit_event(Event::Confirmed { id });
			Ok(())
		}

		/// Turn a request down; the payer is refunded in full.
		///
		/// - Origin: signed; the booking's therapist.
		/// - Errors: `UnknownBooking`, `NotTherapist`, `WrongState`.
		/// - Events: [`Event::Declined`], [`Event::Settled`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::decline().saturating_add(T::AuditTrail::weight()))]
		pub fn decline(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let booking = Self::booking_of_therapist(id, &who)?;
			let BookingStatus::Requested { confirm_by } = booking.status else {
				return Err(Error::<T>::WrongState.into());
			};
			ConfirmationDeadlines::<T>::remove(confirm_by, id);
			Self::audit(&booking, Some(&who), id, BookingStep::Declined);
			Self::deposit_event(Event::Declined { id });
			Self::settle(id, booking, Zero::zero(), Settlement::Refund);
			Ok(())
		}

		/// Cancel a requested or confirmed booking (leaving a group is cancelling its seat).
		/// The therapist's cancellation always refunds in full; the client's does too before
		/// the policy's free window, after it the late fee goes to the therapist.
		///
		/// - Origin: signed; the client or the therapist.
		/// - Errors: `UnknownBooking`, `NotParty`, `WrongState`, `ProgramUnderway`.
		/// - Events: [`Event::Cancelled`], [`Event::Settled`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::cancel().saturating_add(T::AuditTrail::weight()))]
		pub fn cancel(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let booking = Bookings::<T>::get(id).ok_or(Error::<T>::UnknownBooking)?;
			ensure!(who == booking.client || who == booking.therapist, Error::<T>::NotParty);
			let now = T::UnixTime::now().as_secs();
			ensure!(booking.later.is_empty() || now < booking.start, Error::<T>::ProgramUnderway);
			let fee = match booking.status {
				BookingStatus::Requested { confirm_by } => {
					ConfirmationDeadlines::<T>::remove(confirm_by, id);
					Zero::zero()
				},
				BookingStatus::Confirmed if who == booking.therapist => Zero::zero(),
				BookingStatus::Confirmed => {
					let free_until = booking.start.saturating_sub(booking.policy.free_cancel_hours as u64 * 3600);
					if now <= free_until {
						Zero::zero()
					} else {
						booking.policy.late_cancel_fee.mul_floor(booking.escrow)
					}
				},
				_ => return Err(Error::<T>::WrongState.into()),
			};
			Self::audit(&booking, Some(&who), id, BookingStep::Cancelled);
			Self::deposit_event(Event::Cancelled { id, by: who, fee });
			Self::settle(id, booking, fee, Settlement::Refund);
			Ok(())
		}

		/// Record that the client did not attend: the no-show fee goes to the therapist.
		///
		/// - Origin: signed; the booking's therapist, after the start plus the grace period.
		/// - Errors: `UnknownBooking`, `NotTherapist`, `WrongState`, `GraceNotOver`.
		/// - Events: [`Event::NoShow`], [`Event::Settled`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::mark_no_show().saturating_add(T::AuditTrail::weight()))]
		pub fn mark_no_show(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let booking = Self::booking_of_therapist(id, &who)?;
			ensure!(booking.status == BookingStatus::Confirmed, Error::<T>::WrongState);
			let grace_over = booking.start.saturating_add(T::NoShowGrace::get());
			ensure!(T::UnixTime::now().as_secs() >= grace_over, Error::<T>::GraceNotOver);
			let fee = booking.policy.no_show_fee.mul_floor(booking.escrow);
			Self::audit(&booking, Some(&who), id, BookingStep::NoShow);
			Self::deposit_event(Event::NoShow { id, fee });
			Self::settle(id, booking, fee, Settlement::Refund);
			Ok(())
		}

		/// Record the session (or the whole program) as held, optionally anchoring the hash of
		/// its encrypted record. The escrow is released when the policy's dispute window
		/// closes. A series books its next week.
		///
		/// - Origin: signed; the booking's therapist, once the (last) session has started.
		/// - Errors: `UnknownBooking`, `NotTherapist`, `WrongState`, `NotStarted`.
		/// - Events: [`Event::Completed`]; for a series [`Event::Requested`] or
		///   [`Event::SeriesInterrupted`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::complete().saturating_add(T::AuditTrail::weight().saturating_mul(3)))]
		pub fn complete(origin: OriginFor<T>, id: BookingId, record: Option<H256>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut booking = Self::booking_of_therapist(id, &who)?;
			ensure!(booking.status == BookingStatus::Confirmed, Error::<T>::WrongState);
			ensure!(T::UnixTime::now().as_secs() >= booking.last_start(), Error::<T>::NotStarted);
			let window = T::BlocksPerHour::get().saturating_mul((booking.policy.dispute_hours as u32).into());
			// At least the next block: this block's `on_initialize` has already run.
			let release_at = frame_system::Pallet::<T>::block_number().saturating_add(window.max(One::one()));
			Self::deposit_event(Event::Completed { id, record, release_at });
			Self::audit(&booking, Some(&who), id, BookingStep::Completed);
			if let Some(record) = record {
				T::AuditTrail::record(&booking.client, Some(&who), AuditEvent::SessionRecordAnchored { booking: id, record });
			}
			// Roll first: a series whose last open session this is must not end here.
			if let Some(series) = booking.series {
				Self::roll_series(series);
			}
			Self::close_open(id, &booking);
			Releases::<T>::insert(release_at, id, ());
			booking.status = BookingStatus::Completed { release_at };
			booking.record = record;
			Bookings::<T>::insert(id, booking);
			Ok(())
		}

		/// Dispute a completed session before its escrow is released.
		///
		/// - Origin: signed; the booking's client.
		/// - Errors: `UnknownBooking`, `NotClient`, `WrongState`.
		/// - Event: [`Event::Disputed`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::dispute().saturating_add(T::AuditTrail::weight()))]
		pub fn dispute(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut booking = Bookings::<T>::get(id).ok_or(Error::<T>::UnknownBooking)?;
			ensure!(who == booking.client, Error::<T>::NotClient);
			let BookingStatus::Completed { release_at } = booking.status else {
				return Err(Error::<T>::WrongState.into());
			};
			Releases::<T>::remove(release_at, id);
			booking.status = BookingStatus::Disputed;
			Self::audit(&booking, Some(&who), id, BookingStep::Disputed);
			Bookings::<T>::insert(id, booking);
			Self::deposit_event(Event::Disputed { id });
			Ok(())
		}

		/// Settle a dispute: `client_share` of the escrow back to the payer, the rest released
		/// to the therapist (less the platform fee).
		///
		/// - Origin: [`Config::DisputeOrigin`].
		/// - Errors: `UnknownBooking`, `WrongState`.
		/// - Event: [`Event::Settled`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::resolve_dispute().saturating_add(T::AuditTrail::weight()))]
		pub fn resolve_dispute(origin: OriginFor<T>, id: BookingId, client_share: Percent) -> DispatchResult {
			T::DisputeOrigin::ensure_origin(origin)?;
			let booking = Bookings::<T>::get(id).ok_or(Error::<T>::UnknownBooking)?;
			ensure!(booking.status == BookingStatus::Disputed, Error::<T>::WrongState);
			let refund = client_share.mul_floor(booking.escrow);
			let to_therapist = booking.escrow.saturating_sub(refund);
			Self::audit(&booking, None, id, BookingStep::DisputeResolved);
			Self::settle(id, booking, to_therapist, Settlement::DisputeResolved);
			Ok(())
		}

		/// Waive every fee of a booking: cancellations and no-shows refund in full.
		///
		/// - Origin: signed; the booking's therapist.
		/// - Errors: `UnknownBooking`, `NotTherapist`.
		/// - Event: [`Event::FeesWaived`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::waive_fees())]
		pub fn waive_fees(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut booking = Self::booking_of_therapist(id, &who)?;
			booking.policy.late_cancel_fee = Percent::zero();
			booking.policy.no_show_fee = Percent::zero();
			Bookings::<T>::insert(id, booking);
			Self::deposit_event(Event::FeesWaived { id });
			Ok(())
		}

		/// Set the caller's cancellation policy for future bookings.
		///
		/// - Origin: signed; a bookable therapist.
		/// - Errors: `TherapistNotBookable`, `PolicyOutOfBounds`.
		/// - Event: [`Event::PolicySet`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::set_policy())]
		pub fn set_policy(origin: OriginFor<T>, policy: CancellationPolicy) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(T::Directory::is_bookable(&who), Error::<T>::TherapistNotBookable);
			ensure!(Bounds::<T>::get().allows(&policy), Error::<T>::PolicyOutOfBounds);
			Policies::<T>::insert(&who, policy);
			Self::deposit_event(Event::PolicySet { therapist: who, policy });
			Ok(())
		}

		/// Set the bounds of therapists' policies (existing bookings keep their copy).
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `InvalidBounds`.
		/// - Event: [`Event::BoundsSet`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_bounds())]
		pub fn set_bounds(origin: OriginFor<T>, bounds: PolicyBounds) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(
				bounds.min_free_cancel_hours <= bounds.max_free_cancel_hours &&
					bounds.min_dispute_hours <= bounds.max_dispute_hours,
				Error::<T>::InvalidBounds
			);
			Bounds::<T>::put(bounds);
			Self::deposit_event(Event::BoundsSet { bounds });
			Ok(())
		}

		/// Set the platform's share of released escrow.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `PlatformFeeTooHigh`.
		/// - Event: [`Event::PlatformFeeSet`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_platform_fee())]
		pub fn set_platform_fee(origin: OriginFor<T>, fee: Permill) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(fee <= T::MaxPlatformFee::get(), Error::<T>::PlatformFeeTooHigh);
			PlatformFee::<T>::put(fee);
			Self::deposit_event(Event::PlatformFeeSet { fee });
			Ok(())
		}

		/// Set the least notice a request must give, in seconds.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `NoticeTooLong`.
		/// - Event: [`Event::MinNoticeSet`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_platform_fee())]
		pub fn set_min_notice(origin: OriginFor<T>, seconds: UnixSeconds) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(seconds <= T::MaxMinNotice::get(), Error::<T>::NoticeTooLong);
			MinNotice::<T>::put(seconds);
			Self::deposit_event(Event::MinNoticeSet { seconds });
			Ok(())
		}

		/// Start a rolling weekly series: `sessions` bookings a week apart from `start`, each
		/// requested with its own escrow; each completed session books the next week.
		///
		/// - Origin: signed; the client.
		/// - Errors: `SeriesLength`, `NotRecurring`, and those of [`Pallet::request`].
		/// - Events: [`Event::SeriesStarted`], [`Event::Requested`] for each session.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::request_series(*sessions).saturating_add(T::AuditTrail::weight().saturating_mul((*sessions).into())))]
		pub fn request_series(
			origin: OriginFor<T>,
			therapist: T::AccountId,
			offering: OfferingId,
			start: UnixSeconds,
			format: Format,
			terms: TermsOf<T>,
			sessions: u32,
		) -> DispatchResult {
			let client = ensure_signed(origin)?;
			Self::do_request_series(client, therapist, offering, start, format, terms, sessions)
		}

		/// Stop a series from rolling; its booked sessions stay.
		///
		/// - Origin: signed; the series' client.
		/// - Errors: `UnknownSeries`.
		/// - Event: [`Event::SeriesEnded`].
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::end_series())]
		pub fn end_series(origin: OriginFor<T>, series: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(Series::<T>::get(series).is_some_and(|s| s.client == who), Error::<T>::UnknownSeries);
			Series::<T>::remove(series);
			Self::deposit_event(Event::SeriesEnded { series });
			Ok(())
		}

		/// Raise a crisis request: no slot, the crisis price held, every therapist on crisis
		/// call told by event (and the crisis-queue RPC).
		///
		/// - Origin: signed; the client.
		/// - Errors: `CrisisAlreadyOpen`, `PriceNotNegotiable`, `NoRecordingConsent` is checked
		///   at acceptance, `NotSponsor`, `NotCovered`, `AboveCoverage`, `InsufficientFunds`.
		/// - Event: [`Event::CrisisRaised`].
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::raise_crisis().saturating_add(T::AuditTrail::weight()))]
		pub fn raise_crisis(origin: OriginFor<T>, format: Format, terms: TermsOf<T>) -> DispatchResult {
			let client = ensure_signed(origin)?;
			Self::do_raise_crisis(client, format, terms)
		}

		/// Take a waiting crisis request: a session with the caller starts now.
		///
		/// - Origin: signed; a therapist on crisis call, free now.
		/// - Errors: `NotOnCrisisCall`, `UnknownCrisis`, `SelfBooking`, `NoRecordingConsent`,
		///   `Overlap`, `ScheduleFull`.
		/// - Event: [`Event::CrisisAccepted`].
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::accept_crisis().saturating_add(T::AuditTrail::weight()))]
		pub fn accept_crisis(origin: OriginFor<T>, id: BookingId, access: TherapistAccess) -> DispatchResult {
			let therapist = ensure_signed(origin)?;
			Self::do_accept_crisis(therapist, id, access)
		}

		/// Withdraw a waiting crisis request; refunded in full.
		///
		/// - Origin: signed; the request's client.
		/// - Errors: `UnknownCrisis`, `NotClient`.
		/// - Event: [`Event::CrisisWithdrawn`].
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::withdraw_crisis().saturating_add(T::AuditTrail::weight()))]
		pub fn withdraw_crisis(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_crisis(who, id)
		}

		/// Set the crisis price, length and escalation period.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `InvalidCrisisTerms`, `EscrowTooSmall`.
		/// - Event: [`Event::CrisisTermsSet`].
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::set_crisis_terms())]
		pub fn set_crisis_terms(origin: OriginFor<T>, terms: CrisisTermsOf<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(terms.minutes > 0 && !terms.escalate_after.is_zero(), Error::<T>::InvalidCrisisTerms);
			ensure!(terms.price >= T::MinimumEscrow::get(), Error::<T>::EscrowTooSmall);
			CrisisTermsNow::<T>::put(terms);
			Self::deposit_event(Event::CrisisTermsSet { terms });
			Ok(())
		}

		/// Approve a sponsor (insurer, employer, fund) to pay for the clients it covers.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Event: [`Event::SponsorApproved`].
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::approve_sponsor())]
		pub fn approve_sponsor(origin: OriginFor<T>, sponsor: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Sponsors::<T>::insert(&sponsor, ());
			Self::deposit_event(Event::SponsorApproved { sponsor });
			Ok(())
		}

		/// Withdraw a sponsor's approval: its open bookings stay paid, new ones are refused.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `NotSponsor`.
		/// - Event: [`Event::SponsorRevoked`].
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::revoke_sponsor())]
		pub fn revoke_sponsor(origin: OriginFor<T>, sponsor: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(Sponsors::<T>::take(&sponsor).is_some(), Error::<T>::NotSponsor);
			Self::deposit_event(Event::SponsorRevoked { sponsor });
			Ok(())
		}

		/// Cover a client's bookings up to `max_per_booking` each; the first coverage of a
		/// client holds [`Config::CoverageDeposit`] from the sponsor.
		///
		/// - Origin: signed; an approved sponsor.
		/// - Errors: `NotSponsor`, `SelfBooking`, `InsufficientFunds`.
		/// - Event: [`Event::CoverageSet`].
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::cover())]
		pub fn cover(origin: OriginFor<T>, client: T::AccountId, max_per_booking: BalanceOf<T>) -> DispatchResult {
			let sponsor = ensure_signed(origin)?;
			Self::do_cover(sponsor, client, max_per_booking)
		}

		/// Stop covering a client; the deposit is returned. Open bookings stay paid.
		///
		/// - Origin: signed; the sponsor.
		/// - Errors: `NotCovered`.
		/// - Event: [`Event::CoverageEnded`].
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::uncover())]
		pub fn uncover(origin: OriginFor<T>, client: T::AccountId) -> DispatchResult {
			let sponsor = ensure_signed(origin)?;
			Self::do_uncover(sponsor, client)
		}

		/// Propose moving a single session to `start`, with a new key for the new session.
		///
		/// - Origin: signed; the booking's client.
		/// - Errors: `UnknownBooking`, `NotClient`, `WrongState`, `NotReschedulable`,
		///   `TooLittleNotice`.
		/// - Event: [`Event::RescheduleProposed`].
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::propose_reschedule())]
		pub fn propose_reschedule(
			origin: OriginFor<T>,
			id: BookingId,
			start: UnixSeconds,
			client_key: X25519Public,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut booking = Bookings::<T>::get(id).ok_or(Error::<T>::UnknownBooking)?;
			ensure!(who == booking.client, Error::<T>::NotClient);
			ensure!(booking.is_open(), Error::<T>::WrongState);
			ensure!(Self::is_reschedulable(&booking), Error::<T>::NotReschedulable);
			ensure!(start >= Self::earliest_start(), Error::<T>::TooLittleNotice);
			booking.reschedule = Some((start, client_key));
			Bookings::<T>::insert(id, booking);
			Self::deposit_event(Event::RescheduleProposed { id, start });
			Ok(())
		}

		/// Accept the client's proposed time: the session moves, the escrow stays, the access
		/// keys are replaced by the client's new key and `access`.
		///
		/// - Origin: signed; the booking's therapist.
		/// - Errors: `UnknownBooking`, `NotTherapist`, `NoRescheduleProposed`, `WrongState`,
		///   `TooLittleNotice`, `OutsideAvailability`, `Overlap`, `ScheduleFull`.
		/// - Event: [`Event::Rescheduled`].
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::accept_reschedule())]
		pub fn accept_reschedule(origin: OriginFor<T>, id: BookingId, access: TherapistAccess) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_reschedule(who, id, access)
		}

		/// Set or rotate the therapist's access keys of a confirmed booking (a group seat
		/// confirmed on joining gets its keys this way).
		///
		/// - Origin: signed; the booking's therapist.
		/// - Errors: `UnknownBooking`, `NotTherapist`, `WrongState`.
		/// - Event: [`Event::AccessSet`].
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::set_access())]
		pub fn set_access(origin: OriginFor<T>, id: BookingId, access: TherapistAccess) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut booking = Self::booking_of_therapist(id, &who)?;
			ensure!(booking.status == BookingStatus::Confirmed, Error::<T>::WrongState);
			booking.access.therapist = Some(access);
			Bookings::<T>::insert(id, booking);
			Self::deposit_event(Event::AccessSet { id });
			Ok(())
		}

		/// Set how many blocks therapists have to confirm new requests (open requests keep
		/// their deadline).
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `InvalidConfirmationPeriod`, `ConfirmationPeriodTooLong`.
		/// - Event: [`Event::ConfirmationPeriodSet`].
		#[pallet::call_index(26)]
		#[pallet::weight(T::WeightInfo::set_platform_fee())]
		pub fn set_confirmation_period(origin: OriginFor<T>, blocks: BlockNumberFor<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(!blocks.is_zero(), Error::<T>::InvalidConfirmationPeriod);
			ensure!(blocks <= T::MaxConfirmationPeriod::get(), Error::<T>::ConfirmationPeriodTooLong);
			ConfirmationPeriod::<T>::put(blocks);
			Self::deposit_event(Event::ConfirmationPeriodSet { blocks });
			Ok(())
		}
	}

	use sp_runtime::traits::One;
}
