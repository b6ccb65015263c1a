//! # Therapists pallet
//!
//! The registry of therapists on MentalVerse and the search clients use to find one.
//!
//! ## Overview
//!
//! - A professional **registers** a public [`Profile`] (typed codes: specialties, modalities,
//!   ISO 639-1 languages, cultural competencies, populations, insurance networks, jurisdictions
//!   of practice, experience, flags and the hash of the off-chain bio), **session offerings**
//!   ([`Offering`]: kind, duration, MVT price, sliding-scale floor, formats) and weekly
//!   **availability** in UTC with blocked days ([`Availability`]). A deposit is held for all of
//!   it ([`HoldReason::RegistrationDeposit`]) and follows its size as it changes.
//! - **Standing is computed, never stale.** A listed therapist is [`Standing::Active`] exactly
//!   while the credentials pallet ([`Config::Credentials`]) reports a valid professional license
//!   in one of the profile's jurisdictions, a valid background check and every training module
//!   governance requires; otherwise [`Standing::PendingVerification`]. Because this is read at
//!   every query, a license that expires or is revoked removes the therapist from matching and
//!   booking in that very block, with no transaction, and a renewal restores them.
//! - The therapist may **pause** and **resume** their listing, and **retire** (deposit returned)
//!   once no booking is open. [`Config::GovernanceOrigin`] may **suspend** with a
//!   [`SuspensionReason`] and **reinstate**.
//! - **Matching** ([`Pallet::match_therapists`], served by a runtime API and the node's
//!   `mentalverse_matchTherapists` RPC) filters by the client's needs and returns a ranked page.
//!   Candidates come from a search index ([`Index`]) keyed by attribute value, starting from the
//!   smallest index entry among the criteria, so a query never scans every therapist.
//! - **Ratings**: the booking pallet grants a client the right to rate once per completed, paid
//!   booking ([`TherapistDirectory::grant_rating_right`]); [`Pallet::rate`] uses it up.
//!
//! ### Ranking
//!
//! Results are ordered by, in turn: the Bayesian average rating ([`Rating::ranking_score`]:
//! ratings pulled towards 4 stars as if each therapist had five extra 4-star ratings, so one
//! 5-star rating does not outrank a hundred 4.8s); the earliest free window (when a time window
//! is asked for); more years of experience; the lowest matching price; the account id (so
//! pages are stable).
//!
//! ### For other pallets
//!
//! [`TherapistDirectory`] is what the booking pallet uses: standing, offerings, availability
//! checks, open-booking counts and rating rights.
//!
//! ## Example
//!
//! ```ignore
//! // A professional with a California license, background check and the required training:
//! Therapists::register(Origin::signed(pro), profile)?;          // deposit held
//! Therapists::add_offering(Origin::signed(pro), standard_50_min)?;
//! Therapists::set_availability(Origin::signed(pro), weekly, blocked_days)?;
//! assert_eq!(Therapists::standing(&pro), Some(Standing::Active));
//! let page = Therapists::match_therapists(&criteria, 0, 20);   // pro is in `page.results`
//! ```

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod directory;
mod index;
mod invariants;
pub mod matching;
mod standing;
mod synthetic;
pub mod types;
mod validate;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use directory::TherapistDirectory;
pub use matching::{MatchCriteria, MatchPage, MatchResult};
pub use pallet::*;
pub use standing::Verification;
pub use types::*;
pub use weights::WeightInfo;

use alloc::vec::Vec;
use frame_support::traits::fungible::{Inspect as FunInspect, Mutate as FunMutate, MutateHold};

/// Balance type of the configured currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as FunInspect<<T as frame_system::Config>::AccountId>>::Balance;
/// An offering priced in the configured currency.
pub type OfferingOf<T> = Offering<BalanceOf<T>>;
/// The offerings of one therapist, with their ids.
pub type OfferingsOf<T> = frame_support::BoundedVec<(OfferingId, OfferingOf<T>), <T as Config>::MaxOfferings>;
/// The availability of one therapist.
pub type AvailabilityFor<T> =
	Availability<<T as Config>::MaxWeeklyWindows, <T as Config>::MaxBlockedDays>;
