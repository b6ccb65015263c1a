//! The chain's own base weights, measured by `scripts/benchmark.sh overhead` (the
//! `benchmark overhead` command on the production runtime, on this project's reference
//! machine): the cost of an empty block and of a no-op extrinsic. Generated; do not edit.
//! Each pallet's call weights live in the pallet's own `weights.rs`.

pub mod block_weights;
pub mod extrinsic_weights;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
