//! # Compliance pallet: consents, the access and disclosure trail, break-glass reviews
//!
//! Therapy records live off chain, encrypted. This pallet keeps the part no single operator
//! can be trusted with: the client's consents, an append-only trail of every access to and
//! disclosure of a client's records that nobody can edit or silently shorten, and emergency
//! access that is always visible and always reviewed.
//!
//! ## Overview
//!
//! - **Consents** ([`Pallet::grant_consent`], [`Pallet::revoke_consent`]): a client (the
//!   *subject*) allows a grantee — a therapist, another provider, a researcher, an emergency
//!   contact holder — one [`Purpose`], optionally until an expiry time, revocable at any time.
//!   Each grant has its own [`ConsentId`]; a deposit is held from the subject while it is
//!   stored. [`Pallet::has_consent`] answers "does A have B's consent for P now" for other
//!   pallets (the booking pallet's recording check) and the `mentalverse_hasConsent` RPC.
//! - **Trail** ([`Pallet::log_access`]): professionals and services record each access to or
//!   disclosure of a subject's record — accessor, record commitment, [`RecordClass`],
//!   purpose, and the consent it relied on or a break-glass [`Justification`]. Each
//!   [`Entry`] carries the digest of the one before it, so the trail's head digest commits to
//!   every entry: a client holding a head can prove that no entry was later removed or
//!   altered ([`Pallet::verify_trail`]). A consent must be in force, held by the accessor (or,
//!   for a disclosure, by the recipient), for the entry's purpose; psychotherapy notes need a
//!   [`Purpose::PsychotherapyNotes`] consent of their own (45 CFR 164.508(a)(2)).
//! - **Automatic entries**: the trail is the subject's whole audit record. Consent grants and
//!   revocations enter it ([`Logged::ConsentGranted`], [`Logged::ConsentRevoked`]), and other
//!   pallets report their steps — credential changes, booking steps, anchored session records
//!   — through [`mentalverse_primitives::AuditTrail`], which this pallet implements
//!   ([`Logged::Process`]). Every entry goes through one append, so all of them chain alike.
//! - **Break-glass**: without consent, only an account the runtime reports as crisis on call
//!   ([`Config::OnCall`]) may log an access, with a justification. The entry is logged like
//!   any other and opens a [`Review`] that [`Config::ReviewOrigin`] must close with an
//!   outcome ([`Pallet::close_review`]); [`Pallet::pending_reviews`] lists the open ones.
//! - **Accounting of disclosures** ([`Pallet::accounting`]): a subject's accesses and
//!   disclosures between two dates, paginated — date, accessor or recipient, purpose, record
//!   class — over the retention period (at least six years, 45 CFR 164.528).
//!   [`Pallet::trail_entries`] pages through every entry, for verification.
//! - **Erasure** ([`Pallet::request_erasure`], [`Pallet::attest_erasure`],
//!   [`Pallet::close_erasure`]): a subject asks the custodians holding a record (off-chain
//!   storage services registered by [`Config::CustodianOrigin`]) to destroy it and its keys;
//!   each custodian attests with the digest of its destruction certificate; the request
//!   shows its status and deadline, and requests past the deadline raise
//!   [`Event::ErasureOverdue`]. Nothing on chain needs erasing: the chain holds commitments,
//!   and a commitment without its data and salt reveals nothing.
//! - **Parameters** ([`Pallet::set_parameter`]): the retention of each [`RecordClass`] and
//!   the erasure deadline, set by [`Config::ParametersOrigin`] within bounds.
//!
//! ## Storage and its cost
//!
//! Full entries are kept in state, not only in events: the accounting must answer for six
//! years from any node without an archive or an indexer, and a verifier must be able to
//! compare a copy entry by entry. An access entry is about 190 bytes; the accessor pays
//! [`Config::EntryDeposit`] per entry, held while it is stored. Consent changes and other
//! pallets' steps (about 90 bytes) are paid by the fee of the call that makes them, whose weight
//! includes the append: they are records the protocol requires, not storage a user chooses; a
//! sponsored client holding only the fee must still be able to book; and each call adds a
//! bounded number of fixed-size entries. After the retention of an access's record class (never
//! less than [`Config::TrailRetention`]; other entries: [`Config::TrailRetention`]) anyone may
//! [`Pallet::prune_trail`] the oldest entries, which returns their deposits; the trail's head
//! digest and count never go back, and the first kept entry's `prev` still links it to the
//! pruned past.
//!
//! ## Example
//!
//! ```ignore
//! // The client consents; the therapist logs an access relying on it; the client revokes.
//! Compliance::grant_consent(client.clone(), therapist, Purpose::Treatment, None)?;
//! Compliance::log_access(therapist_origin, client, record, RecordClass::SessionNote,
//!     Purpose::Treatment, Action::Access, Basis::Consent(0))?;
//! Compliance::revoke_consent(client, therapist, Purpose::Treatment)?;
//! ```

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod erasure;
mod invariants;
mod trail;
pub mod types;
mod views;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use frame_support::traits::fungible::{Inspect as FunInspect, MutateHold};
use mentalverse_primitives::AuditTrail;

