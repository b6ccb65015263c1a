//! Weights for `pallet_mv_therapists`.
//! Provisional, until `scripts/benchmark.sh therapists` replaces this file with measured ones.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_mv_therapists`.
pub trait WeightInfo {
	fn register() -> Weight;
	fn update_profile() -> Weight;
	fn add_offering() -> Weight;
	fn remove_offering() -> Weight;
	fn set_availability() -> Weight;
	fn pause() -> Weight;
	fn resume() -> Weight;
	fn retire() -> Weight;
	fn suspend() -> Weight;
	fn reinstate() -> Weight;
	fn rate() -> Weight;
}

/// Weights charged with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(63_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn update_profile() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(63_u64))
			.saturating_add(T::DbWeight::get().writes(60_u64))
	}
	fn add_offering() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(63_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn remove_offering() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(63_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn set_availability() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(63_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(62_u64))
			.saturating_add(T::DbWeight::get().writes(60_u64))
	}
	fn resume() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(62_u64))
			.saturating_add(T::DbWeight::get().writes(60_u64))
	}
	fn retire() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(64_u64))
			.saturating_add(T::DbWeight::get().writes(60_u64))
	}
	fn suspend() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(62_u64))
			.saturating_add(T::DbWeight::get().writes(60_u64))
	}
	fn reinstate() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(62_u64))
			.saturating_add(T::DbWeight::get().writes(60_u64))
	}
	fn rate() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(T::DbWeight::get().reads(62_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// For tests.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(63_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn update_profile() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(63_u64))
			.saturating_add(ParityDbWeight::get().writes(60_u64))
	}
	fn add_offering() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(63_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn remove_offering() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(63_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn set_availability() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(63_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn pause() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(62_u64))
			.saturating_add(ParityDbWeight::get().writes(60_u64))
	}
	fn resume() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(62_u64))
			.saturating_add(ParityDbWeight::get().writes(60_u64))
	}
	fn retire() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(64_u64))
			.saturating_add(ParityDbWeight::get().writes(60_u64))
	}
	fn suspend() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(62_u64))
			.saturating_add(ParityDbWeight::get().writes(60_u64))
	}
	fn reinstate() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(62_u64))
			.saturating_add(ParityDbWeight::get().writes(60_u64))
	}
	fn rate() -> Weight {
		Weight::from_parts(500_000_000, 20_000)
			.saturating_add(ParityDbWeight::get().reads(62_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
}
