//! The MentalVerse runtime built with `spec_version` one above the node's, for the end-to-end
//! test of a runtime upgrade through governance (`tests/e2e/runtime-upgrade.test.js`).
//!
//! `WASM_BINARY` is that wasm; the file itself is
//! `$CARGO_TARGET_DIR/debug/wbuild/mentalverse-upgrade-test-runtime/mentalverse_upgrade_test_runtime.wasm`.

#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(feature = "runtime")]
pub use mentalverse_runtime::*;

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));
