//! Genesis presets, built with `sp-genesis-builder`.
//!
//! | preset | authorities | sudo | MVT allocation | faucet |
//! |---|---|---|---|---|
//! | `development` | Alice | Alice | rewards pools as published (25% and 15%), 10,000,000 MVT to the faucet, 1,000,000 MVT to each well-known dev account, the rest to Alice | yes |
//! | `local_testnet` | Alice, Bob, Charlie, Dave | Alice | as `development` | yes |
//! | `production` | four validator keys (replace before launch) | **none** | MentalVerse's published split with its vesting ([`crate::allocation`]) | no |
//!
//! Every preset allocates exactly [`GENESIS_SUPPLY`]: the supply is fixed at genesis, whatever
//! network is started. Every preset starts loyalty rewards and fee-discount tiers at
//! [`LOYALTY`] and [`discount_tiers`].

use crate::{allocation, token::GENESIS_SUPPLY, AccountId, Balance, BlockNumber, Economy, RuntimeGenesisConfig, DAYS, MVT};
use pallet_mv_economy::{LoyaltyTerms, RewardsPool, Tier};
use sp_runtime::Percent;
use alloc::{vec, vec::Vec};
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Name of the production-shaped preset: no sudo, supply held by the genesis reserve.
pub const PRODUCTION_RUNTIME_PRESET: &str = "production";

/// What each well-known development account starts with.
pub const DEV_ENDOWMENT: Balance = 1_000_000 * MVT;

/// What the testnet faucet starts with on development networks: 10,000 claims.
pub const FAUCET_ENDOWMENT: Balance = 10_000_000 * MVT;

/// Loyalty rewards on every network: 20 MVT to the client and 200 MVT to the therapist of each
/// released session paying the therapist at least 50 MVT, at most 8 each per 30 days.
pub const LOYALTY: LoyaltyTerms<Balance, BlockNumber> = LoyaltyTerms {
	client_reward: 20 * MVT,
	professional_reward: 200 * MVT,
	min_paid: 50 * MVT,
	period: 30 * DAYS,
	max_per_period: 8,
};

/// Fee-discount tiers by stake score (MVT × lock days): 100 MVT for 30 days waives 10% of the
/// platform fee, 1,000 MVT for 90 days 25%, 10,000 MVT for 180 days 50%.
pub fn discount_tiers() -> Vec<Tier> {
	vec![
		(100 * MVT * 30, Percent::from_percent(10)),
		(1_000 * MVT * 90, Percent::from_percent(25)),
		(10_000 * MVT * 180, Percent::from_percent(50)),
	]
}

/// Splits [`GENESIS_SUPPLY`] for development networks: the two rewards pools as published,
/// [`FAUCET_ENDOWMENT`] to the faucet, [`DEV_ENDOWMENT`] to each account but the first, the
/// remainder to the first, so the allocation sums to the supply exactly.
pub fn dev_allocation(accounts: &[AccountId]) -> Vec<(AccountId, Balance)> {
	let Some((first, rest)) = accounts.split_first() else { return Vec::new() };
	let mut allocation: Vec<(AccountId, Balance)> = allocation::SHARES
		.iter()
		.filter(|share| matches!(share.to, allocation::Recipient::Pool(_)))
		.map(|share| (allocation::account_of(share.to), allocation::amount_of(share)))
		.collect();
	allocation.push((Economy::faucet_account(), FAUCET_ENDOWMENT));
	allocation.push(allocation::treasury_seed());
	allocation.extend(rest.iter().map(|account| (account.clone(), DEV_ENDOWMENT)));
	let given: Balance = allocation.iter().map(|(_, amount)| amount).sum();
	allocation.insert(0, (first.clone(), GENESIS_SUPPLY.saturating_sub(given)));
	allocation
}

/// The rewards pool's account (for apps and tests).
pub fn rewards_pool_account(pool: RewardsPool) -> AccountId {
	Economy::pool_account(pool)
}

/// A well-known validator's keys: sr25519 for Aura, ed25519 for GRANDPA, from the same seed.
fn session_keys((aura, grandpa): (Sr25519Keyring, Ed25519Keyring)) -> (AuraId, GrandpaId) {
	(aura.public().into(), grandpa.public().into())
}

/// What differs between presets beyond keys and balances.
struct Economics {
	vesting: Vec<(AccountId, BlockNumber, BlockNumber, Balance)>,
	/// The faucet and governance periods of a few blocks: development and test networks.
	faucet: bool,
}

fn genesis(
	authorities: Vec<(AuraId, GrandpaId)>,
	balances: Vec<(AccountId, Balance)>,
	sudo_key: Option<AccountId>,
	economics: Economics,
) -> Value {
	let aura: Vec<AuraId> = authorities.iter().map(|(aura, _)| aura.clone()).collect();
	let grandpa: Vec<(GrandpaId, u64)> =
		authorities.iter().map(|(_, grandpa)| (grandpa.clone(), 1)).collect();
	let config = RuntimeGenesisConfig {
		balances: pallet_balances::GenesisConfig { balances, ..Default::default() },
		aura: pallet_aura::GenesisConfig { authorities: aura },
		grandpa: pallet_grandpa::GenesisConfig { authorities: grandpa, ..Default::default() },
		sudo: pallet_sudo::GenesisConfig { key: sudo_key },
		vesting: pallet_vesting::GenesisConfig { vesting: economics.vesting },
		origins: pallet_mv_origins::GenesisConfig { fast_governance: economics.faucet, ..Default::default() },
		economy: pallet_mv_economy::GenesisConfig {
			faucet: economics.faucet,
			loyalty: Some(LOYALTY),
			discount_tiers: discount_tiers(),
		},
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
		Economics { vesting: Vec::new(), faucet: true },
	)
}

/// Four authorities, so that finality survives one of them being down.
pub fn local_testnet_genesis() -> Value {
	genesis(
		local_authorities(),
		dev_allocation(&dev_accounts()),
		Some(Sr25519Keyring::Alice.to_account_id()),
		Economics { vesting: Vec::new(), faucet: true },
	)
}

/// Production-shaped: no sudo key, the whole supply in the keyless genesis reserve.
///
/// The four authority keys here are the well-known local ones, so that the preset can be
/// started and tested. A real launch replaces `aura.authorities` and `grandpa.authorities` in the
/// chain spec with the validators' own session keys (README, "Launching a network").
pub fn production_genesis() -> Value {
	let (balances, vesting) = allocation::production();
	genesis(local_authorities(), balances, None, Economics { vesting, faucet: false })
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
