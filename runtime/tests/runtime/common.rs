//! Building test externalities from the runtime's own genesis presets.

use codec::Encode;
use mentalverse_runtime::{
	genesis_config_presets, AccountId, Balance, Balances, BuildStorage, Runtime,
	RuntimeGenesisConfig, System,
};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_runtime::{Digest, DigestItem};

/// The full genesis config of preset `name`.
pub fn preset(name: &str) -> RuntimeGenesisConfig {
	let json = genesis_config_presets::get_preset(&name.into())
		.unwrap_or_else(|| panic!("preset {name} exists"));
	serde_json::from_slice(&json).expect("a preset is a complete genesis config")
}

/// Externalities holding the genesis state of preset `name`, at block 1, authored by the Aura
/// authority of `slot` (slot modulo the number of authorities).
pub fn new_test_ext(name: &str, slot: u64) -> sp_io::TestExternalities {
	let storage = preset(name).build_storage().expect("genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		let digest = Digest {
			logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())],
		};
		System::initialize(&1, &Default::default(), &digest);
	});
	ext
}

pub fn free(who: &AccountId) -> Balance {
	pallet_balances::Pallet::<Runtime>::free_balance(who)
}

pub fn issuance() -> Balance {
	<Balances as frame_support::traits::fungible::Inspect<AccountId>>::total_issuance()
}
