//! Weights for `pallet_mv_booking`.
//! Provisional, until `scripts/benchmark.sh booking` replaces this file with measured ones.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_mv_booking`.
pub trait WeightInfo {
	fn request() -> Weight;
	fn confirm() -> Weight;
	fn decline() -> Weight;
	fn cancel() -> Weight;
	fn mark_no_show() -> Weight;
	fn complete() -> Weight;
	fn dispute() -> Weight;
	fn resolve_dispute() -> Weight;
	fn waive_fees() -> Weight;
	fn set_policy() -> Weight;
	fn set_bounds() -> Weight;
	fn set_platform_fee() -> Weight;
	fn on_initialize(e: u32, r: u32, ) -> Weight;
}

/// Weights charged with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn request() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn confirm() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn decline() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn mark_no_show() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn complete() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn dispute() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn waive_fees() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn set_policy() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn set_bounds() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn set_platform_fee() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn on_initialize(e: u32, r: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 0)
			.saturating_add(Weight::from_parts(200_000_000, 10_000).saturating_mul((e + r).into()))
			.saturating_add(T::DbWeight::get().reads_writes(10, 10).saturating_mul((e + r).into()))
	}
}

/// For tests.
impl WeightInfo for () {
	fn request() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn confirm() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn decline() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn cancel() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn mark_no_show() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn complete() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn dispute() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn waive_fees() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn set_policy() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn set_bounds() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn set_platform_fee() -> Weight {
		Weight::from_parts(200_000_000, 10_000)
	}
	fn on_initialize(e: u32, r: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 10_000).saturating_mul((e + r + 1).into())
	}
}
