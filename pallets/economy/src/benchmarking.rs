//! Benchmarks (frame-benchmarking v2) for every call, each over its worst case: the staker's
//! position list nearly full, the professional pool (with its registry check), tiers full.

use super::*;
use crate::Pallet as Economy;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, EnsureOrigin, Get};
use frame_system::RawOrigin;
use sp_runtime::{
	traits::{Saturating, Zero},
	Perbill, Percent,
};

/// Makes accounts registered therapists for the benchmarks.
pub trait BenchmarkHelper<AccountId> {
	fn make_professional(who: &AccountId);
}

fn plenty<T: Config>() -> BalanceOf<T> {
	T::Unit::get().saturating_mul(1_000_000_000u32.into())
}

fn funded<T: Config>(seed: &'static str) -> T::AccountId {
	let who: T::AccountId = account(seed, 0, 0);
	T::Currency::set_balance(&who, plenty::<T>());
	who
}

fn fund_pools<T: Config>() {
	for pool in RewardsPool::ALL {
		T::Currency::set_balance(&Economy::<T>::pool_account(pool), plenty::<T>());
	}
}

/// A therapist with all but one position taken; returns it and the minimum professional stake.
fn professional<T: Config>(positions: u32) -> (T::AccountId, BalanceOf<T>) {
	fund_pools::<T>();
	let who = funded::<T>("therapist");
	T::BenchmarkHelper::make_professional(&who);
	let terms = Economy::<T>::terms(StakingPool::Professional);
	for _ in 0..positions {
		Economy::<T>::stake(RawOrigin::Signed(who.clone()).into(), StakingPool::Professional, terms.min_stake, terms.max_lock_days)
			.expect("stake");
	}
	(who, terms.min_stake)
}

/// A therapist whose last position (of a full list) is half-way through its lock.
fn halfway<T: Config>() -> (T::AccountId, u32) {
	let (who, _) = professional::<T>(T::MaxPositions::get());
	let last = Positions::<T>::get(&who).last().map(|p| (p.id, p.end)).expect("staked");
	let start = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(start.saturating_add((last.1.saturating_sub(start)) / 2u32.into()));
	(who, last.0)
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn stake() {
		let (who, amount) = professional::<T>(T::MaxPositions::get() - 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), StakingPool::Professional, amount, 730);
		assert_eq!(Positions::<T>::get(&who).len() as u32, T::MaxPositions::get());
	}

	#[benchmark]
	fn claim() {
		let (who, id) = halfway::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id);
		assert!(Positions::<T>::get(&who).iter().any(|p| p.id == id && !p.paid.is_zero()));
	}

	#[benchmark]
	fn unstake() {
		let (who, _) = professional::<T>(T::MaxPositions::get());
		let last = Positions::<T>::get(&who).last().map(|p| (p.id, p.end)).expect("staked");
		frame_system::Pallet::<T>::set_block_number(last.1);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), last.0);
		assert_eq!(Positions::<T>::get(&who).len() as u32, T::MaxPositions::get() - 1);
	}

	#[benchmark]
	fn exit_early() {
		let (who, id) = halfway::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id);
		assert_eq!(Positions::<T>::get(&who).len() as u32, T::MaxPositions::get() - 1);
	}

	#[benchmark]
	fn set_terms() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let terms = Economy::<T>::published_terms(StakingPool::Professional);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, StakingPool::Professional, terms);
		assert!(Terms::<T>::contains_key(StakingPool::Professional));
		Ok(())
	}

	#[benchmark]
	fn set_discount_tiers() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let tiers: alloc::vec::Vec<Tier> =
			(1..=T::MaxTiers::get()).map(|n| (n as u128 * 1_000, Percent::from_percent(n.min(100) as u8))).collect();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, tiers);
		assert_eq!(DiscountTiers::<T>::get().len() as u32, T::MaxTiers::get());
		Ok(())
	}

	#[benchmark]
	fn set_loyalty() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let unit = T::Unit::get();
		let terms = LoyaltyTerms {
			client_reward: unit.saturating_mul(10u32.into()),
			professional_reward: unit.saturating_mul(100u32.into()),
			min_paid: unit,
			period: T::BlocksPerDay::get(),
			max_per_period: 4,
		};
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, terms);
		assert_eq!(Loyalty::<T>::get(), Some(terms));
		Ok(())
	}

	#[benchmark]
	fn set_inflation_cap() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Perbill::from_percent(5));
		assert_eq!(InflationCap::<T>::get(), Perbill::from_percent(5));
		Ok(())
	}

	/// The first mint of a year (resets the year's record).
	#[benchmark]
	fn mint_rewards() -> Result<(), BenchmarkError> {
		funded::<T>("holder");
		InflationCap::<T>::put(Perbill::from_percent(5));
		let origin = governance::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, RewardsPool::Users, T::Unit::get());
		assert_eq!(Inflation::<T>::get().minted, T::Unit::get());
		Ok(())
	}

	#[benchmark]
	fn donate() {
		let who = funded::<T>("donor");
		#[extrinsic_call]
		_(RawOrigin::Signed(who), T::Unit::get().saturating_mul(10u32.into()));
		assert!(!T::Currency::balance(&Economy::<T>::scholarship_account()).is_zero());
	}

	#[benchmark]
	fn set_grant() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let beneficiary: T::AccountId = account("beneficiary", 0, 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, beneficiary.clone(), T::Unit::get());
		assert!(Grants::<T>::contains_key(&beneficiary));
		Ok(())
	}

	#[benchmark]
	fn remove_grant() -> Result<(), BenchmarkError> {
		let beneficiary: T::AccountId = account("beneficiary", 0, 0);
		Economy::<T>::set_grant(governance::<T>()?, beneficiary.clone(), T::Unit::get()).expect("grant");
		let origin = governance::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, beneficiary.clone());
		assert!(!Grants::<T>::contains_key(&beneficiary));
		Ok(())
	}

	#[benchmark]
	fn claim_faucet() {
		FaucetEnabled::<T>::put(true);
		T::Currency::set_balance(&Economy::<T>::faucet_account(), plenty::<T>());
		let who: T::AccountId = account("fresh", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::None, who.clone());
		assert!(LastClaim::<T>::contains_key(&who));
	}

	impl_benchmark_test_suite!(Economy, crate::mock::new_test_ext(false), crate::mock::Test);
}
