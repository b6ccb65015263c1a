//! # Credentials pallet
//!
//! Professional credentials for MentalVerse: accredited issuers attest licenses, degrees, board
//! certifications, background checks, continuing education and platform training for
//! pseudonymous professional accounts. Clients learn that a therapist is licensed, trained and
//! background-checked without ever seeing a document.
//!
//! ## Overview
//!
//! - **Issuers** are accredited by [`Config::GovernanceOrigin`] for a set of [`KindTag`]s and
//!   jurisdictions, and can be suspended, reinstated and removed by it.
//! - An issuer may **delegate** issuing to verifier accounts, who may delegate further (at most
//!   [`Config::MaxDelegationDepth`] levels). Revoking a delegation stops all issuing under it and
//!   under everything delegated from it.
//! - A **credential** binds a subject account to a [`CredentialKind`] and a salted
//!   `commitment` to the off-chain document. Licenses and background checks must expire.
//! - **Expiry takes effect by itself**: a credential whose `valid_until` block has been reached
//!   reads as expired everywhere from that block on ([`Pallet::effective_status`]), with no
//!   transaction. A bounded sweep in `on_initialize` then records the transition and emits
//!   [`Event::CredentialExpired`]; with many expiries in one block the events trail by a few
//!   blocks, the status never does.
//! - **Audit trail**: issuing, renewing, suspending, reinstating and revoking a credential enter
//!   its subject's audit trail, with the account that did it ([`Config::AuditTrail`]).
//! - **Deposits**: every stored credential and delegation holds a deposit from whoever created it
//!   ([`HoldReason`]), sized by the bytes stored; removing it releases the deposit.
//!
//! ### Removing an issuer
//!
//! Credentials of an issuer that is suspended or removed stay stored but read as
//! [`EffectiveStatus::IssuerInactive`]: they stop counting at once (clients are protected from a
//! de-accredited issuer) and count again if the issuer is reinstated or re-accredited. Their
//! subjects and depositors can remove them and recover deposits as for revoked ones; the issuer
//! keeps the right to revoke what it issued, so clean-up never needs governance to iterate.
//!
//! ### For other pallets
//!
//! [`CredentialInspect`] answers "does this account hold a valid credential of kind K (in
//! jurisdiction J) now", and whether it completed a set of training modules and is
//! continuing-education compliant. No other pallet reads this pallet's storage.
//!
//! ## Example
//!
//! ```ignore
//! // Governance accredits a licensing board for California licenses and background checks.
//! Credentials::accredit_issuer(root, board, vec![KindTag::ProfessionalLicense], vec![us_ca])?;
//! // The board issues a license valid for a year of blocks.
//! Credentials::issue(board, therapist, license_kind, commitment, Some(now + YEAR), None)?;
//! assert!(<Credentials as CredentialInspect<_>>::has_valid(&therapist, KindTag::ProfessionalLicense, Some(us_ca)));
//! ```

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod expiry;
mod inspect;
pub mod synthetic;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use inspect::CredentialInspect;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use mentalverse_primitives::{AuditEvent, AuditTrail, CredentialChange};

use alloc::vec::Vec;
use frame_support::traits::fungible::{Inspect as FunInspect, Mutate as FunMutate, MutateHold};