/// Balance type of the configured currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as FunInspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A stored entry.
pub type EntryOf<T> = Entry<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A stored consent.
pub type ConsentOf<T> = Consent<BalanceOf<T>>;
/// A stored erasure request.
pub type ErasureRequestOf<T> = ErasureRequest<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	<T as pallet::Config>::MaxCustodians,
>;

/// One day in seconds: the shortest erasure deadline governance may set.
pub const DAY: UnixSeconds = 86_400;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{tokens::Precision, Contains, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::traits::Zero;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// From the subject, for each consent stored.
		Consent,
		/// From the accessor, for each trail entry stored.
		TrailEntry,
		/// From the subject, for each erasure request until it is closed.
		Erasure,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		type RuntimeHoldReason: From<HoldReason>;
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		type UnixTime: UnixTime;
		/// Accounts on crisis call now: the only ones allowed break-glass access.
		type OnCall: Contains<Self::AccountId>;
		/// Closes break-glass reviews.
		type ReviewOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Sets retention periods and the erasure deadline ([`GovernedParameter`]).
		type ParametersOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Registers and removes custodians (off-chain storage services).
		type CustodianOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Held from the subject per stored consent.
		#[pallet::constant]
		type ConsentDeposit: Get<BalanceOf<Self>>;
		/// Held from the accessor per stored trail entry.
		#[pallet::constant]
		type EntryDeposit: Get<BalanceOf<Self>>;
		/// Held from the subject per erasure request until it is closed.
		#[pallet::constant]
		type ErasureDeposit: Get<BalanceOf<Self>>;
		/// The retention of a record class until governance sets one, and the least it may
		/// set: entries are kept this long (at least six years) before they may be pruned.
		#[pallet::constant]
		type TrailRetention: Get<UnixSeconds>;
		/// The longest retention governance may set.
		#[pallet::constant]
		type MaxRetention: Get<UnixSeconds>;
		/// Seconds custodians have to honour an erasure request until governance sets it.
		#[pallet::constant]
		type DefaultErasureDeadline: Get<UnixSeconds>;
		/// The longest erasure deadline governance may set.
		#[pallet::constant]
		type MaxErasureDeadline: Get<UnixSeconds>;
		/// Custodians one erasure request may name.
		#[pallet::constant]
		type MaxCustodians: Get<u32>;
		/// Erasure requests examined for their deadline per block, at most.
		#[pallet::constant]
		type MaxOverduePerBlock: Get<u32>;
		/// Entries one accounting page may hold.
		#[pallet::constant]
		type MaxPage: Get<u32>;
		/// Entries one `prune_trail` may remove.
		#[pallet::constant]
		type MaxPrune: Get<u32>;
		type WeightInfo: WeightInfo;
		/// Makes on-call accounts and sets the clock for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	/// The next consent id.
	#[pallet::storage]
	pub type NextConsentId<T: Config> = StorageValue<_, ConsentId, ValueQuery>;

	/// Consents by subject, grantee and purpose. Blake2 for the accounts (chosen by users);
	/// Twox64 for the purpose, a small enum nobody can use to unbalance the trie.
	#[pallet::storage]
	pub type Consents<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, Purpose>,
		),
		ConsentOf<T>,
	>;

	/// Each subject's trail: stored range and head digest. Blake2: subjects are user accounts.
	#[pallet::storage]
	pub type Trails<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Trail, ValueQuery>;

	/// Trail entries by subject and index. Twox64 for the index: it is assigned in order by
	/// the pallet, not chosen by users.
	#[pallet::storage]
	pub type Entries<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, EntryIndex, EntryOf<T>>;

	/// The next review id.
	#[pallet::storage]
	pub type NextReviewId<T: Config> = StorageValue<_, ReviewId, ValueQuery>;

	/// Open break-glass reviews. Bounded by the entries that opened them (each paid for).
	#[pallet::storage]
	pub type Reviews<T: Config> = StorageMap<_, Twox64Concat, ReviewId, Review<T::AccountId>>;

	#[pallet::type_value]
	pub fn DefaultRetention<T: Config>() -> UnixSeconds {
		T::TrailRetention::get()
	}

	/// Retention of each record class, set by governance. Twox64: a small closed enum.
	#[pallet::storage]
	pub type Retention<T: Config> =
		StorageMap<_, Twox64Concat, RecordClass, UnixSeconds, ValueQuery, DefaultRetention<T>>;

	#[pallet::type_value]
	pub fn DefaultErasureDeadline<T: Config>() -> UnixSeconds {
		T::DefaultErasureDeadline::get()
	}

	/// Seconds custodians have to honour an erasure request, set by governance.
	#[pallet::storage]
	pub type ErasureDeadline<T: Config> =
		StorageValue<_, UnixSeconds, ValueQuery, DefaultErasureDeadline<T>>;

	/// Registered custodians and when they were registered. Only governance adds them, so
	/// no deposit; Blake2 as for every account key.
	#[pallet::storage]
	pub type Custodians<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, UnixSeconds>;

	/// The next erasure request id.
	#[pallet::storage]
	pub type NextErasureId<T: Config> = StorageValue<_, ErasureId, ValueQuery>;

	/// Erasure requests until their subjects close them (each holds a deposit). Twox64: ids
	/// are assigned in order by the pallet.
	#[pallet::storage]
	pub type Erasures<T: Config> = StorageMap<_, Twox64Concat, ErasureId, ErasureRequestOf<T>>;

	/// Requests below this id have been examined for their deadline and need not be again.
	#[pallet::storage]
	pub type OverdueCursor<T: Config> = StorageValue<_, ErasureId, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		ConsentGranted {
			subject: T::AccountId,
			grantee: T::AccountId,
			purpose: Purpose,
			id: ConsentId,
			expires_at: Option<UnixSeconds>,
		},
		ConsentRevoked { subject: T::AccountId, grantee: T::AccountId, purpose: Purpose, id: ConsentId },
		/// An entry was appended to `subject`'s trail; `digest` is the trail's new head.
		EntryLogged { subject: T::AccountId, index: EntryIndex, digest: H256 },
		/// Emergency access without consent: review `review` is open.
		BreakGlass {
			subject: T::AccountId,
			index: EntryIndex,
			accessor: T::AccountId,
			justification: Justification,
			review: ReviewId,
		},
		ReviewClosed { review: ReviewId, accessor: T::AccountId, outcome: ReviewOutcome },
		/// Entries before `first` were removed after their retention period.
		TrailPruned { subject: T::AccountId, first: EntryIndex, removed: u32 },
		/// Governance set a retention period or the erasure deadline.
		ParameterSet { parameter: GovernedParameter },
		CustodianRegistered { custodian: T::AccountId },
		CustodianDeregistered { custodian: T::AccountId },
		/// A subject asked for every copy of `record` and its keys to be destroyed.
		ErasureRequested { id: ErasureId, subject: T::AccountId, record: H256, deadline: UnixSeconds },
		/// A custodian attested destruction; `certificate` is its destruction certificate's digest.
		ErasureAttested { id: ErasureId, custodian: T::AccountId, certificate: H256 },
		/// Every custodian named in the request has attested.
		ErasureCompleted { id: ErasureId, subject: T::AccountId },
		/// The deadline passed before every custodian attested.
		ErasureOverdue { id: ErasureId, subject: T::AccountId, deadline: UnixSeconds },
		/// The subject closed the request, in the status shown; its deposit returned.
		ErasureClosed { id: ErasureId, subject: T::AccountId, status: ErasureStatus },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A subject cannot consent to itself.
		SelfConsent,
		/// The expiry is not in the future.
		ExpiryInPast,
		/// This grantee already has a consent for this purpose: revoke it first.
		AlreadyGranted,
		/// No consent for this grantee and purpose.
		NoConsent,
		/// The consent has expired.
		ConsentExpired,
		/// The consent cited is not the one in force (revoked, or granted again since).
		ConsentMismatch,
		/// Psychotherapy notes need a psychotherapy-notes consent of their own.
		PsychotherapyNotesNeedOwnConsent,
		/// Break-glass access is only for therapists on crisis call.
		NotOnCrisisCall,
		/// Break-glass access is for care, never for research.
		BreakGlassForResearch,
		/// A disclosure's recipient cannot be its discloser.
		SelfDisclosure,
		/// The accessor cannot pay the entry deposit (or the subject the consent deposit).
		CannotPayDeposit,
		/// No open review with this id.
		UnknownReview,
		/// No entry of the trail is past its retention period.
		NothingToPrune,
		/// A retention period below the six-year floor or above the maximum.
		RetentionOutOfBounds,
		/// An erasure deadline below one day or above the maximum.
		DeadlineOutOfBounds,
		/// This account is already a registered custodian.
		AlreadyCustodian,
		/// This account is not a registered custodian.
		NotACustodian,
		/// An erasure request must name at least one custodian.
		NoCustodians,
		/// An erasure request names a custodian twice.
		DuplicateCustodian,
		/// An erasure request names an account that is not a registered custodian.
		UnknownCustodian,
		/// The subject cannot pay the erasure deposit.
		CannotPayErasureDeposit,
		/// No erasure request with this id.
		UnknownErasure,
		/// The caller is not a custodian named in this request.
		NotNamedCustodian,
		/// This custodian has already attested for this request.
		AlreadyAttested,
		/// Only the subject who filed a request may close it.
		NotRequester,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Flags erasure requests whose deadline passed ([`Event::ErasureOverdue`]).
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			Self::flag_overdue_erasures()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(
				T::TrailRetention::get() >= 6 * 365 * 86_400,
				"disclosures must be accountable for six years (45 CFR 164.528)"
			);
			assert!(T::MaxPage::get() > 0 && T::MaxPrune::get() > 0, "pages and pruning make progress");
			assert!(!T::EntryDeposit::get().is_zero(), "entries are paid for");
			assert!(!T::ConsentDeposit::get().is_zero(), "consents are paid for");
			assert!(!T::ErasureDeposit::get().is_zero(), "erasure requests are paid for");
			assert!(T::MaxRetention::get() >= T::TrailRetention::get(), "the retention bounds are ordered");
			let deadline = T::DefaultErasureDeadline::get();
			assert!(
				DAY <= deadline && deadline <= T::MaxErasureDeadline::get(),
				"the default erasure deadline is within its bounds"
			);
			assert!(T::MaxCustodians::get() > 0 && T::MaxOverduePerBlock::get() > 0, "erasure makes progress");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Consent to `grantee` using the caller's records for `purpose`, until `expires_at`
		/// (Unix seconds) if given. Holds [`Config::ConsentDeposit`] from the caller. The grant
		/// enters the caller's trail.
		///
		/// - Origin: signed; the subject.
		/// - Errors: `SelfConsent`, `ExpiryInPast`, `AlreadyGranted`, `CannotPayDeposit`.
		/// - Events: [`Event::ConsentGranted`], [`Event::EntryLogged`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant_consent())]
		pub fn grant_consent(
			origin: OriginFor<T>,
			grantee: T::AccountId,
			purpose: Purpose,
			expires_at: Option<UnixSeconds>,
		) -> DispatchResult {
			let subject = ensure_signed(origin)?;
			ensure!(subject != grantee, Error::<T>::SelfConsent);
			let now = Self::now();
			ensure!(expires_at.map_or(true, |end| end > now), Error::<T>::ExpiryInPast);
			let key = (&subject, &grantee, purpose);
			ensure!(!Consents::<T>::contains_key(key), Error::<T>::AlreadyGranted);
			let deposit = T::ConsentDeposit::get();
			T::Currency::hold(&HoldReason::Consent.into(), &subject, deposit)
				.map_err(|_| Error::<T>::CannotPayDeposit)?;
			let id = Self::take_id::<NextConsentId<T>>();
			Consents::<T>::insert(key, Consent { id, granted_at: now, expires_at, deposit });
			Self::append(&subject, Logged::ConsentGranted { grantee: grantee.clone(), purpose, id, expires_at });
			Self::deposit_event(Event::ConsentGranted { subject, grantee, purpose, id, expires_at });
			Ok(())
		}

		/// Withdraw the consent given to `grantee` for `purpose` (in force or expired); its
		/// deposit returns. Entries already logged under it stay: they were lawful then. The
		/// revocation enters the caller's trail.
		///
		/// - Origin: signed; the subject.
		/// - Errors: `NoConsent`.
		/// - Events: [`Event::ConsentRevoked`], [`Event::EntryLogged`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::revoke_consent())]
		pub fn revoke_consent(origin: OriginFor<T>, grantee: T::AccountId, purpose: Purpose) -> DispatchResult {
			let subject = ensure_signed(origin)?;
			let consent = Consents::<T>::take((&subject, &grantee, purpose)).ok_or(Error::<T>::NoConsent)?;
			T::Currency::release(&HoldReason::Consent.into(), &subject, consent.deposit, Precision::BestEffort)?;
			Self::append(&subject, Logged::ConsentRevoked { grantee: grantee.clone(), purpose, id: consent.id });
			Self::deposit_event(Event::ConsentRevoked { subject, grantee, purpose, id: consent.id });
			Ok(())
		}

		/// Append an access to, or disclosure of, `subject`'s record to the subject's trail.
		/// Holds [`Config::EntryDeposit`] from the caller while the entry is stored.
		///
		/// With [`Basis::Consent`], the cited consent must be the one in force from the
		/// subject to the caller (an access) or to the recipient (a disclosure) for `purpose`.
		/// With [`Basis::BreakGlass`], the caller must be on crisis call; a review opens.
		///
		/// - Origin: signed; the accessor.
		/// - Errors: `NoConsent`, `ConsentExpired`, `ConsentMismatch`,
		///   `PsychotherapyNotesNeedOwnConsent`, `NotOnCrisisCall`, `BreakGlassForResearch`,
		///   `SelfDisclosure`, `CannotPayDeposit`.
		/// - Events: [`Event::EntryLogged`], and [`Event::BreakGlass`] for emergency access.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::log_access_consented().max(T::WeightInfo::log_access_break_glass()))]
		pub fn log_access(
			origin: OriginFor<T>,
			subject: T::AccountId,
			record: H256,
			class: RecordClass,
			purpose: Purpose,
			action: Action<T::AccountId>,
			basis: Basis,
		) -> DispatchResult {
			let accessor = ensure_signed(origin)?;
			Self::do_log_access(accessor, subject, record, class, purpose, action, basis)
		}

		/// Close a break-glass review with governance's finding.
		///
		/// - Origin: [`Config::ReviewOrigin`].
		/// - Errors: `UnknownReview`.
		/// - Event: [`Event::ReviewClosed`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::close_review())]
		pub fn close_review(origin: OriginFor<T>, review: ReviewId, outcome: ReviewOutcome) -> DispatchResult {
			T::ReviewOrigin::ensure_origin(origin)?;
			let closed = Reviews::<T>::take(review).ok_or(Error::<T>::UnknownReview)?;
			Self::deposit_event(Event::ReviewClosed { review, accessor: closed.accessor, outcome });
			Ok(())
		}

		/// Remove up to [`Config::MaxPrune`] of `subject`'s oldest entries that are past their
		/// record class's [`Retention`], returning their deposits to their accessors. (An open
		/// review keeps its own copy of what it is about.)
		///
		/// - Origin: signed; anyone.
		/// - Errors: `NothingToPrune`.
		/// - Event: [`Event::TrailPruned`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::prune_trail(T::MaxPrune::get()))]
		pub fn prune_trail(origin: OriginFor<T>, subject: T::AccountId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let removed = Self::do_prune(&subject)?;
			Ok(Some(T::WeightInfo::prune_trail(removed)).into())
		}

		/// Set a retention period or the erasure deadline, within its bounds. A new deadline
		/// applies to requests filed after it.
		///
		/// - Origin: [`Config::ParametersOrigin`].
		/// - Errors: `RetentionOutOfBounds`, `DeadlineOutOfBounds`.
		/// - Event: [`Event::ParameterSet`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_parameter())]
		pub fn set_parameter(origin: OriginFor<T>, parameter: GovernedParameter) -> DispatchResult {
			T::ParametersOrigin::ensure_origin(origin)?;
			match parameter {
				GovernedParameter::Retention(class, seconds) => {
					ensure!(
						T::TrailRetention::get() <= seconds && seconds <= T::MaxRetention::get(),
						Error::<T>::RetentionOutOfBounds
					);
					Retention::<T>::insert(class, seconds);
				},
				GovernedParameter::ErasureDeadline(seconds) => {
					ensure!(
						DAY <= seconds && seconds <= T::MaxErasureDeadline::get(),
						Error::<T>::DeadlineOutOfBounds
					);
					ErasureDeadline::<T>::put(seconds);
				},
			}
			Self::deposit_event(Event::ParameterSet { parameter });
			Ok(())
		}

		/// Register an off-chain storage service as a custodian that can attest erasures.
		///
		/// - Origin: [`Config::CustodianOrigin`].
		/// - Errors: `AlreadyCustodian`.
		/// - Event: [`Event::CustodianRegistered`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::register_custodian())]
		pub fn register_custodian(origin: OriginFor<T>, custodian: T::AccountId) -> DispatchResult {
			T::CustodianOrigin::ensure_origin(origin)?;
			ensure!(!Custodians::<T>::contains_key(&custodian), Error::<T>::AlreadyCustodian);
			Custodians::<T>::insert(&custodian, Self::now());
			Self::deposit_event(Event::CustodianRegistered { custodian });
			Ok(())
		}

		/// Remove a custodian: new requests can no longer name it; it can still attest for
		/// requests that already do.
		///
		/// - Origin: [`Config::CustodianOrigin`].
		/// - Errors: `NotACustodian`.
		/// - Event: [`Event::CustodianDeregistered`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::deregister_custodian())]
		pub fn deregister_custodian(origin: OriginFor<T>, custodian: T::AccountId) -> DispatchResult {
			T::CustodianOrigin::ensure_origin(origin)?;
			Custodians::<T>::take(&custodian).ok_or(Error::<T>::NotACustodian)?;
			Self::deposit_event(Event::CustodianDeregistered { custodian });
			Ok(())
		}

		/// Ask the named custodians to destroy every copy of the caller's record `record`
		/// and the keys that decrypt it, by the erasure deadline in force. Holds
		/// [`Config::ErasureDeposit`] from the caller until the request is closed.
		///
		/// - Origin: signed; the subject.
		/// - Errors: `NoCustodians`, `DuplicateCustodian`, `UnknownCustodian`,
		///   `CannotPayErasureDeposit`.
		/// - Event: [`Event::ErasureRequested`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::request_erasure(custodians.len() as u32))]
		pub fn request_erasure(
			origin: OriginFor<T>,
			record: H256,
			class: RecordClass,
			custodians: BoundedVec<T::AccountId, T::MaxCustodians>,
		) -> DispatchResult {
			let subject = ensure_signed(origin)?;
			Self::do_request_erasure(subject, record, class, custodians)
		}

		/// Attest, as a custodian named in request `id`, that the data and its keys were
		/// destroyed; `certificate` is the digest of the destruction certificate kept off
		/// chain. The last attestation completes the request.
		///
		/// - Origin: signed; a custodian named in the request.
		/// - Errors: `UnknownErasure`, `NotNamedCustodian`, `AlreadyAttested`.
		/// - Events: [`Event::ErasureAttested`], and [`Event::ErasureCompleted`] for the last.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::attest_erasure())]
		pub fn attest_erasure(origin: OriginFor<T>, id: ErasureId, certificate: H256) -> DispatchResult {
			let custodian = ensure_signed(origin)?;
			Self::do_attest_erasure(custodian, id, certificate)
		}

		/// Remove the caller's request `id`, in whatever status, returning its deposit.
		///
		/// - Origin: signed; the subject who filed it.
		/// - Errors: `UnknownErasure`, `NotRequester`.
		/// - Event: [`Event::ErasureClosed`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::close_erasure())]
		pub fn close_erasure(origin: OriginFor<T>, id: ErasureId) -> DispatchResult {
			let subject = ensure_signed(origin)?;
			Self::do_close_erasure(subject, id)
		}
	}

	/// Other pallets' steps (credentials, bookings, session records) enter the subject's trail
	/// as [`Logged::Process`] entries. They are paid by the fee of the call that takes the
	/// step, which includes [`WeightInfo::record_process_step`], rather than by a deposit: see
	/// "Storage and its cost" in the crate documentation.
	impl<T: Config> AuditTrail<T::AccountId> for Pallet<T> {
		fn record(subject: &T::AccountId, actor: Option<&T::AccountId>, event: AuditEvent) {
			Self::append(subject, Logged::Process { actor: actor.cloned(), event });
		}

		fn weight() -> Weight {
			T::WeightInfo::record_process_step()
		}
	}

	impl<T: Config> Pallet<T> {
		pub(crate) fn now() -> UnixSeconds {
			T::UnixTime::now().as_secs()
		}

		/// The counter's current value, which it then moves past.
		pub(crate) fn take_id<Counter: frame_support::StorageValue<u64, Query = u64>>() -> u64 {
			Counter::mutate(|next| {
				let id = *next;
				*next = next.saturating_add(1);
				id
			})
		}

		/// Whether `grantee` holds `subject`'s consent for `purpose` now.
		pub fn has_consent(subject: &T::AccountId, grantee: &T::AccountId, purpose: Purpose) -> bool {
			Consents::<T>::get((subject, grantee, purpose)).is_some_and(|c| c.is_active(Self::now()))
		}
	}
}
