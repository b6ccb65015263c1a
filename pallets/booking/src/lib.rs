//! # Booking pallet (work in progress: the core lifecycle)
//!
//! Sessions between clients and therapists, paid through an escrow held on chain.
//!
//! ```text
//!  request ──► Requested ──confirm──► Confirmed ──complete──► Completed ──(dispute window)──► released
//!                 │  │                  │  │  │                   │
//!          decline│  │expiry     cancel │  │  │no-show     dispute▼
//!                 ▼  ▼                  ▼  │  ▼               Disputed ──resolve(split)──► settled
//!              refunded            refund or late fee      no-show fee
//! ```
//!
//! - **Request**: the client names a bookable therapist's offering, a start time in its
//!   availability and a format; the price is held from the client ([`HoldReason::Escrow`])
//!   under a new booking id, with the therapist's cancellation policy copied into the booking.
//! - **Automatic transitions**: an unconfirmed request is refunded when its confirmation period
//!   ends, and a completed session's escrow is released when its dispute window closes, both in
//!   `on_initialize`, at most [`Config::MaxDuePerBlock`] per block (the rest move to the next
//!   block).
//! - **Release**: the platform fee ([`PlatformFee`]) goes to [`Config::PlatformAccount`], the rest
//!   to the therapist, who is then told the booking closed and the client gets a rating right.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod invariants;
pub mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

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

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			tokens::{Fortitude, Precision, Restriction},
			UnixTime,
		},
	};
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
		type UnixTime: UnixTime;
		/// Sets policy bounds and the platform fee; resolves disputes.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Receives the platform fee.
		#[pallet::constant]
		type PlatformAccount: Get<Self::AccountId>;
		/// Least notice, in seconds, between a request and the session's start, until
		/// governance sets [`MinNotice`].
		#[pallet::constant]
		type DefaultMinNotice: Get<UnixSeconds>;
		/// Blocks a therapist has to confirm a request.
		#[pallet::constant]
		type ConfirmationPeriod: Get<BlockNumberFor<Self>>;
		/// Blocks per hour (policy windows are in hours).
		#[pallet::constant]
		type BlocksPerHour: Get<BlockNumberFor<Self>>;
		/// Seconds after the start before a therapist may record a no-show.
		#[pallet::constant]
		type NoShowGrace: Get<UnixSeconds>;
		/// Expiries or releases processed per block, each.
		#[pallet::constant]
		type MaxDuePerBlock: Get<u32>;
		/// Confirmed sessions one therapist may have ahead.
		#[pallet::constant]
		type MaxScheduled: Get<u32>;
		type WeightInfo: WeightInfo;
		/// Makes bookable therapists for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	#[pallet::storage]
	pub type NextBookingId<T: Config> = StorageValue<_, BookingId, ValueQuery>;

	/// Open bookings. Twox: ids are sequential.
	#[pallet::storage]
	pub type Bookings<T: Config> = StorageMap<_, Twox64Concat, BookingId, BookingOf<T>>;

	/// Requests to expire, by the block their confirmation period ends.
	#[pallet::storage]
	pub type ConfirmationDeadlines<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, BookingId, ()>;

	/// Completed sessions to release, by the block their dispute window closes.
	#[pallet::storage]
	pub type Releases<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, BookingId, ()>;

	/// Each therapist's confirmed sessions `(start, end, booking)`, sorted by start, for the
	/// overlap check.
	#[pallet::storage]
	pub type Schedule<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<(UnixSeconds, UnixSeconds, BookingId), T::MaxScheduled>,
		ValueQuery,
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

	/// Share of each released escrow that goes to the platform.
	#[pallet::storage]
	pub type PlatformFee<T: Config> = StorageValue<_, Permill, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		Requested { id: BookingId, client: T::AccountId, therapist: T::AccountId, start: UnixSeconds, escrow: BalanceOf<T> },
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
		PolicySet { therapist: T::AccountId, policy: CancellationPolicy },
		BoundsSet { bounds: PolicyBounds },
		PlatformFeeSet { fee: Permill },
		MinNoticeSet { seconds: UnixSeconds },
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
		/// The session has not started yet.
		NotStarted,
		/// The no-show grace period has not passed.
		GraceNotOver,
		/// The dispute window has closed.
		DisputeWindowClosed,
		/// The therapist has the maximum number of confirmed sessions ahead.
		ScheduleFull,
		/// The policy is outside the governance bounds.
		PolicyOutOfBounds,
		/// The bounds are inverted (a minimum above its maximum).
		InvalidBounds,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let expired = Self::process_due::<ConfirmationDeadlines<T>>(now, |id| Self::expire(id));
			let released = Self::process_due::<Releases<T>>(now, |id| Self::release(id));
			T::WeightInfo::on_initialize(expired, released)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(T::MaxDuePerBlock::get() > 0, "due work must progress");
			assert!(!T::BlocksPerHour::get().is_zero(), "an hour has blocks");
			assert!(!T::ConfirmationPeriod::get().is_zero(), "requests must be answerable");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Request a session; its price is held from the caller.
		///
		/// - Origin: signed; the client (and payer).
		/// - Errors: `TherapistNotBookable`, `UnknownOffering`, `FormatNotOffered`,
		///   `TooLittleNotice`, `OutsideAvailability`, `Overlap`, `InsufficientFunds`.
		/// - Event: [`Event::Requested`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::request())]
		pub fn request(
			origin: OriginFor<T>,
			therapist: T::AccountId,
			offering: OfferingId,
			start: UnixSeconds,
			format: Format,
		) -> DispatchResult {
			let client = ensure_signed(origin)?;
			ensure!(T::Directory::is_bookable(&therapist), Error::<T>::TherapistNotBookable);
			let terms = T::Directory::offering(&therapist, offering).ok_or(Error::<T>::UnknownOffering)?;
			ensure!(terms.formats.contains(&format), Error::<T>::FormatNotOffered);
			let now = T::UnixTime::now().as_secs();
			ensure!(start >= now.saturating_add(MinNotice::<T>::get()), Error::<T>::TooLittleNotice);
			let minutes = terms.duration_minutes;
			ensure!(
				T::Directory::is_available(&therapist, start, minutes as u32),
				Error::<T>::OutsideAvailability
			);
			let end = start.saturating_add(minutes as u64 * 60);
			ensure!(!Self::overlaps(&therapist, start, end), Error::<T>::Overlap);
			T::Currency::hold(&HoldReason::Escrow.into(), &client, terms.price)
				.map_err(|_| Error::<T>::InsufficientFunds)?;
			T::Directory::note_booking_opened(&therapist)?;
			let id = NextBookingId::<T>::mutate(|next| {
				let id = *next;
				*next = next.saturating_add(1);
				id
			});
			let confirm_by =
				frame_system::Pallet::<T>::block_number().saturating_add(T::ConfirmationPeriod::get());
			ConfirmationDeadlines::<T>::insert(confirm_by, id, ());
			Bookings::<T>::insert(
				id,
				BookingInfo {
					client: client.clone(),
					payer: client.clone(),
					therapist: therapist.clone(),
					offering,
					kind: terms.kind,
					format,
					start,
					minutes,
					escrow: terms.price,
					policy: Self::policy_of(&therapist),
					status: BookingStatus::Requested { confirm_by },
					record: None,
				},
			);
			Self::deposit_event(Event::Requested { id, client, therapist, start, escrow: terms.price });
			Ok(())
		}

		/// Accept a request: the session is scheduled.
		///
		/// - Origin: signed; the booking's therapist.
		/// - Errors: `UnknownBooking`, `NotTherapist`, `WrongState`, `Overlap`, `ScheduleFull`.
		/// - Event: [`Event::Confirmed`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::confirm())]
		pub fn confirm(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut booking = Self::booking_of_therapist(id, &who)?;
			let BookingStatus::Requested { confirm_by } = booking.status else {
				return Err(Error::<T>::WrongState.into());
			};
			ensure!(!Self::overlaps(&who, booking.start, booking.end()), Error::<T>::Overlap);
			Schedule::<T>::try_mutate(&who, |sessions| {
				let at = sessions.partition_point(|(start, _, _)| *start < booking.start);
				sessions.try_insert(at, (booking.start, booking.end(), id))
			})
			.map_err(|_| Error::<T>::ScheduleFull)?;
			ConfirmationDeadlines::<T>::remove(confirm_by, id);
			booking.status = BookingStatus::Confirmed;
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
		#[pallet::weight(T::WeightInfo::decline())]
		pub fn decline(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let booking = Self::booking_of_therapist(id, &who)?;
			let BookingStatus::Requested { confirm_by } = booking.status else {
				return Err(Error::<T>::WrongState.into());
			};
			ConfirmationDeadlines::<T>::remove(confirm_by, id);
			Self::deposit_event(Event::Declined { id });
			Self::settle(id, booking, Zero::zero(), false);
			Ok(())
		}

		/// Cancel a requested or confirmed session. The therapist's cancellation always refunds
		/// in full; the client's does too before the policy's free window, after it the late fee
		/// goes to the therapist.
		///
		/// - Origin: signed; the client or the therapist.
		/// - Errors: `UnknownBooking`, `NotParty`, `WrongState`.
		/// - Events: [`Event::Cancelled`], [`Event::Settled`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::cancel())]
		pub fn cancel(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let booking = Bookings::<T>::get(id).ok_or(Error::<T>::UnknownBooking)?;
			ensure!(who == booking.client || who == booking.therapist, Error::<T>::NotParty);
			let fee = match booking.status {
				BookingStatus::Requested { confirm_by } => {
					ConfirmationDeadlines::<T>::remove(confirm_by, id);
					Zero::zero()
				},
				BookingStatus::Confirmed if who == booking.therapist => Zero::zero(),
				BookingStatus::Confirmed => {
					let free_until = booking.start.saturating_sub(booking.policy.free_cancel_hours as u64 * 3600);
					if T::UnixTime::now().as_secs() <= free_until {
						Zero::zero()
					} else {
						booking.policy.late_cancel_fee.mul_floor(booking.escrow)
					}
				},
				_ => return Err(Error::<T>::WrongState.into()),
			};
			Self::deposit_event(Event::Cancelled { id, by: who, fee });
			Self::settle(id, booking, fee, false);
			Ok(())
		}

		/// Record that the client did not attend: the no-show fee goes to the therapist.
		///
		/// - Origin: signed; the booking's therapist, after the start plus the grace period.
		/// - Errors: `UnknownBooking`, `NotTherapist`, `WrongState`, `GraceNotOver`.
		/// - Events: [`Event::NoShow`], [`Event::Settled`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::mark_no_show())]
		pub fn mark_no_show(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let booking = Self::booking_of_therapist(id, &who)?;
			ensure!(booking.status == BookingStatus::Confirmed, Error::<T>::WrongState);
			let grace_over = booking.start.saturating_add(T::NoShowGrace::get());
			ensure!(T::UnixTime::now().as_secs() >= grace_over, Error::<T>::GraceNotOver);
			let fee = booking.policy.no_show_fee.mul_floor(booking.escrow);
			Self::deposit_event(Event::NoShow { id, fee });
			Self::settle(id, booking, fee, false);
			Ok(())
		}

		/// Record the session as held, optionally anchoring the hash of its encrypted record.
		/// The escrow is released when the policy's dispute window closes.
		///
		/// - Origin: signed; the booking's therapist, once the session has started.
		/// - Errors: `UnknownBooking`, `NotTherapist`, `WrongState`, `NotStarted`.
		/// - Event: [`Event::Completed`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::complete())]
		pub fn complete(origin: OriginFor<T>, id: BookingId, record: Option<H256>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut booking = Self::booking_of_therapist(id, &who)?;
			ensure!(booking.status == BookingStatus::Confirmed, Error::<T>::WrongState);
			ensure!(T::UnixTime::now().as_secs() >= booking.start, Error::<T>::NotStarted);
			let window = T::BlocksPerHour::get().saturating_mul((booking.policy.dispute_hours as u32).into());
			// At least the next block: this block's `on_initialize` has already run.
			let release_at = frame_system::Pallet::<T>::block_number().saturating_add(window.max(One::one()));
			Self::unschedule(&booking.therapist, id);
			Releases::<T>::insert(release_at, id, ());
			booking.status = BookingStatus::Completed { release_at };
			booking.record = record;
			Bookings::<T>::insert(id, booking);
			Self::deposit_event(Event::Completed { id, record, release_at });
			Ok(())
		}

		/// Dispute a completed session before its escrow is released.
		///
		/// - Origin: signed; the booking's client.
		/// - Errors: `UnknownBooking`, `NotClient`, `WrongState`.
		/// - Event: [`Event::Disputed`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::dispute())]
		pub fn dispute(origin: OriginFor<T>, id: BookingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut booking = Bookings::<T>::get(id).ok_or(Error::<T>::UnknownBooking)?;
			ensure!(who == booking.client, Error::<T>::NotClient);
			let BookingStatus::Completed { release_at } = booking.status else {
				return Err(Error::<T>::WrongState.into());
			};
			Releases::<T>::remove(release_at, id);
			booking.status = BookingStatus::Disputed;
			Bookings::<T>::insert(id, booking);
			Self::deposit_event(Event::Disputed { id });
			Ok(())
		}

		/// Settle a dispute: `client_share` of the escrow back to the payer, the rest released
		/// to the therapist (less the platform fee).
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `UnknownBooking`, `WrongState`.
		/// - Event: [`Event::Settled`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::resolve_dispute())]
		pub fn resolve_dispute(origin: OriginFor<T>, id: BookingId, client_share: Percent) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let booking = Bookings::<T>::get(id).ok_or(Error::<T>::UnknownBooking)?;
			ensure!(booking.status == BookingStatus::Disputed, Error::<T>::WrongState);
			let refund = client_share.mul_floor(booking.escrow);
			let to_therapist = booking.escrow.saturating_sub(refund);
			Self::settle(id, booking, to_therapist, true);
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
		/// - Event: [`Event::PlatformFeeSet`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_platform_fee())]
		pub fn set_platform_fee(origin: OriginFor<T>, fee: Permill) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			PlatformFee::<T>::put(fee);
			Self::deposit_event(Event::PlatformFeeSet { fee });
			Ok(())
		}

		/// Set the least notice a request must give, in seconds.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Event: [`Event::MinNoticeSet`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_platform_fee())]
		pub fn set_min_notice(origin: OriginFor<T>, seconds: UnixSeconds) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			MinNotice::<T>::put(seconds);
			Self::deposit_event(Event::MinNoticeSet { seconds });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		fn booking_of_therapist(id: BookingId, who: &T::AccountId) -> Result<BookingOf<T>, DispatchError> {
			let booking = Bookings::<T>::get(id).ok_or(Error::<T>::UnknownBooking)?;
			ensure!(&booking.therapist == who, Error::<T>::NotTherapist);
			Ok(booking)
		}

		/// The policy a new booking with `therapist` copies: theirs if still within bounds,
		/// else the bounds' default.
		pub fn policy_of(therapist: &T::AccountId) -> CancellationPolicy {
			let bounds = Bounds::<T>::get();
			Policies::<T>::get(therapist).filter(|p| bounds.allows(p)).unwrap_or_else(|| bounds.default_policy())
		}

		fn overlaps(therapist: &T::AccountId, start: UnixSeconds, end: UnixSeconds) -> bool {
			Schedule::<T>::get(therapist).iter().any(|(s, e, _)| *s < end && start < *e)
		}

		fn unschedule(therapist: &T::AccountId, id: BookingId) {
			Schedule::<T>::mutate(therapist, |sessions| sessions.retain(|(_, _, b)| *b != id));
		}

		/// Runs `work` on up to `MaxDuePerBlock` entries due at `now`; moves the rest to the
		/// next block. Returns how many it processed.
		fn process_due<Queue>(now: BlockNumberFor<T>, mut work: impl FnMut(BookingId)) -> u32
		where
			Queue: frame_support::storage::IterableStorageDoubleMap<BlockNumberFor<T>, BookingId, ()>
				+ frame_support::storage::StorageDoubleMap<BlockNumberFor<T>, BookingId, (), Query = Option<()>>,
		{
			let due: alloc::vec::Vec<BookingId> = Queue::iter_key_prefix(now).collect();
			let budget = T::MaxDuePerBlock::get() as usize;
			let next = now.saturating_add(One::one());
			for (n, id) in due.iter().enumerate() {
				Queue::remove(now, id);
				if n < budget {
					work(*id);
				} else {
					Queue::insert(next, id, ());
				}
			}
			due.len().min(budget) as u32
		}

		fn expire(id: BookingId) {
			if let Some(booking) = Bookings::<T>::get(id) {
				Self::deposit_event(Event::Expired { id });
				Self::settle(id, booking, Zero::zero(), false);
			}
		}

		fn release(id: BookingId) {
			if let Some(booking) = Bookings::<T>::get(id) {
				let escrow = booking.escrow;
				Self::settle(id, booking, escrow, true);
			}
		}

		/// Ends a booking: `to_therapist` of the escrow goes to the therapist (less the platform
		/// fee when `paid_session`), the rest back to the payer. The booking is removed.
		fn settle(id: BookingId, booking: BookingOf<T>, to_therapist: BalanceOf<T>, paid_session: bool) {
			let reason = HoldReason::Escrow.into();
			let to_therapist = to_therapist.min(booking.escrow);
			let platform_fee =
				if paid_session { PlatformFee::<T>::get().mul_floor(to_therapist) } else { Zero::zero() };
			let move_held = |to: &T::AccountId, amount: BalanceOf<T>| -> BalanceOf<T> {
				if amount.is_zero() {
					return amount;
				}
				T::Currency::transfer_on_hold(
					&reason,
					&booking.payer,
					to,
					amount,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Polite,
				)
				.unwrap_or_else(|_| Zero::zero())
			};
			// A fee the platform account cannot receive (it would be below the existential
			// deposit) goes to the therapist: nothing is created or lost.
			let fee_paid = move_held(&T::PlatformAccount::get(), platform_fee);
			let therapist_share = to_therapist.saturating_sub(fee_paid);
			let paid = move_held(&booking.therapist, therapist_share);
			let refunded = T::Currency::release(&reason, &booking.payer, booking.escrow.saturating_sub(fee_paid).saturating_sub(paid), Precision::BestEffort)
				.unwrap_or_else(|_| Zero::zero());
			Self::unschedule(&booking.therapist, id);
			T::Directory::note_booking_closed(&booking.therapist);
			if paid_session {
				T::Directory::grant_rating_right(&booking.client, &booking.therapist, id);
			}
			Bookings::<T>::remove(id);
			Self::deposit_event(Event::Settled { id, to_therapist: paid, platform_fee: fee_paid, refunded });
		}
	}

	use sp_runtime::traits::One;
}