/// Balance type of the configured currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as FunInspect<<T as frame_system::Config>::AccountId>>::Balance;
/// A stored credential.
pub type CredentialOf<T> = Credential<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;
/// A stored delegation.
pub type DelegationOf<T> = Delegation<<T as frame_system::Config>::AccountId, BalanceOf<T>>;
/// A stored issuer.
pub type IssuerOf<T> =
	IssuerInfo<<T as Config>::MaxKindsPerIssuer, <T as Config>::MaxJurisdictionsPerIssuer>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::tokens::Precision,
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::{
		traits::{Saturating, Zero},
		SaturatedConversion,
	};

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Pays for a stored credential until it is removed.
		CredentialDeposit,
		/// Pays for a stored delegation until it is revoked.
		DelegationDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ FunMutate<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Accredits, suspends and removes issuers.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Sets the continuing-education and training requirements (platform parameters, which
		/// the runtime governs apart from issuer accreditation).
		type RequirementsOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Most continuing-education hours governance may require per period.
		#[pallet::constant]
		type MaxCeHours: Get<u32>;

		/// Deposit for any stored item, whatever its size.
		#[pallet::constant]
		type DepositBase: Get<BalanceOf<Self>>;

		/// Deposit per byte stored.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Credential kinds one issuer may be accredited for.
		#[pallet::constant]
		type MaxKindsPerIssuer: Get<u32>;

		/// Jurisdictions one issuer may be accredited for.
		#[pallet::constant]
		type MaxJurisdictionsPerIssuer: Get<u32>;

		/// Credentials one subject may hold (expired and revoked ones count until removed).
		#[pallet::constant]
		type MaxCredentialsPerSubject: Get<u32>;

		/// Longest chain of delegations below a root issuer.
		#[pallet::constant]
		type MaxDelegationDepth: Get<u8>;

		/// Delegations one account may have made and not yet revoked.
		#[pallet::constant]
		type MaxDelegationsPerDelegator: Get<u32>;

		/// Credential expiries the sweep records per block (and empty blocks it skips).
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;

		/// Weight information for the calls and the sweep.
		type WeightInfo: WeightInfo;

		/// The subject's audit trail, which records every change of a credential's standing.
		type AuditTrail: AuditTrail<Self::AccountId>;
	}

	/// Accredited issuers.
	///
	/// Blake2: issuer accounts are chosen by governance, but the hasher keeps the trie balanced
	/// whatever the key.
	#[pallet::storage]
	pub type Issuers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, IssuerOf<T>>;

	/// Delegations by id. Twox: ids are sequential, not chosen by users.
	#[pallet::storage]
	pub type Delegations<T: Config> = StorageMap<_, Twox64Concat, DelegationId, DelegationOf<T>>;

	/// How many delegations each account has made and not revoked (bounded by
	/// [`Config::MaxDelegationsPerDelegator`]).
	#[pallet::storage]
	pub type DelegationCount<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Credentials by id (`CredentialById`). Twox: ids are sequential, not chosen by users.
	#[pallet::storage]
	pub type CredentialById<T: Config> = StorageMap<_, Twox64Concat, CredentialId, CredentialOf<T>>;

	/// The credentials of each subject, for queries and for the inspect trait.
	#[pallet::storage]
	pub type CredentialsOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<CredentialId, T::MaxCredentialsPerSubject>,
		ValueQuery,
	>;

	/// Commitments in use, so one document cannot be attested twice. Blake2: commitments are
	/// chosen by callers.
	#[pallet::storage]
	pub type CommitmentIndex<T: Config> = StorageMap<_, Blake2_128Concat, H256, CredentialId>;

	/// Credentials due to expire, keyed by block then id, so the sweep reads them in order.
	#[pallet::storage]
	pub type ExpiryQueue<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Twox64Concat,
		CredentialId,
		(),
		OptionQuery,
	>;

	/// The first block whose expiries the sweep has not finished.
	#[pallet::storage]
	pub type SweepCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	#[pallet::storage]
	pub type NextCredentialId<T: Config> = StorageValue<_, CredentialId, ValueQuery>;

	#[pallet::storage]
	pub type NextDelegationId<T: Config> = StorageValue<_, DelegationId, ValueQuery>;

	/// Continuing education: hours required within each rolling period of blocks.
	#[pallet::storage]
	pub type CeRequirement<T: Config> =
		StorageValue<_, (u32, BlockNumberFor<T>), OptionQuery>;

	/// Training modules every professional must have completed to practise on the platform.
	#[pallet::storage]
	pub type RequiredTraining<T: Config> = StorageValue<_, TrainingSet, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Gives this many synthetic professionals (see [`crate::synthetic`]) valid licenses,
		/// background checks and training, for load and matching benchmarks. Zero on every
		/// real network.
		pub synthetic_professionals: u32,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if self.synthetic_professionals > 0 {
				Pallet::<T>::create_synthetic_professionals(self.synthetic_professionals);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		IssuerAccredited { issuer: T::AccountId },
		IssuerSuspended { issuer: T::AccountId },
		IssuerReinstated { issuer: T::AccountId },
		IssuerRemoved { issuer: T::AccountId },
		DelegationAdded { id: DelegationId, delegator: T::AccountId, delegate: T::AccountId },
		DelegationRevoked { id: DelegationId, by: T::AccountId },
		CredentialIssued { id: CredentialId, subject: T::AccountId, issuer: T::AccountId, kind: KindTag },
		CredentialRenewed { id: CredentialId, valid_until: BlockNumberFor<T> },
		CredentialSuspended { id: CredentialId },
		CredentialReinstated { id: CredentialId },
		CredentialRevoked { id: CredentialId, by: T::AccountId },
		/// Recorded by the sweep; the credential read as expired from `at` on.
		CredentialExpired { id: CredentialId, at: BlockNumberFor<T> },
		CredentialRemoved { id: CredentialId, deposit_released: BalanceOf<T> },
		CeRequirementSet { hours: u32, period: BlockNumberFor<T> },
		RequiredTrainingSet { modules: TrainingSet },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not an accredited issuer.
		NotAccredited,
		/// The issuer is suspended.
		IssuerSuspended,
		/// The issuer is not suspended, so there is nothing to reinstate.
		IssuerNotSuspended,
		/// The issuer is not accredited for this kind of credential.
		KindNotAccredited,
		/// The issuer is not accredited for this jurisdiction.
		JurisdictionNotAccredited,
		/// An accreditation must name at least one kind.
		NoKinds,
		/// A kind or jurisdiction is listed twice.
		DuplicateInAccreditation,
		/// Too many kinds or jurisdictions.
		TooManyInAccreditation,
		/// A jurisdiction code is malformed.
		MalformedJurisdiction,
		/// No delegation with this id.
		UnknownDelegation,
		/// The caller is not the delegate of this delegation.
		NotDelegate,
		/// The delegation does not allow issuing.
		DelegationCannotIssue,
		/// The delegation does not allow delegating further.
		DelegationCannotDelegate,
		/// The delegation, or one above it, was revoked.
		DelegationRevoked,
		/// The chain of delegations would be longer than allowed.
		DelegationTooDeep,
		/// A delegation must allow issuing, delegating or both.
		EmptyDelegation,
		/// The caller has made the maximum number of delegations.
		TooManyDelegations,
		/// Only the delegator or someone above it may do this.
		NotInAuthorityChain,
		/// No credential with this id.
		UnknownCredential,
		/// This commitment is already attested.
		DuplicateCommitment,
		/// Licenses and background checks need an expiry.
		ExpiryRequired,
		/// The expiry is not after the current block.
		ExpiryNotInFuture,
		/// The subject holds the maximum number of credentials.
		TooManyCredentials,
		/// The credential is revoked.
		AlreadyRevoked,
		/// The credential has expired.
		CredentialExpired,
		/// The credential is not active.
		NotActive,
		/// The credential is not suspended.
		NotSuspended,
		/// Only expired or revoked credentials (or those of an inactive issuer) can be removed.
		StillValid,
		/// Only the subject, the depositor or the issuer chain may remove a credential.
		NotAllowedToRemove,
		/// The caller cannot pay the deposit.
		CannotPayDeposit,
		/// The continuing-education period must be at least one block.
		ZeroPeriod,
		/// More continuing-education hours than [`Config::MaxCeHours`].
		TooManyCeHours,
		/// A training module is listed twice.
		DuplicateModule,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::sweep_expiries(now)
		}

		fn integrity_test() {
			assert!(T::MaxKindsPerIssuer::get() >= 1, "an issuer must be accreditable for a kind");
			assert!(T::MaxDelegationDepth::get() >= 1, "delegation depth of zero disables delegation");
			assert!(T::MaxExpiriesPerBlock::get() >= 1, "the expiry sweep must make progress");
			assert!(T::MaxCredentialsPerSubject::get() >= 1, "subjects must hold credentials");
			assert!(T::MaxDelegationsPerDelegator::get() >= 1, "delegation needs room for one");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Accredit `issuer` for `kinds` in `jurisdictions`, or replace an existing
		/// accreditation (its status is kept).
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `NoKinds`, `DuplicateInAccreditation`, `TooManyInAccreditation`,
		///   `MalformedJurisdiction`.
		/// - Event: [`Event::IssuerAccredited`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::accredit_issuer(kinds.len() as u32, jurisdictions.len() as u32))]
		pub fn accredit_issuer(
			origin: OriginFor<T>,
			issuer: T::AccountId,
			kinds: Vec<KindTag>,
			jurisdictions: Vec<Jurisdiction>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(!kinds.is_empty(), Error::<T>::NoKinds);
			ensure!(jurisdictions.iter().all(Jurisdiction::is_well_formed), Error::<T>::MalformedJurisdiction);
			let kinds = Self::sorted_unique(kinds)?;
			let jurisdictions = Self::sorted_unique(jurisdictions)?;
			let status =
				Issuers::<T>::get(&issuer).map(|info| info.status).unwrap_or(IssuerStatus::Active);
			Issuers::<T>::insert(&issuer, IssuerInfo { status, kinds, jurisdictions });
			Self::deposit_event(Event::IssuerAccredited { issuer });
			Ok(())
		}

		/// Suspend an issuer: it cannot issue, and its credentials read as `IssuerInactive`.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `NotAccredited`, `IssuerSuspended`.
		/// - Event: [`Event::IssuerSuspended`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::suspend_issuer())]
		pub fn suspend_issuer(origin: OriginFor<T>, issuer: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::switch_issuer_status(&issuer, IssuerStatus::Suspended, Error::<T>::IssuerSuspended)?;
			Self::deposit_event(Event::IssuerSuspended { issuer });
			Ok(())
		}

		/// Lift an issuer's suspension.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `NotAccredited`, `IssuerNotSuspended`.
		/// - Event: [`Event::IssuerReinstated`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reinstate_issuer())]
		pub fn reinstate_issuer(origin: OriginFor<T>, issuer: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::switch_issuer_status(&issuer, IssuerStatus::Active, Error::<T>::IssuerNotSuspended)?;
			Self::deposit_event(Event::IssuerReinstated { issuer });
			Ok(())
		}

		/// Withdraw an accreditation. Its credentials stay stored and read as
		/// `IssuerInactive` (see the crate docs); nothing is iterated.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `NotAccredited`.
		/// - Event: [`Event::IssuerRemoved`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_issuer())]
		pub fn remove_issuer(origin: OriginFor<T>, issuer: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Issuers::<T>::take(&issuer).ok_or(Error::<T>::NotAccredited)?;
			Self::deposit_event(Event::IssuerRemoved { issuer });
			Ok(())
		}

		/// Let `delegate` issue and/or delegate on the caller's behalf. The caller is an active
		/// accredited issuer (`parent = None`) or the delegate of `parent`, which must allow
		/// delegating. Holds a deposit from the caller.
		///
		/// - Origin: signed.
		/// - Errors: `EmptyDelegation`, `NotAccredited`, `IssuerSuspended`, `UnknownDelegation`,
		///   `NotDelegate`, `DelegationCannotDelegate`, `DelegationRevoked`, `DelegationTooDeep`,
		///   `TooManyDelegations`, `CannotPayDeposit`.
		/// - Event: [`Event::DelegationAdded`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::add_delegation(T::MaxDelegationDepth::get() as u32))]
		pub fn add_delegation(
			origin: OriginFor<T>,
			parent: Option<DelegationId>,
			delegate: T::AccountId,
			can_issue: bool,
			can_delegate: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(can_issue || can_delegate, Error::<T>::EmptyDelegation);
			let (root_issuer, depth) = match parent {
				None => {
					Self::ensure_active_issuer(&who)?;
					(who.clone(), 1u8)
				},
				Some(parent_id) => {
					let parent = Self::usable_delegation(parent_id, &who)?;
					ensure!(parent.can_delegate, Error::<T>::DelegationCannotDelegate);
					Self::ensure_active_issuer(&parent.root_issuer)?;
					(parent.root_issuer, parent.depth.saturating_add(1))
				},
			};
			ensure!(depth <= T::MaxDelegationDepth::get(), Error::<T>::DelegationTooDeep);
			DelegationCount::<T>::try_mutate(&who, |count| {
				ensure!(*count < T::MaxDelegationsPerDelegator::get(), Error::<T>::TooManyDelegations);
				*count += 1;
				Ok::<_, DispatchError>(())
			})?;
			let mut delegation = Delegation {
				root_issuer,
				parent,
				delegator: who.clone(),
				delegate: delegate.clone(),
				depth,
				can_issue,
				can_delegate,
				deposit: Zero::zero(),
			};
			delegation.deposit = Self::deposit_for(delegation.encoded_size());
			Self::hold(&HoldReason::DelegationDeposit, &who, delegation.deposit)?;
			let id = NextDelegationId::<T>::mutate(|next| {
				let id = *next;
				*next = next.saturating_add(1);
				id
			});
			Delegations::<T>::insert(id, delegation);
			Self::deposit_event(Event::DelegationAdded { id, delegator: who, delegate });
			Ok(())
		}

		/// Revoke a delegation, and so everything delegated under it. Its deposit is returned to
		/// the delegator. Credentials already issued under it read as `IssuerInactive`.
		///
		/// - Origin: signed; the delegator, the root issuer, or a delegate above it.
		/// - Errors: `UnknownDelegation`, `NotInAuthorityChain`.
		/// - Event: [`Event::DelegationRevoked`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::revoke_delegation(T::MaxDelegationDepth::get() as u32))]
		pub fn revoke_delegation(origin: OriginFor<T>, id: DelegationId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let delegation = Delegations::<T>::get(id).ok_or(Error::<T>::UnknownDelegation)?;
			ensure!(
				delegation.delegator == who || Self::is_above(&who, &delegation.root_issuer, delegation.parent),
				Error::<T>::NotInAuthorityChain
			);
			Delegations::<T>::remove(id);
			DelegationCount::<T>::mutate_exists(&delegation.delegator, |count| {
				*count = count.map(|c| c.saturating_sub(1)).filter(|c| *c > 0);
			});
			Self::release(&HoldReason::DelegationDeposit, &delegation.delegator, delegation.deposit)?;
			Self::deposit_event(Event::DelegationRevoked { id, by: who });
			Ok(())
		}

		/// Issue a credential to `subject`. The caller is an active issuer accredited for the
		/// kind (and its jurisdiction), or acts under `delegation`, which must allow issuing.
		/// Holds a deposit from the caller.
		///
		/// - Origin: signed.
		/// - Errors: `NotAccredited`, `IssuerSuspended`, `KindNotAccredited`,
		///   `JurisdictionNotAccredited`, `MalformedJurisdiction`, `UnknownDelegation`,
		///   `NotDelegate`, `DelegationCannotIssue`, `DelegationRevoked`, `ExpiryRequired`,
		///   `ExpiryNotInFuture`, `DuplicateCommitment`, `TooManyCredentials`, `CannotPayDeposit`.
		/// - Event: [`Event::CredentialIssued`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::issue(T::MaxDelegationDepth::get() as u32).saturating_add(T::AuditTrail::weight()))]
		pub fn issue(
			origin: OriginFor<T>,
			subject: T::AccountId,
			kind: CredentialKind,
			commitment: H256,
			valid_until: Option<BlockNumberFor<T>>,
			delegation: Option<DelegationId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let issuer = match delegation {
				None => who.clone(),
				Some(id) => {
					let delegation = Self::usable_delegation(id, &who)?;
					ensure!(delegation.can_issue, Error::<T>::DelegationCannotIssue);
					delegation.root_issuer
				},
			};
			Self::ensure_may_attest(&issuer, &kind)?;
			let now = frame_system::Pallet::<T>::block_number();
			match valid_until {
				Some(until) => ensure!(until > now, Error::<T>::ExpiryNotInFuture),
				None => ensure!(!kind.requires_expiry(), Error::<T>::ExpiryRequired),
			}
			ensure!(!CommitmentIndex::<T>::contains_key(commitment), Error::<T>::DuplicateCommitment);

			let id = NextCredentialId::<T>::get();
			CredentialsOf::<T>::try_mutate(&subject, |ids| ids.try_push(id))
				.map_err(|_| Error::<T>::TooManyCredentials)?;
			let tag = kind.tag();
			let mut credential = Credential {
				subject: subject.clone(),
				kind,
				issuer: issuer.clone(),
				delegation,
				commitment,
				issued_at: now,
				valid_until,
				status: CredentialStatus::Active,
				depositor: who.clone(),
				deposit: Zero::zero(),
			};
			// The deposit pays for the credential, its commitment index entry and its place in
			// the subject's list and the expiry queue.
			let stored = credential.encoded_size()
				.saturating_add(H256::max_encoded_len())
				.saturating_add(2 * CredentialId::max_encoded_len());
			credential.deposit = Self::deposit_for(stored);
			Self::hold(&HoldReason::CredentialDeposit, &who, credential.deposit)?;

			NextCredentialId::<T>::put(id.saturating_add(1));
			CommitmentIndex::<T>::insert(commitment, id);
			if let Some(until) = valid_until {
				ExpiryQueue::<T>::insert(until, id, ());
			}
			CredentialById::<T>::insert(id, credential);
			T::AuditTrail::record(&subject, Some(&who), AuditEvent::Credential { id, change: CredentialChange::Issued });
			Self::deposit_event(Event::CredentialIssued { id, subject, issuer, kind: tag });
			Ok(())
		}

		/// Extend (or shorten) a credential's validity; an expired one becomes valid again.
		///
		/// - Origin: signed; the issuer or someone in the delegation chain it was issued under,
		///   who must still be allowed to issue it.
		/// - Errors: `UnknownCredential`, `NotInAuthorityChain`, `AlreadyRevoked`,
		///   `ExpiryNotInFuture`, plus the issuing checks.
		/// - Event: [`Event::CredentialRenewed`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::renew(T::MaxDelegationDepth::get() as u32).saturating_add(T::AuditTrail::weight()))]
		pub fn renew(
			origin: OriginFor<T>,
			id: CredentialId,
			valid_until: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut credential = Self::credential_for_authority(id, &who)?;
			ensure!(credential.status != CredentialStatus::Revoked, Error::<T>::AlreadyRevoked);
			Self::ensure_may_attest(&credential.issuer, &credential.kind)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(valid_until > now, Error::<T>::ExpiryNotInFuture);
			if let Some(old) = credential.valid_until {
				ExpiryQueue::<T>::remove(old, id);
			}
			ExpiryQueue::<T>::insert(valid_until, id, ());
			credential.valid_until = Some(valid_until);
			if credential.status == CredentialStatus::Expired {
				credential.status = CredentialStatus::Active;
			}
			Self::store_and_audit(&who, id, credential, CredentialChange::Renewed);
			Self::deposit_event(Event::CredentialRenewed { id, valid_until });
			Ok(())
		}

		/// Suspend a credential (e.g. during an investigation); it stops counting.
		///
		/// - Origin: signed; the issuer chain of the credential.
		/// - Errors: `UnknownCredential`, `NotInAuthorityChain`, `CredentialExpired`, `NotActive`.
		/// - Event: [`Event::CredentialSuspended`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::suspend(T::MaxDelegationDepth::get() as u32).saturating_add(T::AuditTrail::weight()))]
		pub fn suspend(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut credential = Self::credential_for_authority(id, &who)?;
			ensure!(!Self::is_expired(&credential), Error::<T>::CredentialExpired);
			ensure!(credential.status == CredentialStatus::Active, Error::<T>::NotActive);
			credential.status = CredentialStatus::Suspended;
			Self::store_and_audit(&who, id, credential, CredentialChange::Suspended);
			Self::deposit_event(Event::CredentialSuspended { id });
			Ok(())
		}

		/// Lift a credential's suspension.
		///
		/// - Origin: signed; the issuer chain of the credential.
		/// - Errors: `UnknownCredential`, `NotInAuthorityChain`, `NotSuspended`.
		/// - Event: [`Event::CredentialReinstated`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::reinstate(T::MaxDelegationDepth::get() as u32).saturating_add(T::AuditTrail::weight()))]
		pub fn reinstate(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut credential = Self::credential_for_authority(id, &who)?;
			ensure!(credential.status == CredentialStatus::Suspended, Error::<T>::NotSuspended);
			credential.status = CredentialStatus::Active;
			Self::store_and_audit(&who, id, credential, CredentialChange::Reinstated);
			Self::deposit_event(Event::CredentialReinstated { id });
			Ok(())
		}

		/// Revoke a credential for good.
		///
		/// - Origin: signed; the issuer, or anyone in the delegation chain it was issued under
		///   (a delegate or anyone above it).
		/// - Errors: `UnknownCredential`, `NotInAuthorityChain`, `AlreadyRevoked`.
		/// - Event: [`Event::CredentialRevoked`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::revoke(T::MaxDelegationDepth::get() as u32).saturating_add(T::AuditTrail::weight()))]
		pub fn revoke(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut credential = Self::credential_for_authority(id, &who)?;
			ensure!(credential.status != CredentialStatus::Revoked, Error::<T>::AlreadyRevoked);
			credential.status = CredentialStatus::Revoked;
			if let Some(until) = credential.valid_until {
				ExpiryQueue::<T>::remove(until, id);
			}
			Self::store_and_audit(&who, id, credential, CredentialChange::Revoked);
			Self::deposit_event(Event::CredentialRevoked { id, by: who });
			Ok(())
		}

		/// Remove a credential that no longer counts (expired, revoked, or of an inactive
		/// issuer) and release its deposit to whoever paid it.
		///
		/// - Origin: signed; the subject, the depositor or the issuer chain.
		/// - Errors: `UnknownCredential`, `NotAllowedToRemove`, `StillValid`.
		/// - Event: [`Event::CredentialRemoved`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::remove(T::MaxCredentialsPerSubject::get()))]
		pub fn remove(origin: OriginFor<T>, id: CredentialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let credential = CredentialById::<T>::get(id).ok_or(Error::<T>::UnknownCredential)?;
			ensure!(
				who == credential.subject ||
					who == credential.depositor ||
					Self::in_authority_chain(&who, &credential),
				Error::<T>::NotAllowedToRemove
			);
			let status = Self::effective_status_of(&credential, frame_system::Pallet::<T>::block_number());
			ensure!(status != EffectiveStatus::Active && status != EffectiveStatus::Suspended, Error::<T>::StillValid);

			CredentialById::<T>::remove(id);
			CommitmentIndex::<T>::remove(credential.commitment);
			CredentialsOf::<T>::mutate(&credential.subject, |ids| ids.retain(|x| *x != id));
			if let Some(until) = credential.valid_until {
				ExpiryQueue::<T>::remove(until, id);
			}
			Self::release(&HoldReason::CredentialDeposit, &credential.depositor, credential.deposit)?;
			Self::deposit_event(Event::CredentialRemoved { id, deposit_released: credential.deposit });
			Ok(())
		}

		/// Set the continuing-education requirement: `hours` within every `period` blocks.
		///
		/// - Origin: [`Config::RequirementsOrigin`].
		/// - Errors: `ZeroPeriod`, `TooManyCeHours`.
		/// - Event: [`Event::CeRequirementSet`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_ce_requirement())]
		pub fn set_ce_requirement(
			origin: OriginFor<T>,
			hours: u32,
			period: BlockNumberFor<T>,
		) -> DispatchResult {
			T::RequirementsOrigin::ensure_origin(origin)?;
			ensure!(!period.is_zero(), Error::<T>::ZeroPeriod);
			ensure!(hours <= T::MaxCeHours::get(), Error::<T>::TooManyCeHours);
			CeRequirement::<T>::put((hours, period));
			Self::deposit_event(Event::CeRequirementSet { hours, period });
			Ok(())
		}

		/// Set the training modules every professional must have completed.
		///
		/// - Origin: [`Config::RequirementsOrigin`].
		/// - Errors: `DuplicateModule`.
		/// - Event: [`Event::RequiredTrainingSet`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::set_required_training())]
		pub fn set_required_training(
			origin: OriginFor<T>,
			modules: TrainingSet,
		) -> DispatchResult {
			T::RequirementsOrigin::ensure_origin(origin)?;
			let mut sorted = modules.clone();
			sorted.sort();
			ensure!(sorted.windows(2).all(|w| w[0] != w[1]), Error::<T>::DuplicateModule);
			RequiredTraining::<T>::put(sorted.clone());
			Self::deposit_event(Event::RequiredTrainingSet { modules: sorted });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		fn sorted_unique<V: Ord, S: Get<u32>>(mut items: Vec<V>) -> Result<BoundedVec<V, S>, DispatchError> {
			items.sort();
			let len = items.len();
			items.dedup();
			ensure!(items.len() == len, Error::<T>::DuplicateInAccreditation);
			BoundedVec::try_from(items).map_err(|_| Error::<T>::TooManyInAccreditation.into())
		}

		pub(crate) fn ensure_active_issuer(who: &T::AccountId) -> Result<IssuerOf<T>, DispatchError> {
			let info = Issuers::<T>::get(who).ok_or(Error::<T>::NotAccredited)?;
			ensure!(info.status == IssuerStatus::Active, Error::<T>::IssuerSuspended);
			Ok(info)
		}

		/// The issuer is active and accredited for this kind and its jurisdiction.
		fn ensure_may_attest(issuer: &T::AccountId, kind: &CredentialKind) -> DispatchResult {
			let info = Self::ensure_active_issuer(issuer)?;
			ensure!(info.kinds.contains(&kind.tag()), Error::<T>::KindNotAccredited);
			if let Some(jurisdiction) = kind.jurisdiction() {
				ensure!(jurisdiction.is_well_formed(), Error::<T>::MalformedJurisdiction);
				ensure!(
					info.jurisdictions.iter().any(|scope| jurisdiction.is_within(scope)),
					Error::<T>::JurisdictionNotAccredited
				);
			}
			Ok(())
		}

		/// A delegation `who` is the delegate of, with every delegation above it still in place.
		fn usable_delegation(id: DelegationId, who: &T::AccountId) -> Result<DelegationOf<T>, DispatchError> {
			let delegation = Delegations::<T>::get(id).ok_or(Error::<T>::UnknownDelegation)?;
			ensure!(&delegation.delegate == who, Error::<T>::NotDelegate);
			ensure!(Self::chain_intact(delegation.parent), Error::<T>::DelegationRevoked);
			Ok(delegation)
		}

		/// Moves an issuer to `to`; `wrong_status` when it is not in the other status.
		fn switch_issuer_status(
			issuer: &T::AccountId,
			to: IssuerStatus,
			wrong_status: Error<T>,
		) -> DispatchResult {
			Issuers::<T>::try_mutate(issuer, |info| {
				let info = info.as_mut().ok_or(Error::<T>::NotAccredited)?;
				ensure!(info.status != to, wrong_status);
				info.status = to;
				Ok(())
			})
		}

		/// Walks the delegations from `from` up to the root issuer, at most
		/// `MaxDelegationDepth` of them, until `stop` says so. `Some(stopped)` when the walk
		/// ended by `stop` or at the root; `None` when a delegation on the way no longer exists.
		fn walk_up(mut from: Option<DelegationId>, mut stop: impl FnMut(&DelegationOf<T>) -> bool) -> Option<bool> {
			for _ in 0..=T::MaxDelegationDepth::get() {
				let Some(id) = from else { return Some(false) };
				let delegation = Delegations::<T>::get(id)?;
				if stop(&delegation) {
					return Some(true);
				}
				from = delegation.parent;
			}
			None
		}

		/// Every delegation from `parent` up to the root still exists (none was revoked).
		pub(crate) fn chain_intact(parent: Option<DelegationId>) -> bool {
			Self::walk_up(parent, |_| false).is_some()
		}

		/// `who` is the root issuer or the delegate of `from` or of a delegation above it.
		fn is_above(who: &T::AccountId, root_issuer: &T::AccountId, from: Option<DelegationId>) -> bool {
			who == root_issuer || Self::walk_up(from, |d| &d.delegate == who) == Some(true)
		}

		fn in_authority_chain(who: &T::AccountId, credential: &CredentialOf<T>) -> bool {
			Self::is_above(who, &credential.issuer, credential.delegation)
		}

		/// Stores a credential whose standing `who` changed, and records the change in its
		/// subject's audit trail.
		fn store_and_audit(who: &T::AccountId, id: CredentialId, credential: CredentialOf<T>, change: CredentialChange) {
			T::AuditTrail::record(&credential.subject, Some(who), AuditEvent::Credential { id, change });
			CredentialById::<T>::insert(id, credential);
		}

		fn credential_for_authority(id: CredentialId, who: &T::AccountId) -> Result<CredentialOf<T>, DispatchError> {
			let credential = CredentialById::<T>::get(id).ok_or(Error::<T>::UnknownCredential)?;
			ensure!(Self::in_authority_chain(who, &credential), Error::<T>::NotInAuthorityChain);
			Ok(credential)
		}

		pub(crate) fn is_expired(credential: &CredentialOf<T>) -> bool {
			let now = frame_system::Pallet::<T>::block_number();
			credential.status == CredentialStatus::Expired ||
				credential.valid_until.is_some_and(|until| until <= now)
		}

		/// How a credential reads at block `at`.
		pub fn effective_status_of(credential: &CredentialOf<T>, at: BlockNumberFor<T>) -> EffectiveStatus {
			Self::effective_status_with(credential, at, |issuer| {
				Issuers::<T>::get(issuer).is_some_and(|info| info.status == IssuerStatus::Active)
			})
		}

		/// As [`Self::effective_status_of`], asking `issuer_active` whether an issuer is active
		/// (so that a caller reading many credentials of one issuer can remember the answer).
		pub(crate) fn effective_status_with(
			credential: &CredentialOf<T>,
			at: BlockNumberFor<T>,
			issuer_active: impl FnOnce(&T::AccountId) -> bool,
		) -> EffectiveStatus {
			match credential.status {
				CredentialStatus::Revoked => return EffectiveStatus::Revoked,
				CredentialStatus::Expired => return EffectiveStatus::Expired,
				_ => {},
			}
			if credential.valid_until.is_some_and(|until| until <= at) {
				return EffectiveStatus::Expired;
			}
			let issuer_active = issuer_active(&credential.issuer);
			let delegation_intact = match credential.delegation {
				None => true,
				Some(id) => Delegations::<T>::contains_key(id) &&
					Self::chain_intact(Some(id)),
			};
			if !issuer_active || !delegation_intact {
				return EffectiveStatus::IssuerInactive;
			}
			match credential.status {
				CredentialStatus::Suspended => EffectiveStatus::Suspended,
				_ => EffectiveStatus::Active,
			}
		}

		/// How credential `id` reads now, if it exists.
		pub fn effective_status(id: CredentialId) -> Option<EffectiveStatus> {
			let now = frame_system::Pallet::<T>::block_number();
			CredentialById::<T>::get(id).map(|c| Self::effective_status_of(&c, now))
		}

		/// All credentials of `subject` with how they read now.
		pub fn credentials_of(subject: &T::AccountId) -> Vec<(CredentialId, CredentialOf<T>, EffectiveStatus)> {
			let now = frame_system::Pallet::<T>::block_number();
			CredentialsOf::<T>::get(subject)
				.into_iter()
				.filter_map(|id| CredentialById::<T>::get(id).map(|c| {
					let status = Self::effective_status_of(&c, now);
					(id, c, status)
				}))
				.collect()
		}

		/// `DepositBase + DepositPerByte × bytes`.
		pub fn deposit_for(bytes: usize) -> BalanceOf<T> {
			let bytes: BalanceOf<T> = (bytes as u64).saturated_into();
			T::DepositBase::get().saturating_add(T::DepositPerByte::get().saturating_mul(bytes))
		}

		fn hold(reason: &HoldReason, who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
			T::Currency::hold(&(*reason).into(), who, amount)
				.map_err(|_| Error::<T>::CannotPayDeposit.into())
		}

		fn release(reason: &HoldReason, who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
			T::Currency::release(&(*reason).into(), who, amount, Precision::BestEffort).map(|_| ())
		}
	}
}
