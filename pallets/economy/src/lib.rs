//! # Economy pallet: the MVT token economy
//!
//! MVT's economy as MentalVerse published it, exact to the base unit: nothing is minted except
//! by the explicit inflation rule below, nothing is lost except by burns.
//!
//! ## Overview
//!
//! - **Rewards pools**: keyless accounts derived from [`Config::PalletId`] —
//!   [`RewardsPool::Users`] (25% of the genesis supply) and [`RewardsPool::Professionals`]
//!   (15%) — pay staking and loyalty rewards. A pool never promises more than it holds: every
//!   staking reward is reserved in [`Liabilities`] when the stake is made, and loyalty rewards
//!   are paid only from what is not reserved.
//! - **Staking pools** ([`Pallet::stake`]): time-locked, not validator staking. The principal is
//!   held ([`HoldReason::Staked`]) until the lock ends. The rate is fixed when staking:
//!
//!   ```text
//!   apy      = min_apy + (max_apy − min_apy) × (lock_days − min_lock_days) / (max_lock_days − min_lock_days)
//!   promised = amount × apy × lock_days / 365                       (rounded down)
//!   earned(t) = promised × min(t − start, lock) / lock              (blocks, rounded down)
//!   ```
//!
//!   so rewards accrue every block with nothing stored per block and no loop over stakers;
//!   [`Pallet::claim`] pays `earned(now) − paid`. [`Pallet::unstake`] after the lock returns the
//!   principal and the rest of the promise. [`Pallet::exit_early`] returns the principal before
//!   the lock ends and **forfeits the rewards not yet claimed** (claimed rewards stay); the
//!   forfeited promise returns to the pool. General pool: from 100 MVT, 30–365 days, 5–15%;
//!   professional pool (registered therapists): from 1,000 MVT, 90–730 days, 8–20%. Governance
//!   may change the terms within those published ranges; running positions keep theirs.
//! - **Fee discounts**: a therapist's stake score — Σ amount × lock days of its running
//!   positions — selects a tier ([`DiscountTiers`]) that waives part of the booking platform
//!   fee (the booking pallet asks through `FeeDiscount`).
//! - **Loyalty rewards**: when a booking's escrow is released to its therapist (at least
//!   [`LoyaltyTerms::min_paid`]), the client gets [`LoyaltyTerms::client_reward`] from the users
//!   pool and the therapist [`LoyaltyTerms::professional_reward`] from the professionals pool,
//!   at most [`LoyaltyTerms::max_per_period`] each per period. Only released, paid sessions
//!   count, with a credentialed therapist, so a fake session costs its platform fee and its
//!   counterpart's license.
//! - **Inflation**: governance may mint into a rewards pool at most [`InflationCap`] (≤ 5%) of
//!   the issuance at the start of each year ([`Pallet::mint_rewards`]); 0% by default.
//! - **Scholarship fund**: a keyless account anyone may [`Pallet::donate`] to; governance
//!   approves beneficiaries with a cap per period; a booking whose payer is the fund draws on
//!   the client's grant.
//! - **Testnet faucet**: on development and local presets only ([`GenesisConfig::faucet`]):
//!   any account may claim [`Config::FaucetAmount`] once per [`Config::FaucetPeriod`] with an
//!   unsigned transaction (a new account has nothing to pay fees with), at most
//!   [`Config::MaxFaucetClaimsPerBlock`] per block; paid from the faucet account's genesis
//!   balance, never minted.
//!
//! ## Example
//!
//! ```ignore
//! // Stake 500 MVT for 90 days in the general pool, claim later, unstake at the end.
//! Economy::stake(origin.clone(), StakingPool::General, 500 * MVT, 90)?;
//! Economy::claim(origin.clone(), 0)?;
//! Economy::unstake(origin, 0)?;
//! ```

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod faucet;
mod invariants;
mod loyalty;
mod scholarship;
mod staking;
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
/// A stored position.
pub type PositionOf<T> = Position<BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>;
/// Loyalty terms.
pub type LoyaltyTermsOf<T> = LoyaltyTerms<BalanceOf<T>, frame_system::pallet_prelude::BlockNumberFor<T>>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::Contains, PalletId};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{
		traits::{AccountIdConversion, Zero},
		Perbill,
	};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A staked principal, until its lock ends.
		Staked,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		type RuntimeHoldReason: From<HoldReason>;
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ FunMutate<Self::AccountId>;
		/// Sets terms and tiers, mints within the cap, approves scholarship beneficiaries.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Registered therapists (the professional pool is theirs).
		type Professionals: Contains<Self::AccountId>;
		/// Derives the pools', the fund's and the faucet's keyless accounts.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// One MVT in base units: the published figures are in MVT.
		#[pallet::constant]
		type Unit: Get<BalanceOf<Self>>;
		#[pallet::constant]
		type BlocksPerDay: Get<BlockNumberFor<Self>>;
		/// Positions one account may hold.
		#[pallet::constant]
		type MaxPositions: Get<u32>;
		/// Fee-discount tiers.
		#[pallet::constant]
		type MaxTiers: Get<u32>;
		/// Length of a scholarship grant's period.
		#[pallet::constant]
		type GrantPeriod: Get<BlockNumberFor<Self>>;
		/// What one faucet claim pays.
		#[pallet::constant]
		type FaucetAmount: Get<BalanceOf<Self>>;
		/// Blocks between one account's faucet claims.
		#[pallet::constant]
		type FaucetPeriod: Get<BlockNumberFor<Self>>;
		#[pallet::constant]
		type MaxFaucetClaimsPerBlock: Get<u32>;
		type WeightInfo: WeightInfo;
		/// Makes registered therapists for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self::AccountId>;
	}

	/// Each account's positions, by id. Blake2: accounts are chosen by users.
	#[pallet::storage]
	pub type Positions<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BoundedVec<PositionOf<T>, T::MaxPositions>, ValueQuery>;

	/// The next position id of each account.
	#[pallet::storage]
	pub type NextPositionId<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Staking rewards promised and not yet paid, per rewards pool.
	#[pallet::storage]
	pub type Liabilities<T: Config> = StorageMap<_, Twox64Concat, RewardsPool, BalanceOf<T>, ValueQuery>;

	/// Staking pools' terms set by governance (else the published ones).
	#[pallet::storage]
	pub type Terms<T: Config> = StorageMap<_, Twox64Concat, StakingPool, PoolTerms<BalanceOf<T>>>;

	/// Fee-discount tiers, by ascending stake score.
	#[pallet::storage]
	pub type DiscountTiers<T: Config> = StorageValue<_, BoundedVec<Tier, T::MaxTiers>, ValueQuery>;

	/// Loyalty rewards; none until set (genesis or governance).
	#[pallet::storage]
	pub type Loyalty<T: Config> = StorageValue<_, LoyaltyTermsOf<T>>;

	/// Each account's loyalty rewards in its current period.
	#[pallet::storage]
	pub type LoyaltyCounts<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, LoyaltyCount<BlockNumberFor<T>>, ValueQuery>;

	/// Share of the issuance governance may mint into the rewards pools per year (≤ 5%).
	#[pallet::storage]
	pub type InflationCap<T: Config> = StorageValue<_, Perbill, ValueQuery>;

	/// Minting in the current year.
	#[pallet::storage]
	pub type Inflation<T: Config> =
		StorageValue<_, InflationYear<BalanceOf<T>, BlockNumberFor<T>>, ValueQuery>;

	/// Scholarship beneficiaries and their grants.
	#[pallet::storage]
	pub type Grants<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Grant<BalanceOf<T>, BlockNumberFor<T>>>;

	/// The faucet runs (development and local networks only).
	#[pallet::storage]
	pub type FaucetEnabled<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// Each account's last faucet claim.
	#[pallet::storage]
	pub type LastClaim<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, BlockNumberFor<T>>;

	/// Faucet claims served in a block: `(block, claims)`. Keyed by block rather than reset
	/// each block, so the transaction pool (which validates as of the next block without
	/// running hooks) reads it right.
	#[pallet::storage]
	pub type FaucetClaims<T: Config> = StorageValue<_, (BlockNumberFor<T>, u32), ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Run the testnet faucet (never on the production chain).
		pub faucet: bool,
		/// Loyalty rewards from the first block.
		pub loyalty: Option<LoyaltyTermsOf<T>>,
		/// Fee-discount tiers from the first block.
		pub discount_tiers: alloc::vec::Vec<Tier>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			FaucetEnabled::<T>::put(self.faucet);
			if let Some(terms) = self.loyalty {
				Loyalty::<T>::put(terms);
			}
			DiscountTiers::<T>::put(BoundedVec::truncate_from(self.discount_tiers.clone()));
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		Staked { who: T::AccountId, position: u32, pool: StakingPool, amount: BalanceOf<T>, lock_days: u32, apy: Perbill, promised: BalanceOf<T> },
		RewardPaid { who: T::AccountId, position: u32, amount: BalanceOf<T> },
		Unstaked { who: T::AccountId, position: u32, amount: BalanceOf<T> },
		/// Left before the lock ended: `forfeited` unclaimed rewards returned to the pool.
		ExitedEarly { who: T::AccountId, position: u32, amount: BalanceOf<T>, forfeited: BalanceOf<T> },
		TermsSet { pool: StakingPool, terms: PoolTerms<BalanceOf<T>> },
		TiersSet,
		LoyaltySet { terms: LoyaltyTermsOf<T> },
		LoyaltyRewarded { who: T::AccountId, amount: BalanceOf<T> },
		/// `who` reached the per-period cap: no reward.
		LoyaltyCapped { who: T::AccountId },
		/// The pool cannot pay without touching reserved staking rewards: no reward.
		LoyaltyUnfunded { who: T::AccountId, pool: RewardsPool },
		InflationCapSet { cap: Perbill },
		RewardsMinted { pool: RewardsPool, amount: BalanceOf<T> },
		Donated { who: T::AccountId, amount: BalanceOf<T> },
		GrantSet { beneficiary: T::AccountId, cap_per_period: BalanceOf<T> },
		GrantRemoved { beneficiary: T::AccountId },
		FaucetClaimed { who: T::AccountId, amount: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Below the pool's minimum stake.
		BelowMinimumStake,
		/// The lock is outside the pool's range of days.
		LockOutOfRange,
		/// The professional pool is for registered therapists.
		NotProfessional,
		/// The account holds the most positions it may.
		TooManyPositions,
		/// The staker cannot hold the amount.
		InsufficientFunds,
		/// The rewards pool cannot reserve the rewards this stake would earn.
		PoolCannotPay,
		/// No such position.
		UnknownPosition,
		/// The lock has not ended.
		StillLocked,
		/// The lock has ended: unstake instead.
		LockEnded,
		/// Nothing to claim yet.
		NothingToClaim,
		/// Terms outside the published ranges.
		TermsOutOfBounds,
		/// Tiers must rise in score and discount, and fit the bound.
		InvalidTiers,
		/// Loyalty rewards outside the published ranges, or an empty period.
		InvalidLoyaltyTerms,
		/// The inflation cap is at most 5% a year.
		InflationCapTooHigh,
		/// Minting this would exceed this year's inflation cap.
		InflationCapExceeded,
		/// Not a scholarship beneficiary.
		NotBeneficiary,
		/// The beneficiary's grant for this period is used up.
		GrantExhausted,
		/// Nothing to donate.
		ZeroAmount,
		/// The faucet runs on development and test networks only.
		FaucetDisabled,
		/// One claim per account per faucet period.
		FaucetTooSoon,
		/// The faucet has served its claims for this block.
		FaucetBusy,
		/// The faucet is empty.
		FaucetEmpty,
	}

	#[pallet::extra_constants]
	impl<T: Config> Pallet<T> {
		/// The user rewards pool's account.
		pub fn users_pool_account() -> T::AccountId {
			Self::pool_account(RewardsPool::Users)
		}

		/// The professional rewards pool's account.
		pub fn professionals_pool_account() -> T::AccountId {
			Self::pool_account(RewardsPool::Professionals)
		}

		/// The scholarship fund's account: donate to it, name it as a booking's payer.
		pub fn scholarship_account() -> T::AccountId {
			T::PalletId::get().into_sub_account_truncating(b"schlrshp")
		}

		/// The testnet faucet's account.
		pub fn faucet_account() -> T::AccountId {
			T::PalletId::get().into_sub_account_truncating(b"faucet")
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn integrity_test() {
			assert!(!T::BlocksPerDay::get().is_zero(), "a day has blocks");
			assert!(T::MaxPositions::get() > 0, "staking needs a position");
			for pool in StakingPool::ALL {
				let published = Self::published_terms(pool);
				assert!(published.within(&published), "published terms are consistent");
			}
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stake `amount` in `pool` for `lock_days`; the rewards of the whole lock are reserved
		/// in the pool's rewards pool.
		///
		/// - Origin: signed.
		/// - Errors: `NotProfessional`, `BelowMinimumStake`, `LockOutOfRange`,
		///   `TooManyPositions`, `PoolCannotPay`, `InsufficientFunds`.
		/// - Event: [`Event::Staked`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::stake())]
		pub fn stake(origin: OriginFor<T>, pool: StakingPool, amount: BalanceOf<T>, lock_days: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_stake(who, pool, amount, lock_days)
		}

		/// Claim a position's rewards earned so far.
		///
		/// - Origin: signed; the staker.
		/// - Errors: `UnknownPosition`, `NothingToClaim`.
		/// - Event: [`Event::RewardPaid`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::claim())]
		pub fn claim(origin: OriginFor<T>, position: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(who, position)
		}

		/// Close a position whose lock has ended: the principal is released and the rest of
		/// its rewards paid.
		///
		/// - Origin: signed; the staker.
		/// - Errors: `UnknownPosition`, `StillLocked`.
		/// - Events: [`Event::RewardPaid`] (if any remain), [`Event::Unstaked`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::unstake())]
		pub fn unstake(origin: OriginFor<T>, position: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unstake(who, position)
		}

		/// Leave before the lock ends: the principal is released, rewards not yet claimed are
		/// forfeited to the pool.
		///
		/// - Origin: signed; the staker.
		/// - Errors: `UnknownPosition`, `LockEnded`.
		/// - Event: [`Event::ExitedEarly`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::exit_early())]
		pub fn exit_early(origin: OriginFor<T>, position: u32) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_exit_early(who, position)
		}

		/// Set a staking pool's terms for new positions, within the published ranges.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `TermsOutOfBounds`.
		/// - Event: [`Event::TermsSet`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_terms())]
		pub fn set_terms(origin: OriginFor<T>, pool: StakingPool, terms: PoolTerms<BalanceOf<T>>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(terms.within(&Self::published_terms(pool)), Error::<T>::TermsOutOfBounds);
			Terms::<T>::insert(pool, terms);
			Self::deposit_event(Event::TermsSet { pool, terms });
			Ok(())
		}

		/// Set the fee-discount tiers: ascending scores, ascending discounts.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `InvalidTiers`.
		/// - Event: [`Event::TiersSet`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_discount_tiers())]
		pub fn set_discount_tiers(origin: OriginFor<T>, tiers: alloc::vec::Vec<Tier>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(tiers.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1), Error::<T>::InvalidTiers);
			let tiers: BoundedVec<_, _> = tiers.try_into().map_err(|_| Error::<T>::InvalidTiers)?;
			DiscountTiers::<T>::put(tiers);
			Self::deposit_event(Event::TiersSet);
			Ok(())
		}

		/// Set the loyalty rewards: client 10–50 MVT, therapist 100–500 MVT per session, a
		/// non-empty period and cap.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `InvalidLoyaltyTerms`.
		/// - Event: [`Event::LoyaltySet`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_loyalty())]
		pub fn set_loyalty(origin: OriginFor<T>, terms: LoyaltyTermsOf<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(Self::loyalty_terms_valid(&terms), Error::<T>::InvalidLoyaltyTerms);
			Loyalty::<T>::put(terms);
			Self::deposit_event(Event::LoyaltySet { terms });
			Ok(())
		}

		/// Set the yearly inflation cap (at most 5%).
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `InflationCapTooHigh`.
		/// - Event: [`Event::InflationCapSet`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_inflation_cap())]
		pub fn set_inflation_cap(origin: OriginFor<T>, cap: Perbill) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(cap <= Perbill::from_percent(5), Error::<T>::InflationCapTooHigh);
			InflationCap::<T>::put(cap);
			Self::deposit_event(Event::InflationCapSet { cap });
			Ok(())
		}

		/// Mint `amount` into a rewards pool, within this year's inflation cap.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `InflationCapExceeded`.
		/// - Event: [`Event::RewardsMinted`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::mint_rewards())]
		pub fn mint_rewards(origin: OriginFor<T>, pool: RewardsPool, amount: BalanceOf<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_mint_rewards(pool, amount)
		}

		/// Give to the scholarship fund.
		///
		/// - Origin: signed.
		/// - Errors: `ZeroAmount`, `InsufficientFunds`.
		/// - Event: [`Event::Donated`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::donate())]
		pub fn donate(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_donate(who, amount)
		}

		/// Approve (or change) a scholarship beneficiary's grant: the fund pays their sessions
		/// up to `cap_per_period` per grant period.
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Event: [`Event::GrantSet`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_grant())]
		pub fn set_grant(origin: OriginFor<T>, beneficiary: T::AccountId, cap_per_period: BalanceOf<T>) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			Grants::<T>::mutate(&beneficiary, |grant| match grant {
				Some(grant) => grant.cap_per_period = cap_per_period,
				None => *grant = Some(Grant { cap_per_period, period_start: now, used: Zero::zero() }),
			});
			Self::deposit_event(Event::GrantSet { beneficiary, cap_per_period });
			Ok(())
		}

		/// End a beneficiary's grant (sessions already booked stay paid).
		///
		/// - Origin: [`Config::GovernanceOrigin`].
		/// - Errors: `NotBeneficiary`.
		/// - Event: [`Event::GrantRemoved`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::remove_grant())]
		pub fn remove_grant(origin: OriginFor<T>, beneficiary: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(Grants::<T>::take(&beneficiary).is_some(), Error::<T>::NotBeneficiary);
			Self::deposit_event(Event::GrantRemoved { beneficiary });
			Ok(())
		}

		/// Claim the testnet faucet for `who`. Unsigned: the transaction pool accepts one claim
		/// per account per faucet period, and a block serves at most the per-block limit.
		///
		/// - Origin: none.
		/// - Errors: `FaucetDisabled`, `FaucetTooSoon`, `FaucetBusy`, `FaucetEmpty`.
		/// - Event: [`Event::FaucetClaimed`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::claim_faucet())]
		pub fn claim_faucet(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			ensure_none(origin)?;
			Self::do_claim_faucet(who)
		}
	}

	#[allow(deprecated)]
	#[pallet::validate_unsigned]
	impl<T: Config> ValidateUnsigned for Pallet<T> {
		type Call = Call<T>;

		fn validate_unsigned(_source: TransactionSource, call: &Self::Call) -> TransactionValidity {
			let Call::claim_faucet { who } = call else { return InvalidTransaction::Call.into() };
			Self::check_faucet(who).map_err(|_| InvalidTransaction::Stale)?;
			ValidTransaction::with_tag_prefix("MvFaucet")
				.priority(0)
				.and_provides(who)
				.longevity(5)
				.propagate(true)
				.build()
		}
	}

	impl<T: Config> Pallet<T> {
		/// The keyless account of a rewards pool.
		pub fn pool_account(pool: RewardsPool) -> T::AccountId {
			let tag: &[u8; 8] = match pool {
				RewardsPool::Users => b"usr-rwds",
				RewardsPool::Professionals => b"pro-rwds",
			};
			T::PalletId::get().into_sub_account_truncating(tag)
		}
	}
}
