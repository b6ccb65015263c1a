//! Chain specifications: the named networks and loading a spec from a file.

use mentalverse_runtime::{
	genesis_config_presets::{development_config_genesis, with_synthetic_therapists, PRODUCTION_RUNTIME_PRESET},
	token::{DECIMALS, SS58_PREFIX, SYMBOL},
	WASM_BINARY,
};
use sc_service::{ChainType, Properties};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};

/// The chain specification of this node: a generic spec with no extensions.
pub type ChainSpec = sc_service::GenericChainSpec;

/// What `--chain` accepts besides a path.
pub const CHAIN_NAMES: &str = "dev, local, production, dev-therapists-<N>";

/// Most synthetic therapists `dev-therapists-<N>` creates.
pub const MAX_SYNTHETIC_THERAPISTS: u32 = 100_000;

/// `system_properties`: what wallets such as polkadot.js read to display MVT.
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), SYMBOL.into());
	properties.insert("tokenDecimals".into(), DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

/// Where a spec's genesis comes from.
enum Genesis<'a> {
	Preset(&'a str),
	Patch(serde_json::Value),
}

fn spec(name: &str, id: &str, chain_type: ChainType, genesis: Genesis) -> Result<ChainSpec, String> {
	let wasm = WASM_BINARY.ok_or_else(|| {
		"this node was built without its wasm runtime (SKIP_WASM_BUILD was set)".to_string()
	})?;
	let builder = ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_protocol_id("mentalverse")
		.with_properties(properties());
	Ok(match genesis {
		Genesis::Preset(preset) => builder.with_genesis_config_preset_name(preset),
		Genesis::Patch(patch) => builder.with_genesis_config_patch(patch),
	}
	.build())
}

/// The development chain with `count` synthetic, verified therapists (benchmarks).
fn synthetic_therapists_spec(count: &str) -> Result<ChainSpec, String> {
	let count: u32 = count
		.parse()
		.ok()
		.filter(|n| (1..=MAX_SYNTHETIC_THERAPISTS).contains(n))
		.ok_or_else(|| format!("dev-therapists-<N>: N must be 1 to {MAX_SYNTHETIC_THERAPISTS}"))?;
	spec(
		&format!("MentalVerse Development ({count} synthetic therapists)"),
		"mentalverse_dev",
		ChainType::Development,
		Genesis::Patch(with_synthetic_therapists(development_config_genesis(), count)),
	)
}

/// The chain spec for `--chain id`: a known name, or the path of a chain-spec JSON file.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	let chain_spec = match id {
		"" | "dev" =>
			spec("MentalVerse Development", "mentalverse_dev", ChainType::Development, Genesis::Preset(DEV_RUNTIME_PRESET))?,
		"local" => spec(
			"MentalVerse Local Testnet",
			"mentalverse_local",
			ChainType::Local,
			Genesis::Preset(LOCAL_TESTNET_RUNTIME_PRESET),
		)?,
		"production" =>
			spec("MentalVerse", "mentalverse", ChainType::Live, Genesis::Preset(PRODUCTION_RUNTIME_PRESET))?,
		synthetic if synthetic.starts_with("dev-therapists-") =>
			synthetic_therapists_spec(&synthetic["dev-therapists-".len()..])?,
		path => {
			let file = std::path::PathBuf::from(path);
			if !file.is_file() {
				return Err(format!(
					"unknown chain '{path}': expected one of {CHAIN_NAMES}, or the path of a chain-spec JSON file"
				));
			}
			ChainSpec::from_json_file(file)
				.map_err(|e| format!("invalid chain-spec file '{path}': {e}"))?
		},
	};
	Ok(Box::new(chain_spec))
}
