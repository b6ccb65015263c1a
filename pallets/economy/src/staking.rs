//! Time-locked staking with rewards reserved up front and accrued lazily; inflation minting;
//! fee-discount tiers.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
		Contains, Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedInto, Zero},
	Perbill, Percent,
};

impl<T: Config> Pallet<T> {
	/// The terms MentalVerse published; governance's terms must lie within them.
	pub fn published_terms(pool: StakingPool) -> PoolTerms<BalanceOf<T>> {
		let unit = T::Unit::get();
		match pool {
			StakingPool::General => PoolTerms {
				min_stake: unit.saturating_mul(100u32.into()),
				min_lock_days: 30,
				max_lock_days: 365,
				min_apy: Perbill::from_percent(5),
				max_apy: Perbill::from_percent(15),
			},
			StakingPool::Professional => PoolTerms {
				min_stake: unit.saturating_mul(1_000u32.into()),
				min_lock_days: 90,
				max_lock_days: 730,
				min_apy: Perbill::from_percent(8),
				max_apy: Perbill::from_percent(20),
			},
		}
	}

	/// The terms in force for new positions.
	pub fn terms(pool: StakingPool) -> PoolTerms<BalanceOf<T>> {
		Terms::<T>::get(pool).unwrap_or_else(|| Self::published_terms(pool))
	}

	/// What a rewards pool can pay beyond its reserved staking rewards (keeping it alive).
	pub fn unreserved(pool: RewardsPool) -> BalanceOf<T> {
		T::Currency::reducible_balance(&Self::pool_account(pool), Preservation::Preserve, Fortitude::Polite)
			.saturating_sub(Liabilities::<T>::get(pool))
	}

	/// Rewards a position has earned by block `now` (claimed or not).
	pub fn earned(position: &PositionOf<T>, now: BlockNumberFor<T>) -> BalanceOf<T> {
		let lock: u128 = position.end.saturating_sub(position.start).unique_saturated_into();
		let elapsed: u128 = now.min(position.end).saturating_sub(position.start).unique_saturated_into();
		if elapsed >= lock {
			return position.promised;
		}
		mul_div(position.promised, elapsed, lock)
	}

	pub(crate) fn do_stake(who: T::AccountId, pool: StakingPool, amount: BalanceOf<T>, lock_days: u32) -> DispatchResult {
		if pool == StakingPool::Professional {
			ensure!(T::Professionals::contains(&who), Error::<T>::NotProfessional);
		}
		let terms = Self::terms(pool);
		ensure!(amount >= terms.min_stake, Error::<T>::BelowMinimumStake);
		ensure!((terms.min_lock_days..=terms.max_lock_days).contains(&lock_days), Error::<T>::LockOutOfRange);
		let apy = terms.apy(lock_days);
		let promised = mul_div(apy.mul_floor(amount), lock_days as u128, DAYS_PER_YEAR as u128);
		let rewards = pool.rewards_from();
		ensure!(promised <= Self::unreserved(rewards), Error::<T>::PoolCannotPay);
		let mut positions = Positions::<T>::get(&who);
		ensure!(!positions.is_full(), Error::<T>::TooManyPositions);
		T::Currency::hold(&HoldReason::Staked.into(), &who, amount).map_err(|_| Error::<T>::InsufficientFunds)?;
		let id = NextPositionId::<T>::mutate(&who, |next| {
			let id = *next;
			*next = next.saturating_add(1);
			id
		});
		let start = frame_system::Pallet::<T>::block_number();
		let end = start.saturating_add(T::BlocksPerDay::get().saturating_mul(lock_days.into()));
		positions
			.try_push(Position { id, pool, amount, lock_days, apy, start, end, promised, paid: Zero::zero() })
			.map_err(|_| Error::<T>::TooManyPositions)?;
		Positions::<T>::insert(&who, positions);
		Liabilities::<T>::mutate(rewards, |owed| *owed = owed.saturating_add(promised));
		Self::deposit_event(Event::Staked { who, position: id, pool, amount, lock_days, apy, promised });
		Ok(())
	}

	/// Pays what `position` earned and has not been paid; returns the amount.
	fn pay_earned(who: &T::AccountId, position: &mut PositionOf<T>) -> Result<BalanceOf<T>, sp_runtime::DispatchError> {
		let due = Self::earned(position, frame_system::Pallet::<T>::block_number()).saturating_sub(position.paid);
		if due.is_zero() {
			return Ok(due);
		}
		let rewards = position.pool.rewards_from();
		T::Currency::transfer(&Self::pool_account(rewards), who, due, Preservation::Preserve)?;
		position.paid = position.paid.saturating_add(due);
		Liabilities::<T>::mutate(rewards, |owed| *owed = owed.saturating_sub(due));
		Self::deposit_event(Event::RewardPaid { who: who.clone(), position: position.id, amount: due });
		Ok(due)
	}

