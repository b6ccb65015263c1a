use crate::common::*;
use mentalverse_runtime::{
	allocation::{self, named_account, Recipient, MONTH, SHARES, YEAR},
	genesis_config_presets::{
		dev_allocation, preset_names, rewards_pool_account, DEV_ENDOWMENT, FAUCET_ENDOWMENT,
		PRODUCTION_RUNTIME_PRESET,
	},
	token, Balance, Economy, Runtime, GENESIS_SUPPLY, MVT,
};
use pallet_mv_economy::RewardsPool;
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
fn production_allocation_follows_the_published_split_to_the_last_unit() {
	assert_eq!(SHARES.iter().map(|share| share.percent as u32).sum::<u32>(), 100);
	let balances = preset(PRODUCTION_RUNTIME_PRESET).balances.balances;
	assert_eq!(balances.len(), 13, "one account per share and the treasury's, none repeated");
	assert_eq!(balances.iter().map(|(_, b)| *b).sum::<Balance>(), GENESIS_SUPPLY);
	let of = |to: Recipient| balances.iter().find(|(who, _)| *who == allocation::account_of(to)).map(|(_, b)| *b);
	let million = 1_000_000 * MVT;
	assert_eq!(of(Recipient::Pool(RewardsPool::Users)), Some(250 * million));
	assert_eq!(of(Recipient::Pool(RewardsPool::Professionals)), Some(150 * million));
	for (label, millions) in [
		("community-incentives", 100),
		("airdrop-marketing", 50),
		("professional-onboarding", 50),
		("core-development", 100),
		("emergency-fund", 50),
		("partnerships", 50),
		("private-sale", 70),
		("advisors-team", 30),
		("liquidity", 50),
	] {
		assert_eq!(of(Recipient::Named(label)), Some(millions * million), "{label}");
	}
	// The treasury's existential deposit comes out of the operations share.
	assert_eq!(of(Recipient::Named("operations")), Some(50 * million - token::EXISTENTIAL_DEPOSIT));
	assert!(balances.contains(&(mentalverse_runtime::Treasury::account_id(), token::EXISTENTIAL_DEPOSIT)));
}

#[test]
fn production_vesting_is_as_published() {
	let vesting = preset(PRODUCTION_RUNTIME_PRESET).vesting.vesting;
	let million = 1_000_000 * MVT;
	let expected = [
		("community-incentives", 0, 3 * YEAR, 20 * million),
		("professional-onboarding", 0, 2 * YEAR, 25 * million / 2),
		("core-development", YEAR, 4 * YEAR, 10 * million),
		("emergency-fund", 2 * YEAR, 1, 0),
		("private-sale", 6 * MONTH, 24 * MONTH, 0),
		("advisors-team", 12 * MONTH, 36 * MONTH, 0),
	];
	assert_eq!(vesting.len(), expected.len());
	for (label, begin, length, liquid) in expected {
		assert!(vesting.contains(&(named_account(label), begin, length, liquid)), "{label}");
	}
}

#[test]
fn vesting_locks_hold_at_genesis_and_release_on_schedule() {
	new_test_ext(PRODUCTION_RUNTIME_PRESET, 0).execute_with(|| {
		let million = 1_000_000 * MVT;
		use frame_support::traits::VestingSchedule;
		let locked = |label: &str| {
			<pallet_vesting::Pallet<Runtime> as VestingSchedule<_>>::vesting_balance(&named_account(label))
		};
		assert_eq!(locked("core-development"), Some(90 * million));
		assert_eq!(locked("emergency-fund"), Some(50 * million));
		assert_eq!(locked("private-sale"), Some(70 * million));
		assert_eq!(locked("operations"), None);
		// Half-way through the core-development schedule, half is still locked (to a block).
		frame_system::Pallet::<Runtime>::set_block_number(YEAR + 2 * YEAR);
		let per_block = 90 * million / (4 * YEAR) as Balance;
		assert_eq!(locked("core-development"), Some(90 * million - per_block * (2 * YEAR) as Balance));
		// The emergency fund stays locked until two years have passed, then unlocks at once.
		frame_system::Pallet::<Runtime>::set_block_number(2 * YEAR);
		assert_eq!(locked("emergency-fund"), Some(50 * million));
		frame_system::Pallet::<Runtime>::set_block_number(2 * YEAR + 1);
		assert_eq!(locked("emergency-fund"), Some(0));
	});
}

#[test]
fn the_faucet_runs_only_on_development_and_test_networks() {
	assert!(preset(DEV_RUNTIME_PRESET).economy.faucet);
	assert!(preset(LOCAL_TESTNET_RUNTIME_PRESET).economy.faucet);
	assert!(!preset(PRODUCTION_RUNTIME_PRESET).economy.faucet);
	new_test_ext(PRODUCTION_RUNTIME_PRESET, 0).execute_with(|| {
		assert!(!pallet_mv_economy::FaucetEnabled::<Runtime>::get());
		assert_eq!(free(&Economy::faucet_account()), 0);
	});
}

#[test]
fn dev_allocation_funds_the_pools_and_faucet_endows_each_and_gives_the_rest_to_the_first() {
	let accounts: Vec<_> =
		[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
			.map(|k| k.to_account_id())
			.to_vec();
	let allocation = dev_allocation(&accounts);
	let pools = 400_000_000 * MVT;
	assert_eq!(
		allocation[0],
		(accounts[0].clone(), GENESIS_SUPPLY - pools - FAUCET_ENDOWMENT - token::EXISTENTIAL_DEPOSIT - 2 * DEV_ENDOWMENT)
	);
	assert!(allocation.contains(&(accounts[1].clone(), DEV_ENDOWMENT)));
	assert!(allocation.contains(&(rewards_pool_account(RewardsPool::Users), 250_000_000 * MVT)));
	assert!(allocation.contains(&(rewards_pool_account(RewardsPool::Professionals), 150_000_000 * MVT)));
	assert!(allocation.contains(&(Economy::faucet_account(), FAUCET_ENDOWMENT)));
	assert_eq!(allocation.iter().map(|(_, b)| *b).sum::<Balance>(), GENESIS_SUPPLY);
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
