//! Builds the wasm runtime (the on-chain code) and embeds it into the native crate as
//! `WASM_BINARY`. `SKIP_WASM_BUILD=1` skips it for tests that only need native code.

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// With `metadata-hash`, the runtime commits to a hash of its metadata so that offline signers
/// (CheckMetadataHash, RFC-78) can verify what they are signing.
#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash(mentalverse_token::SYMBOL, mentalverse_token::DECIMALS)
		.build();
}

#[cfg(not(feature = "std"))]
fn main() {}

#[cfg(feature = "metadata-hash")]
mod mentalverse_token {
	// Kept in sync with `runtime/src/token.rs` (a build script cannot import its own crate).
	pub const SYMBOL: &str = "MVT";
	pub const DECIMALS: u8 = 8;
}