/// The registry's record of one therapist.
pub type RecordOf<T> = TherapistRecord<BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::UnixTime};
	use frame_system::pallet_prelude::*;
	use pallet_mv_credentials::CredentialInspect;
	use sp_runtime::traits::Zero;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Pays for a therapist's profile, offerings, availability and index entries.
		RegistrationDeposit,
	}

	/// Defaults for the bounds, for test runtimes (`#[derive_impl]`).
	pub mod config_preludes {
		use super::*;
		use frame_support::{derive_impl, traits::ConstU16};

		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeEvent = ();
			#[inject_runtime_type]
			type RuntimeHoldReason = ();
			type MaxOfferings = ConstU32<4>;
			type MaxWeeklyWindows = ConstU32<4>;
			type MaxBlockedDays = ConstU32<4>;
			type MaxGroupCapacity = ConstU16<12>;
			type MaxPendingRatings = ConstU32<3>;
			type MaxMatchCandidates = ConstU32<1000>;
			type WeightInfo = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config {
		#[pallet::no_default_bounds]
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The overarching hold reason.
		#[pallet::no_default_bounds]
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency deposits are held in and prices are quoted in.
		#[pallet::no_default]
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ FunMutate<Self::AccountId>;

		/// Where licenses, background checks and training are verified.
		#[pallet::no_default]
		type Credentials: CredentialInspect<Self::AccountId, BlockNumberFor<Self>>;

		/// Suspends and reinstates therapists (the professional-standards body).
		#[pallet::no_default]
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Wall-clock time, for "next free windows" in matching.
		#[pallet::no_default]
		type UnixTime: UnixTime;

		/// Deposit for a registration, whatever its size.
		#[pallet::constant]
		#[pallet::no_default]
		type DepositBase: Get<BalanceOf<Self>>;

		/// Deposit per byte of profile, offerings, availability and index entries.
		#[pallet::constant]
		#[pallet::no_default]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Offerings one therapist may have.
		#[pallet::constant]
		type MaxOfferings: Get<u32>;

		/// Weekly availability windows one therapist may have.
		#[pallet::constant]
		type MaxWeeklyWindows: Get<u32>;

		/// Blocked days one therapist may have.
		#[pallet::constant]
		type MaxBlockedDays: Get<u32>;

		/// Largest group session.
		#[pallet::constant]
		type MaxGroupCapacity: Get<u16>;

		/// Ratings a client may owe at once; the oldest right lapses when a new one arrives.
		#[pallet::constant]
		type MaxPendingRatings: Get<u32>;

		/// Candidates one match query examines at most (a runtime API bound, not a dispatch one).
		#[pallet::constant]
		type MaxMatchCandidates: Get<u32>;

		type WeightInfo: WeightInfo;
	}

	/// The registry. Blake2: accounts are chosen by users, the hasher keeps the trie balanced.
	#[pallet::storage]
	pub type Records<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, RecordOf<T>>;

	/// Number of registered therapists.
	#[pallet::storage]
	pub type TherapistCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Public profiles, kept apart from the record so matching reads only what it filters on.
	#[pallet::storage]
	pub type Profiles<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Profile>;

	/// Session offerings with their ids, one value per therapist so a query reads them at once.
	#[pallet::storage]
	pub type Offerings<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, OfferingsOf<T>, ValueQuery>;

	/// Weekly availability and blocked days.
	#[pallet::storage]
	pub type AvailabilityOf<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AvailabilityFor<T>, ValueQuery>;

	/// The search index: one entry per (attribute value, listed therapist). Only listed
	/// therapists are indexed; credentials are checked at query time. Blake2 on both keys:
	/// values and accounts are chosen by users.
	#[pallet::storage]
	pub type Index<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, IndexKey, Blake2_128Concat, T::AccountId, (), OptionQuery>;

	/// Entries under each index key, so a query starts from the most selective one.
	#[pallet::storage]
	pub type IndexSize<T: Config> = StorageMap<_, Blake2_128Concat, IndexKey, u32, ValueQuery>;

	/// Ratings each client may give: (booking, therapist), oldest first.
	#[pallet::storage]
	pub type RatingRights<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<(BookingId, T::AccountId), T::MaxPendingRatings>,
		ValueQuery,
	>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Registers this many synthetic therapists with varied profiles, one offering each and
		/// weekday availability, and no deposit, for load and matching benchmarks. Pair with
		/// the credentials pallet's `synthetic_professionals`. Zero on every real network.
		pub synthetic_therapists: u32,
		/// Price unit of synthetic offerings (prices are 20–160 of these).
		pub synthetic_price_unit: u128,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for i in 0..self.synthetic_therapists {
				Pallet::<T>::register_synthetic(i, self.synthetic_price_unit);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		Registered { therapist: T::AccountId, deposit: BalanceOf<T> },
		ProfileUpdated { therapist: T::AccountId },
		OfferingAdded { therapist: T::AccountId, id: OfferingId },
		OfferingRemoved { therapist: T::AccountId, id: OfferingId },
		AvailabilitySet { therapist: T::AccountId },
		/// The held deposit changed with the size of what is stored.
		DepositAdjusted { therapist: T::AccountId, deposit: BalanceOf<T> },
		Paused { therapist: T::AccountId },
		Resumed { therapist: T::AccountId },
		Retired { therapist: T::AccountId, deposit_released: BalanceOf<T> },
		Suspended { therapist: T::AccountId, reason: SuspensionReason },
		Reinstated { therapist: T::AccountId },
		RatingRightGranted { client: T::AccountId, therapist: T::AccountId, booking: BookingId },
		Rated { therapist: T::AccountId, booking: BookingId, stars: u8 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already registered.
		AlreadyRegistered,
		/// The account is not a registered therapist.
		NotRegistered,
		/// A profile must name at least one jurisdiction of practice.
		NoJurisdiction,
		/// A profile must name at least one specialty.
		NoSpecialty,
		/// A profile must name at least one language.
		NoLanguage,
		/// A jurisdiction code is malformed.
		MalformedJurisdiction,
		/// A language is not two lowercase ISO 639-1 letters.
		MalformedLanguage,
		/// A code is listed twice in the profile.
		DuplicateInProfile,
		/// The UTC offset is outside −720..=840 minutes.
		UtcOffsetOutOfRange,
		/// The duration is outside the range of the session kind.
		DurationOutOfRange,
		/// An offering must have a price.
		ZeroPrice,
		/// The sliding-scale floor is above the price or zero.
		InvalidSlidingScaleFloor,
		/// An offering must allow at least one format.
		NoFormat,
		/// A format is listed twice.
		DuplicateFormat,
		/// An intensive program has 2–20 sessions.
		BundleSizeOutOfRange,
		/// A group has 2–`MaxGroupCapacity` places.
		GroupCapacityOutOfRange,
		/// The therapist has the maximum number of offerings.
		TooManyOfferings,
		/// Offering ids are exhausted for this therapist.
		OfferingIdsExhausted,
		/// No offering with this id.
		UnknownOffering,
		/// A window starts outside the week, is empty, or is longer than a week.
		WindowOutOfRange,
		/// Two weekly windows overlap.
		OverlappingWindows,
		/// More weekly windows than allowed.
		TooManyWindows,
		/// More blocked days than allowed.
		TooManyBlockedDays,
		/// A blocked day is listed twice.
		DuplicateBlockedDay,
		/// The listing is already paused.
		AlreadyPaused,
		/// The listing is not paused.
		NotPaused,
		/// The therapist is suspended: only governance can lift it.
		IsSuspended,
		/// The therapist is not suspended.
		NotSuspended,
		/// Bookings are still open: retiring would strand their clients.
		OpenBookings,
		/// The caller has no right to rate this booking (not completed, not theirs, or used).
		NoRatingRight,
		/// Ratings are 1 to 5 stars.
		StarsOutOfRange,
		/// The caller cannot pay the deposit.
		CannotPayDeposit,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxOfferings::get() > 0, "therapists need at least one offering");
			assert!(T::MaxOfferings::get() <= OfferingId::MAX as u32, "offering ids are u16");
			assert!(T::MaxWeeklyWindows::get() > 0, "therapists need at least one window");
			assert!(T::MaxGroupCapacity::get() >= 2, "a group has at least two places");
			assert!(T::MaxMatchCandidates::get() > 0, "matching must examine someone");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register as a therapist with a public profile. Listed at once; active (found and
		/// bookable) whenever the required credentials are valid.
		///
		/// - Origin: signed; the professional.
		/// - Errors: `AlreadyRegistered`, the profile checks (`NoJurisdiction`, `NoSpecialty`,
		///   `NoLanguage`, `MalformedJurisdiction`, `MalformedLanguage`, `DuplicateInProfile`,
		///   `UtcOffsetOutOfRange`), `CannotPayDeposit`.
		/// - Event: [`Event::Registered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(origin: OriginFor<T>, profile: Profile) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!Records::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
			let profile = Self::validated_profile(profile)?;
			let deposit = Self::deposit_for(&profile, &Default::default(), &Default::default());
			Self::hold(&who, deposit)?;
			Self::add_to_index(&who, &profile);
			Profiles::<T>::insert(&who, profile);
			Records::<T>::insert(
				&who,
				TherapistRecord {
					status: ListingStatus::Listed,
					deposit,
					registered_at: frame_system::Pallet::<T>::block_number(),
					rating: Rating::default(),
					open_bookings: 0,
					next_offering_id: 0,
				},
			);
			TherapistCount::<T>::mutate(|n| *n = n.saturating_add(1));
			Self::deposit_event(Event::Registered { therapist: who, deposit });
			Ok(())
		}

		/// Replace the profile. The search index and the deposit follow.
		///
		/// - Origin: signed; a registered therapist.
		/// - Errors: `NotRegistered`, the profile checks of [`Pallet::register`], `CannotPayDeposit`.
		/// - Events: [`Event::ProfileUpdated`], [`Event::DepositAdjusted`] if it changed.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_profile())]
		pub fn update_profile(origin: OriginFor<T>, profile: Profile) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::record(&who)?;
			let profile = Self::validated_profile(profile)?;
			if record.status == ListingStatus::Listed {
				if let Some(old) = Profiles::<T>::get(&who) {
					Self::remove_from_index(&who, &old);
				}
				Self::add_to_index(&who, &profile);
			}
			Profiles::<T>::insert(&who, profile);
			Self::adjust_deposit(&who, record)?;
			Self::deposit_event(Event::ProfileUpdated { therapist: who });
			Ok(())
		}

		/// Add a session offering; it gets the next offering id of this therapist.
		///
		/// - Origin: signed; a registered therapist.
		/// - Errors: `NotRegistered`, `DurationOutOfRange`, `ZeroPrice`,
		///   `InvalidSlidingScaleFloor`, `NoFormat`, `DuplicateFormat`, `BundleSizeOutOfRange`,
		///   `GroupCapacityOutOfRange`, `TooManyOfferings`, `OfferingIdsExhausted`,
		///   `CannotPayDeposit`.
		/// - Events: [`Event::OfferingAdded`], [`Event::DepositAdjusted`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_offering())]
		pub fn add_offering(origin: OriginFor<T>, offering: OfferingOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Self::record(&who)?;
			let offering = Self::validated_offering(offering)?;
			let id = record.next_offering_id;
			record.next_offering_id = id.checked_add(1).ok_or(Error::<T>::OfferingIdsExhausted)?;
			Offerings::<T>::try_mutate(&who, |offerings| offerings.try_push((id, offering)))
				.map_err(|_| Error::<T>::TooManyOfferings)?;
			Self::adjust_deposit(&who, record)?;
			Self::deposit_event(Event::OfferingAdded { therapist: who, id });
			Ok(())
		}

		/// Withdraw an offering. Bookings already made keep the terms they were made on.
		///
		/// - Origin: signed; a registered therapist.
		/// - Errors: `NotRegistered`, `UnknownOffering`.
		/// - Events: [`Event::OfferingRemoved`], [`Event::DepositAdjusted`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_offering())]
		pub fn remove_offering(origin: OriginFor<T>, id: OfferingId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::record(&who)?;
			Offerings::<T>::try_mutate(&who, |offerings| {
				let position = offerings.iter().position(|(o, _)| *o == id).ok_or(Error::<T>::UnknownOffering)?;
				offerings.remove(position);
				Ok::<_, Error<T>>(())
			})?;
			Self::adjust_deposit(&who, record)?;
			Self::deposit_event(Event::OfferingRemoved { therapist: who, id });
			Ok(())
		}

		/// Replace the weekly availability (UTC) and blocked days. Sessions must fit inside one
		/// window and start and end on unblocked days.
		///
		/// - Origin: signed; a registered therapist.
		/// - Errors: `NotRegistered`, `WindowOutOfRange`, `OverlappingWindows`, `TooManyWindows`,
		///   `TooManyBlockedDays`, `DuplicateBlockedDay`, `CannotPayDeposit`.
		/// - Events: [`Event::AvailabilitySet`], [`Event::DepositAdjusted`] if it changed.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_availability())]
		pub fn set_availability(
			origin: OriginFor<T>,
			weekly: Vec<WeeklyWindow>,
			blocked_days: Vec<u32>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::record(&who)?;
			let availability = Self::validated_availability(weekly, blocked_days)?;
			AvailabilityOf::<T>::insert(&who, availability);
			Self::adjust_deposit(&who, record)?;
			Self::deposit_event(Event::AvailabilitySet { therapist: who });
			Ok(())
		}

		/// Stop being listed and booked for now; existing bookings are unaffected.
		///
		/// - Origin: signed; a registered therapist.
		/// - Errors: `NotRegistered`, `AlreadyPaused`, `IsSuspended`.
		/// - Event: [`Event::Paused`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::pause())]
		pub fn pause(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Self::record(&who)?;
			match record.status {
				ListingStatus::Paused => return Err(Error::<T>::AlreadyPaused.into()),
				ListingStatus::Suspended(_) => return Err(Error::<T>::IsSuspended.into()),
				ListingStatus::Listed => {},
			}
			Self::set_status(&who, &mut record, ListingStatus::Paused);
			Self::deposit_event(Event::Paused { therapist: who });
			Ok(())
		}

		/// Be listed again after a pause.
		///
		/// - Origin: signed; a registered therapist.
		/// - Errors: `NotRegistered`, `NotPaused`, `IsSuspended`.
		/// - Event: [`Event::Resumed`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::resume())]
		pub fn resume(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut record = Self::record(&who)?;
			match record.status {
				ListingStatus::Listed => return Err(Error::<T>::NotPaused.into()),
				ListingStatus::Suspended(_) => return Err(Error::<T>::IsSuspended.into()),
				ListingStatus::Paused => {},
			}
			Self::set_status(&who, &mut record, ListingStatus::Listed);
			Self::deposit_event(Event::Resumed { therapist: who });
			Ok(())
		}

		/// Leave the registry: everything stored is removed and the deposit released. Allowed
		/// in any status (a suspended therapist may leave too) once no booking is open.
		///
		/// - Origin: signed; a registered therapist.
		/// - Errors: `NotRegistered`, `OpenBookings`.
		/// - Event: [`Event::Retired`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::retire())]
		pub fn retire(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let record = Self::record(&who)?;
			ensure!(record.open_bookings == 0, Error::<T>::OpenBookings);
			if let Some(profile) = Profiles::<T>::take(&who) {
				if record.status == ListingStatus::Listed {
					Self::remove_from_index(&who, &profile);
				}
			}
			Offerings::<T>::remove(&who);
			AvailabilityOf::<T>::remove(&who);
			Records::<T>::remove(&who);
			TherapistCount::<T>::mutate(|n| *n = n.saturating_sub(1));
			Self::release(&who, record.deposit);
			Self::deposit_event(Event::Retired { therapist: who, deposit_released: record.deposit });
			Ok(())
		}

		/// Suspend a therapist: not listed, not bookable, until reinstated. Works on a paused
		/// therapist too (reinstating then lists them).
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `NotRegistered`, `IsSuspended` if already suspended.
		/// - Event: [`Event::Suspended`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::suspend())]
		pub fn suspend(origin: OriginFor<T>, therapist: T::AccountId, reason: SuspensionReason) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let mut record = Self::record(&therapist)?;
			ensure!(!matches!(record.status, ListingStatus::Suspended(_)), Error::<T>::IsSuspended);
			Self::set_status(&therapist, &mut record, ListingStatus::Suspended(reason));
			Self::deposit_event(Event::Suspended { therapist, reason });
			Ok(())
		}

		/// Lift a suspension; the therapist is listed again.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `NotRegistered`, `NotSuspended`.
		/// - Event: [`Event::Reinstated`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::reinstate())]
		pub fn reinstate(origin: OriginFor<T>, therapist: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let mut record = Self::record(&therapist)?;
			ensure!(matches!(record.status, ListingStatus::Suspended(_)), Error::<T>::NotSuspended);
			Self::set_status(&therapist, &mut record, ListingStatus::Listed);
			Self::deposit_event(Event::Reinstated { therapist });
			Ok(())
		}

		/// Rate the therapist of a completed, paid booking: 1 to 5 stars, once per booking.
		///
		/// - Origin: signed; the client the booking pallet granted the right to.
		/// - Errors: `StarsOutOfRange`, `NoRatingRight`, `NotRegistered` (the therapist retired).
		/// - Event: [`Event::Rated`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::rate())]
		pub fn rate(origin: OriginFor<T>, booking: BookingId, stars: u8) -> DispatchResult {
			let client = ensure_signed(origin)?;
			ensure!((1..=5).contains(&stars), Error::<T>::StarsOutOfRange);
			let therapist = RatingRights::<T>::try_mutate(&client, |rights| {
				let position =
					rights.iter().position(|(b, _)| *b == booking).ok_or(Error::<T>::NoRatingRight)?;
				Ok::<_, Error<T>>(rights.remove(position).1)
			})?;
			Records::<T>::try_mutate(&therapist, |record| {
				let record = record.as_mut().ok_or(Error::<T>::NotRegistered)?;
				record.rating.sum = record.rating.sum.saturating_add(stars as u32);
				record.rating.count = record.rating.count.saturating_add(1);
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::Rated { therapist, booking, stars });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		pub(crate) fn record(who: &T::AccountId) -> Result<RecordOf<T>, DispatchError> {
			Records::<T>::get(who).ok_or_else(|| Error::<T>::NotRegistered.into())
		}

		/// Moves between listed and unlisted statuses, keeping the index in step.
		fn set_status(who: &T::AccountId, record: &mut RecordOf<T>, to: ListingStatus) {
			let was_listed = record.status == ListingStatus::Listed;
			let listed = to == ListingStatus::Listed;
			if was_listed != listed {
				if let Some(profile) = Profiles::<T>::get(who) {
					if listed {
						Self::add_to_index(who, &profile)
					} else {
						Self::remove_from_index(who, &profile)
					}
				}
			}
			record.status = to;
			Records::<T>::insert(who, record.clone());
		}

		/// Re-sizes the deposit to what `who` now stores and saves the record.
		fn adjust_deposit(who: &T::AccountId, mut record: RecordOf<T>) -> DispatchResult {
			let profile = Profiles::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
			let wanted =
				Self::deposit_for(&profile, &Offerings::<T>::get(who), &AvailabilityOf::<T>::get(who));
			if wanted > record.deposit {
				Self::hold(who, wanted - record.deposit)?;
			} else if wanted < record.deposit {
				Self::release(who, record.deposit - wanted);
			}
			let changed = wanted != record.deposit;
			record.deposit = wanted;
			Records::<T>::insert(who, record);
			if changed {
				Self::deposit_event(Event::DepositAdjusted { therapist: who.clone(), deposit: wanted });
			}
			Ok(())
		}

		fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
			if amount.is_zero() {
				return Ok(());
			}
			T::Currency::hold(&HoldReason::RegistrationDeposit.into(), who, amount)
				.map_err(|_| Error::<T>::CannotPayDeposit.into())
		}

		fn release(who: &T::AccountId, amount: BalanceOf<T>) {
			use frame_support::traits::tokens::Precision;
			// Best effort: the amount is what this pallet held, so it is all there.
			let _ = T::Currency::release(
				&HoldReason::RegistrationDeposit.into(),
				who,
				amount,
				Precision::BestEffort,
			);
		}
	}
}
