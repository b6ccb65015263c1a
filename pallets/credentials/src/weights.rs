//! Weights for `pallet-mv-credentials`.
//!
//! PROVISIONAL: these are conservative upper bounds written from the storage accesses of each
//! call (reads/writes counted from the code, execution time bounded generously), not yet the
//! output of `benchmarking.rs` on reference hardware. `scripts/benchmark.sh` (issue 10) replaces
//! this file with generated weights; until then each figure over-estimates, so blocks are
//! under-filled rather than over-long.

#![allow(unused_parens, unused_imports)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::Weight};

/// Weight functions of the credentials pallet.
pub trait WeightInfo {
	fn accredit_issuer(k: u32, j: u32) -> Weight;
	fn suspend_issuer() -> Weight;
	fn reinstate_issuer() -> Weight;
	fn remove_issuer() -> Weight;
	fn add_delegation(d: u32) -> Weight;
	fn revoke_delegation(d: u32) -> Weight;
	fn issue(d: u32) -> Weight;
	fn renew(d: u32) -> Weight;
	fn suspend(d: u32) -> Weight;
	fn reinstate(d: u32) -> Weight;
	fn revoke(d: u32) -> Weight;
	fn remove(c: u32) -> Weight;
	fn set_ce_requirement() -> Weight;
	fn set_required_training() -> Weight;
	fn on_initialize_sweep(e: u32, b: u32) -> Weight;
}

/// 50 µs of execution: an upper bound for one call's own logic on the reference machine.
const BASE: u64 = 50_000_000;
/// 10 µs per delegation level or list element walked.
const PER_ITEM: u64 = 10_000_000;

/// Provisional weights for the runtime (see the module docs).
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn accredit_issuer(k: u32, j: u32) -> Weight {
		Weight::from_parts(BASE + PER_ITEM * (k + j) as u64, 2_000)
			.saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn suspend_issuer() -> Weight {
		Weight::from_parts(BASE, 2_000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn reinstate_issuer() -> Weight {
		Weight::from_parts(BASE, 2_000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn remove_issuer() -> Weight {
		Weight::from_parts(BASE, 2_000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn add_delegation(d: u32) -> Weight {
		Weight::from_parts(BASE + PER_ITEM * d as u64, 4_000)
			.saturating_add(T::DbWeight::get().reads_writes(3 + d as u64, 4))
	}
	fn revoke_delegation(d: u32) -> Weight {
		Weight::from_parts(BASE + PER_ITEM * d as u64, 4_000)
			.saturating_add(T::DbWeight::get().reads_writes(2 + d as u64, 3))
	}
	fn issue(d: u32) -> Weight {
		Weight::from_parts(2 * BASE + PER_ITEM * d as u64, 8_000)
			.saturating_add(T::DbWeight::get().reads_writes(6 + d as u64, 7))
	}
	fn renew(d: u32) -> Weight {
		Weight::from_parts(BASE + PER_ITEM * d as u64, 4_000)
			.saturating_add(T::DbWeight::get().reads_writes(3 + d as u64, 3))
	}
	fn suspend(d: u32) -> Weight {
		Weight::from_parts(BASE + PER_ITEM * d as u64, 4_000)
			.saturating_add(T::DbWeight::get().reads_writes(1 + d as u64, 1))
	}
	fn reinstate(d: u32) -> Weight {
		Weight::from_parts(BASE + PER_ITEM * d as u64, 4_000)
			.saturating_add(T::DbWeight::get().reads_writes(1 + d as u64, 1))
	}
	fn revoke(d: u32) -> Weight {
		Weight::from_parts(BASE + PER_ITEM * d as u64, 4_000)
			.saturating_add(T::DbWeight::get().reads_writes(1 + d as u64, 2))
	}
	fn remove(c: u32) -> Weight {
		Weight::from_parts(2 * BASE + PER_ITEM * c as u64, 8_000)
			.saturating_add(T::DbWeight::get().reads_writes(4 + c as u64, 7))
	}
	fn set_ce_requirement() -> Weight {
		Weight::from_parts(BASE, 0).saturating_add(T::DbWeight::get().writes(1))
	}
	fn set_required_training() -> Weight {
		Weight::from_parts(BASE, 0).saturating_add(T::DbWeight::get().writes(1))
	}
	fn on_initialize_sweep(e: u32, b: u32) -> Weight {
		Weight::from_parts(BASE + PER_ITEM * (e + b) as u64, 4_000)
			.saturating_add(T::DbWeight::get().reads_writes(2 + 2 * e as u64 + b as u64, 1 + 2 * e as u64))
	}
}

/// Zero weights, for tests.
impl WeightInfo for () {
	fn accredit_issuer(_: u32, _: u32) -> Weight { Weight::zero() }
	fn suspend_issuer() -> Weight { Weight::zero() }
	fn reinstate_issuer() -> Weight { Weight::zero() }
	fn remove_issuer() -> Weight { Weight::zero() }
	fn add_delegation(_: u32) -> Weight { Weight::zero() }
	fn revoke_delegation(_: u32) -> Weight { Weight::zero() }
	fn issue(_: u32) -> Weight { Weight::zero() }
	fn renew(_: u32) -> Weight { Weight::zero() }
	fn suspend(_: u32) -> Weight { Weight::zero() }
	fn reinstate(_: u32) -> Weight { Weight::zero() }
	fn revoke(_: u32) -> Weight { Weight::zero() }
	fn remove(_: u32) -> Weight { Weight::zero() }
	fn set_ce_requirement() -> Weight { Weight::zero() }
	fn set_required_training() -> Weight { Weight::zero() }
	fn on_initialize_sweep(_: u32, _: u32) -> Weight { Weight::zero() }
}
