//! Weights for `pallet_mv_compliance`: PROVISIONAL until `scripts/benchmark.sh compliance`
//! generates this file from the benchmarks (issue #8 is not done before it does).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions of `pallet_mv_compliance`.
pub trait WeightInfo {
	fn grant_consent() -> Weight;
	fn revoke_consent() -> Weight;
	fn log_access_consented() -> Weight;
	fn log_access_break_glass() -> Weight;
	fn close_review() -> Weight;
	fn prune_trail(n: u32, ) -> Weight;
	fn set_parameter() -> Weight;
	fn register_custodian() -> Weight;
	fn deregister_custodian() -> Weight;
	fn request_erasure(n: u32, ) -> Weight;
	fn attest_erasure() -> Weight;
	fn close_erasure() -> Weight;
	fn flag_overdue(n: u32, ) -> Weight;
}

/// Weights charged with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn grant_consent() -> Weight {
		Weight::from_parts(60_000_000, 3_600).saturating_add(T::DbWeight::get().reads_writes(3, 3))
	}
	fn revoke_consent() -> Weight {
		Weight::from_parts(60_000_000, 3_600).saturating_add(T::DbWeight::get().reads_writes(2, 2))
	}
	fn log_access_consented() -> Weight {
		Weight::from_parts(120_000_000, 6_000).saturating_add(T::DbWeight::get().reads_writes(6, 4))
	}
	fn log_access_break_glass() -> Weight {
		Weight::from_parts(120_000_000, 6_000).saturating_add(T::DbWeight::get().reads_writes(8, 6))
	}
	fn close_review() -> Weight {
		Weight::from_parts(30_000_000, 3_000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn prune_trail(n: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 3_000)
			.saturating_add(Weight::from_parts(60_000_000, 3_600).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(1, 1))
			.saturating_add(T::DbWeight::get().reads_writes(2, 2).saturating_mul(n.into()))
	}
	fn set_parameter() -> Weight {
		Weight::from_parts(20_000_000, 0).saturating_add(T::DbWeight::get().reads_writes(0, 1))
	}
	fn register_custodian() -> Weight {
		Weight::from_parts(25_000_000, 3_000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn deregister_custodian() -> Weight {
		Weight::from_parts(25_000_000, 3_000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn request_erasure(n: u32, ) -> Weight {
		Weight::from_parts(70_000_000, 4_000)
			.saturating_add(Weight::from_parts(10_000_000, 2_600).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(4, 4))
			.saturating_add(T::DbWeight::get().reads(1).saturating_mul(n.into()))
	}
	fn attest_erasure() -> Weight {
		Weight::from_parts(40_000_000, 4_000).saturating_add(T::DbWeight::get().reads_writes(1, 1))
	}
	fn close_erasure() -> Weight {
		Weight::from_parts(60_000_000, 4_000).saturating_add(T::DbWeight::get().reads_writes(3, 3))
	}
	fn flag_overdue(n: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 4_000)
			.saturating_add(Weight::from_parts(20_000_000, 4_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads_writes(3, 1))
			.saturating_add(T::DbWeight::get().reads_writes(1, 1).saturating_mul(n.into()))
	}
}

impl WeightInfo for () {
	fn grant_consent() -> Weight {
		Weight::from_parts(60_000_000, 3_600).saturating_add(ParityDbWeight::get().reads_writes(3, 3))
	}
	fn revoke_consent() -> Weight {
		Weight::from_parts(60_000_000, 3_600).saturating_add(ParityDbWeight::get().reads_writes(2, 2))
	}
	fn log_access_consented() -> Weight {
		Weight::from_parts(120_000_000, 6_000).saturating_add(ParityDbWeight::get().reads_writes(6, 4))
	}
	fn log_access_break_glass() -> Weight {
		Weight::from_parts(120_000_000, 6_000).saturating_add(ParityDbWeight::get().reads_writes(8, 6))
	}
	fn close_review() -> Weight {
		Weight::from_parts(30_000_000, 3_000).saturating_add(ParityDbWeight::get().reads_writes(1, 1))
	}
	fn prune_trail(n: u32, ) -> Weight {
		Weight::from_parts(40_000_000, 3_000)
			.saturating_add(Weight::from_parts(60_000_000, 3_600).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads_writes(1, 1))
			.saturating_add(ParityDbWeight::get().reads_writes(2, 2).saturating_mul(n.into()))
	}
	fn set_parameter() -> Weight {
		Weight::from_parts(20_000_000, 0).saturating_add(ParityDbWeight::get().reads_writes(0, 1))
	}
	fn register_custodian() -> Weight {
		Weight::from_parts(25_000_000, 3_000).saturating_add(ParityDbWeight::get().reads_writes(1, 1))
	}
	fn deregister_custodian() -> Weight {
		Weight::from_parts(25_000_000, 3_000).saturating_add(ParityDbWeight::get().reads_writes(1, 1))
	}
	fn request_erasure(n: u32, ) -> Weight {
		Weight::from_parts(70_000_000, 4_000)
			.saturating_add(Weight::from_parts(10_000_000, 2_600).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads_writes(4, 4))
			.saturating_add(ParityDbWeight::get().reads(1).saturating_mul(n.into()))
	}
	fn attest_erasure() -> Weight {
		Weight::from_parts(40_000_000, 4_000).saturating_add(ParityDbWeight::get().reads_writes(1, 1))
	}
	fn close_erasure() -> Weight {
		Weight::from_parts(60_000_000, 4_000).saturating_add(ParityDbWeight::get().reads_writes(3, 3))
	}
	fn flag_overdue(n: u32, ) -> Weight {
		Weight::from_parts(10_000_000, 4_000)
			.saturating_add(Weight::from_parts(20_000_000, 4_000).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads_writes(3, 1))
			.saturating_add(ParityDbWeight::get().reads_writes(1, 1).saturating_mul(n.into()))
	}
}
