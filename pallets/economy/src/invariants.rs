//! Invariants, checked by `try_state` and after every test.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// - each staker's hold equals its positions' principal;
	/// - each rewards pool's liabilities equal its positions' unpaid promises, and the pool
	///   holds at least that much (it never promised more than it holds);
	/// - positions are consistent: `paid ≤ promised`, `start < end`, ids unique and below the
	///   account's next id;
	/// - scholarship grants never exceed their caps.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut owed: BTreeMap<RewardsPool, BalanceOf<T>> = BTreeMap::new();
		for (who, positions) in Positions::<T>::iter() {
			ensure!(!positions.is_empty(), "empty position list stored");
			let mut principal = BalanceOf::<T>::zero();
			let next = NextPositionId::<T>::get(&who);
			for (n, position) in positions.iter().enumerate() {
				ensure!(position.paid <= position.promised, "paid more than promised");
				ensure!(position.start < position.end, "empty lock");
				ensure!(position.id < next, "position id not yet issued");
				ensure!(positions.iter().skip(n + 1).all(|p| p.id != position.id), "repeated position id");
				principal = principal.saturating_add(position.amount);
				let pool = owed.entry(position.pool.rewards_from()).or_default();
				*pool = pool.saturating_add(position.promised.saturating_sub(position.paid));
			}
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Staked.into(), &who) == principal,
				"staked hold differs from positions"
			);
		}
		for pool in RewardsPool::ALL {
			let liabilities = Liabilities::<T>::get(pool);
			ensure!(owed.get(&pool).copied().unwrap_or_default() == liabilities, "liabilities differ from positions");
			ensure!(T::Currency::balance(&Self::pool_account(pool)) >= liabilities, "pool promised more than it holds");
		}
		for (_, grant) in Grants::<T>::iter() {
			ensure!(grant.used <= grant.cap_per_period, "grant over its cap");
		}
		Ok(())
	}
}
