//! Provisional weights for `pallet_mv_booking` until `scripts/benchmark.sh booking` regenerates
//! this file from the benchmarks.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, unused_variables, missing_docs)]

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
	fn request_series(n: u32, ) -> Weight;
	fn end_series() -> Weight;
	fn raise_crisis() -> Weight;
	fn accept_crisis() -> Weight;
	fn withdraw_crisis() -> Weight;
	fn set_crisis_terms() -> Weight;
	fn approve_sponsor() -> Weight;
	fn revoke_sponsor() -> Weight;
	fn cover() -> Weight;
	fn uncover() -> Weight;
	fn propose_reschedule() -> Weight;
	fn accept_reschedule() -> Weight;
	fn set_access() -> Weight;
	fn on_initialize(e: u32, r: u32, c: u32, ) -> Weight;
}

/// Measured weights, charged with the runtime's database costs.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn request() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn confirm() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn decline() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn cancel() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn mark_no_show() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn complete() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn dispute() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn waive_fees() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn set_policy() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn set_bounds() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn set_platform_fee() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn request_series(n: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn end_series() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn raise_crisis() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn accept_crisis() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn withdraw_crisis() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn set_crisis_terms() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn approve_sponsor() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn revoke_sponsor() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn cover() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn uncover() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn propose_reschedule() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn accept_reschedule() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn set_access() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
	fn on_initialize(e: u32, r: u32, c: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(T::DbWeight::get().reads_writes(20, 10))
	}
}

impl WeightInfo for () {
	fn request() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn confirm() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn decline() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn cancel() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn mark_no_show() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn complete() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn dispute() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn resolve_dispute() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn waive_fees() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn set_policy() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn set_bounds() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn set_platform_fee() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn request_series(n: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn end_series() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn raise_crisis() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn accept_crisis() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn withdraw_crisis() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn set_crisis_terms() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn approve_sponsor() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn revoke_sponsor() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn cover() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn uncover() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn propose_reschedule() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn accept_reschedule() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn set_access() -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
	fn on_initialize(e: u32, r: u32, c: u32, ) -> Weight {
		Weight::from_parts(200_000_000, 20_000).saturating_add(ParityDbWeight::get().reads_writes(20, 10))
	}
}