	/// Runs `f` on `who`'s position `id`, storing it back unless `f` says to remove it.
	fn with_position(
		who: &T::AccountId,
		id: u32,
		f: impl FnOnce(&mut PositionOf<T>) -> Result<bool, sp_runtime::DispatchError>,
	) -> DispatchResult {
		Positions::<T>::try_mutate_exists(who, |entry| {
			let positions = entry.as_mut().ok_or(Error::<T>::UnknownPosition)?;
			let at = positions.iter().position(|p| p.id == id).ok_or(Error::<T>::UnknownPosition)?;
			if f(&mut positions[at])? {
				positions.remove(at);
			}
			if positions.is_empty() {
				*entry = None;
			}
			Ok(())
		})
	}

	pub(crate) fn do_claim(who: T::AccountId, id: u32) -> DispatchResult {
		Self::with_position(&who, id, |position| {
			ensure!(!Self::pay_earned(&who, position)?.is_zero(), Error::<T>::NothingToClaim);
			Ok(false)
		})
	}

	pub(crate) fn do_unstake(who: T::AccountId, id: u32) -> DispatchResult {
		Self::with_position(&who, id, |position| {
			ensure!(frame_system::Pallet::<T>::block_number() >= position.end, Error::<T>::StillLocked);
			Self::pay_earned(&who, position)?;
			T::Currency::release(&HoldReason::Staked.into(), &who, position.amount, Precision::Exact)?;
			Self::deposit_event(Event::Unstaked { who: who.clone(), position: id, amount: position.amount });
			Ok(true)
		})
	}

	pub(crate) fn do_exit_early(who: T::AccountId, id: u32) -> DispatchResult {
		Self::with_position(&who, id, |position| {
			ensure!(frame_system::Pallet::<T>::block_number() < position.end, Error::<T>::LockEnded);
			let forfeited = position.promised.saturating_sub(position.paid);
			Liabilities::<T>::mutate(position.pool.rewards_from(), |owed| *owed = owed.saturating_sub(forfeited));
			T::Currency::release(&HoldReason::Staked.into(), &who, position.amount, Precision::Exact)?;
			Self::deposit_event(Event::ExitedEarly { who: who.clone(), position: id, amount: position.amount, forfeited });
			Ok(true)
		})
	}

	pub(crate) fn do_mint_rewards(pool: RewardsPool, amount: BalanceOf<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let year = T::BlocksPerDay::get().saturating_mul(DAYS_PER_YEAR.into());
		let mut inflation = Inflation::<T>::get();
		if inflation.base.is_zero() || now >= inflation.year_start.saturating_add(year) {
			inflation = InflationYear { year_start: now, base: T::Currency::total_issuance(), minted: Zero::zero() };
		}
		let allowed = InflationCap::<T>::get().mul_floor(inflation.base);
		let minted = inflation.minted.saturating_add(amount);
		ensure!(minted <= allowed, Error::<T>::InflationCapExceeded);
		T::Currency::mint_into(&Self::pool_account(pool), amount)?;
		inflation.minted = minted;
		Inflation::<T>::put(inflation);
		Self::deposit_event(Event::RewardsMinted { pool, amount });
		Ok(())
	}

	/// Σ amount × lock days of `who`'s positions still locked.
	pub fn stake_score(who: &T::AccountId) -> u128 {
		let now = frame_system::Pallet::<T>::block_number();
		Positions::<T>::get(who)
			.iter()
			.filter(|p| p.end > now)
			.map(|p| UniqueSaturatedInto::<u128>::unique_saturated_into(p.amount).saturating_mul(p.lock_days as u128))
			.fold(0u128, |sum, score| sum.saturating_add(score))
	}

	/// The discount of the highest tier `who`'s stake score reaches.
	pub fn discount_of(who: &T::AccountId) -> Percent {
		let score = Self::stake_score(who);
		DiscountTiers::<T>::get()
			.iter()
			.take_while(|(threshold, _)| score >= *threshold)
			.last()
			.map_or(Percent::zero(), |(_, discount)| *discount)
	}
}

impl<T: Config> pallet_mv_booking::FeeDiscount<T::AccountId> for Pallet<T> {
	fn platform_fee_discount(therapist: &T::AccountId) -> Percent {
		Self::discount_of(therapist)
	}
}
