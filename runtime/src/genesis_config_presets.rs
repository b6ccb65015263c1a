//! Genesis presets, built with `sp-genesis-builder`.
//!
//! | preset | authorities | sudo | MVT allocation |
//! |---|---|---|---|
//! | `development` | Alice | Alice | 1,000,000 MVT to each well-known dev account, the rest to Alice |
//! | `local_testnet` | Alice, Bob, Charlie, Dave | Alice | as `development` |
//! | `production` | four validator keys (replace before launch) | **none** | all to the keyless genesis reserve |
//!
//! Every preset allocates exactly [`GENESIS_SUPPLY`]: the supply is fixed at genesis, whatever
//! network is started.

use crate::{token::GENESIS_SUPPLY, AccountId, Balance, RuntimeGenesisConfig, MVT};
use alloc::{vec, vec::Vec};
use frame_support::PalletId;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::traits::AccountIdConversion;

/// Name of the production-shaped preset: no sudo, supply held by the genesis reserve.
pub const PRODUCTION_RUNTIME_PRESET: &str = "production";

/// What each well-known development account starts with.
pub const DEV_ENDOWMENT: Balance = 1_000_000 * MVT;

/// Holds the supply of the production preset until the token-economy allocation and
/// governance (later runtime upgrades) move it. No key controls it: it is derived from this id.
pub const GENESIS_RESERVE: PalletId = PalletId(*b"mv/gnrsv");

/// The genesis reserve's account.
pub fn genesis_reserve_account() -> AccountId {
	GENESIS_RESERVE.into_account_truncating()
}

/// Splits [`GENESIS_SUPPLY`]: [`DEV_ENDOWMENT`] to each account, the remainder to the first,
/// so the allocation sums to the supply exactly.
pub fn dev_allocation(accounts: &[AccountId]) -> Vec<(AccountId, Balance)> {
	let Some((first, rest)) = accounts.split_first() else { return Vec::new() };
	let endowed_rest = DEV_ENDOWMENT.saturating_mul(rest.len() as Balance);
	let mut allocation = vec![(first.clone(), GENESIS_SUPPLY.saturating_sub(endowed_rest))];
	allocation.extend(rest.iter().map(|account| (account.clone(), DEV_ENDOWMENT)));
	allocation
}

/// A well-known validator's keys: sr25519 for Aura, ed25519 for GRANDPA, from the same seed.
fn session_keys((aura, grandpa): (Sr25519Keyring, Ed25519Keyring)) -> (AuraId, GrandpaId) {
	(aura.public().into(), grandpa.public().into())
}

fn genesis(
	authorities: Vec<(AuraId, GrandpaId)>,
	balances: Vec<(AccountId, Balance)>,
	sudo_key: Option<AccountId>,
) -> Value {
	let aura: Vec<AuraId> = authorities.iter().map(|(aura, _)| aura.clone()).collect();
	let grandpa: Vec<(GrandpaId, u64)> =
		authorities.iter().map(|(_, grandpa)| (grandpa.clone(), 1)).collect();
	let config = RuntimeGenesisConfig {
		balances: pallet_balances::GenesisConfig { balances, ..Default::default() },
		aura: pallet_aura::GenesisConfig { authorities: aura },
		grandpa: pallet_grandpa::GenesisConfig { authorities: grandpa, ..Default::default() },
		sudo: pallet_sudo::GenesisConfig { key: sudo_key },
		..Default::default()
	};
	serde_json::to_value(config).unwrap_or(Value::Null)
}

fn dev_accounts() -> Vec<AccountId> {
	[
		Sr25519Keyring::Alice,
		Sr25519Keyring::Bob,
		Sr25519Keyring::Charlie,
		Sr25519Keyring::Dave,
		Sr25519Keyring::Eve,
		Sr25519Keyring::Ferdie,
	]
	.into_iter()
	.map(|k| k.to_account_id())
	.collect()
}

/// One authority (Alice), who is also sudo.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![session_keys((Sr25519Keyring::Alice, Ed25519Keyring::Alice))],
		dev_allocation(&dev_accounts()),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// Four authorities, so that finality survives one of them being down.
pub fn local_testnet_genesis() -> Value {
	genesis(
		local_authorities(),
		dev_allocation(&dev_accounts()),
		Some(Sr25519Keyring::Alice.to_account_id()),
	)
}

/// Production-shaped: no sudo key, the whole supply in the keyless genesis reserve.
///
/// The four authority keys here are the well-known local ones, so that the preset can be
/// started and tested. A real launch replaces `aura.authorities` and `grandpa.authorities` in the
/// chain spec with the validators' own session keys (README, "Launching a network").
pub fn production_genesis() -> Value {
	genesis(local_authorities(), vec![(genesis_reserve_account(), GENESIS_SUPPLY)], None)
}

/// `patch` plus `count` synthetic, verified therapists (the credentials pallet's synthetic
/// professionals and the therapists pallet's synthetic listings, priced 20–160 MVT): for
/// matching and load benchmarks on development chains only.
pub fn with_synthetic_therapists(mut patch: Value, count: u32) -> Value {
	patch["credentials"] = serde_json::json!({ "syntheticProfessionals": count });
	patch["therapists"] =
		serde_json::json!({ "syntheticTherapists": count, "syntheticPriceUnit": crate::token::MVT as u64 });
	patch
}

fn local_authorities() -> Vec<(AuraId, GrandpaId)> {
	[
		(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
		(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
		(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
	]
	.into_iter()
		.map(session_keys)
		.collect()
}

/// The JSON of the preset called `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => development_config_genesis(),
		LOCAL_TESTNET_RUNTIME_PRESET => local_testnet_genesis(),
		PRODUCTION_RUNTIME_PRESET => production_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(|json| json.into_bytes())
}

/// Names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(PRODUCTION_RUNTIME_PRESET),
	]
}
