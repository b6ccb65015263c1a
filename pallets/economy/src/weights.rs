//! Provisional weights for `pallet_mv_economy` until `scripts/benchmark.sh economy` regenerates
//! this file from the benchmarks.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, unused_variables, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_mv_economy`.
pub trait WeightInfo {
	fn stake() -> Weight;
	fn claim() -> Weight;
	fn unstake() -> Weight;
	fn exit_early() -> Weight;
	fn set_terms() -> Weight;
	fn set_discount_tiers() -> Weight;
	fn set_loyalty() -> Weight;
	fn set_inflation_cap() -> Weight;
	fn mint_rewards() -> Weight;
	fn donate() -> Weight;
	fn set_grant() -> Weight;
	fn remove_grant() -> Weight;
	fn claim_faucet() -> Weight;
}

/// Measured weights, charged with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn stake() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn claim() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn unstake() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn exit_early() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn set_terms() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn set_discount_tiers() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn set_loyalty() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn set_inflation_cap() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn mint_rewards() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn donate() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn set_grant() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn remove_grant() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
	fn claim_faucet() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(10, 10))
	}
}

impl WeightInfo for () {
	fn stake() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn claim() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn unstake() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn exit_early() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn set_terms() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn set_discount_tiers() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn set_loyalty() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn set_inflation_cap() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn mint_rewards() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn donate() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn set_grant() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn remove_grant() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
	fn claim_faucet() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(10, 10))
	}
}
