use crate::common::*;
use mentalverse_runtime::{
	genesis_config_presets::{
		dev_allocation, genesis_reserve_account, preset_names, DEV_ENDOWMENT,
		PRODUCTION_RUNTIME_PRESET,
	},
	token, Balance, GENESIS_SUPPLY, MVT,
};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;

const ALL: [&str; 3] = [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET, PRODUCTION_RUNTIME_PRESET];

#[test]
fn supply_is_one_billion_mvt_with_eight_decimals() {
	assert_eq!(token::DECIMALS, 8);
	assert_eq!(MVT, 100_000_000);
	assert_eq!(GENESIS_SUPPLY, 100_000_000_000_000_000);
}

#[test]
fn every_preset_allocates_exactly_the_genesis_supply() {
	for name in ALL {
		let allocated: Balance = preset(name).balances.balances.iter().map(|(_, b)| *b).sum();
		assert_eq!(allocated, GENESIS_SUPPLY, "preset {name}");
		new_test_ext(name, 0).execute_with(|| assert_eq!(issuance(), GENESIS_SUPPLY, "{name}"));
	}
}

#[test]
fn presets_are_listed_and_unknown_ones_are_not_served() {
	let names: Vec<String> = preset_names()
		.into_iter()
		.map(|id| String::from_utf8(AsRef::<[u8]>::as_ref(&id).to_vec()).unwrap())
		.collect();
	assert_eq!(names, ALL);
	assert!(mentalverse_runtime::genesis_config_presets::get_preset(&"staging".into()).is_none());
}

#[test]
fn authorities_per_preset() {
	assert_eq!(preset(DEV_RUNTIME_PRESET).aura.authorities.len(), 1);
	for name in [LOCAL_TESTNET_RUNTIME_PRESET, PRODUCTION_RUNTIME_PRESET] {
		let config = preset(name);
		assert_eq!(config.aura.authorities.len(), 4, "{name}");
		assert_eq!(config.grandpa.authorities.len(), 4, "{name}");
	}
}

#[test]
fn sudo_exists_only_on_development_and_test_networks() {
	let alice = Sr25519Keyring::Alice.to_account_id();
	assert_eq!(preset(DEV_RUNTIME_PRESET).sudo.key, Some(alice.clone()));
	assert_eq!(preset(LOCAL_TESTNET_RUNTIME_PRESET).sudo.key, Some(alice));
	assert_eq!(preset(PRODUCTION_RUNTIME_PRESET).sudo.key, None);
}

#[test]
fn production_supply_sits_in_the_keyless_reserve() {
	let balances = preset(PRODUCTION_RUNTIME_PRESET).balances.balances;
	assert_eq!(balances, vec![(genesis_reserve_account(), GENESIS_SUPPLY)]);
}

#[test]
fn dev_allocation_endows_each_and_gives_the_rest_to_the_first() {
	let accounts: Vec<_> =
		[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
			.map(|k| k.to_account_id())
			.to_vec();
	let allocation = dev_allocation(&accounts);
	assert_eq!(allocation[0], (accounts[0].clone(), GENESIS_SUPPLY - 2 * DEV_ENDOWMENT));
	assert_eq!(allocation[1], (accounts[1].clone(), DEV_ENDOWMENT));
	assert_eq!(allocation[2], (accounts[2].clone(), DEV_ENDOWMENT));
	assert!(dev_allocation(&[]).is_empty());
}

#[test]
fn chain_info_reports_token_facts_and_live_issuance() {
	new_test_ext(DEV_RUNTIME_PRESET, 0).execute_with(|| {
		let info = mentalverse_runtime::chain_info();
		assert_eq!(info.token_symbol, b"MVT".to_vec());
		assert_eq!(info.token_decimals, 8);
		assert_eq!(info.spec_name, b"mentalverse".to_vec());
		assert_eq!(info.genesis_supply, GENESIS_SUPPLY);
		assert_eq!(info.total_issuance, GENESIS_SUPPLY);
		assert_eq!(info.existential_deposit, token::EXISTENTIAL_DEPOSIT);
		assert_eq!(info.fee_burn_percent, 25);
		assert_eq!(info.block_time_ms, 6000);
	});
}
