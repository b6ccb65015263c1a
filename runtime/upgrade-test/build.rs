//! Builds the wasm of the runtime with the `upgrade-test` feature into its own wasm project
//! (`wbuild/mentalverse-upgrade-test-runtime`), beside, not over, the node's runtime.

#[cfg(feature = "std")]
fn main() {
	// The runtime is a dependency only of the wasm build (feature `runtime`), so the wasm
	// builder does not see its sources from here: watch them, or this wasm would go stale.
	for path in ["../src", "../Cargo.toml", "../api", "../../pallets", "../../Cargo.lock"] {
		println!("cargo:rerun-if-changed={path}");
	}
	substrate_wasm_builder::WasmBuilder::init_with_defaults().enable_feature("runtime").build();
}

#[cfg(not(feature = "std"))]
fn main() {}
