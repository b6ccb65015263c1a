//! The fee split: 25% of every fee burned, the rest to the treasury, all tips to the block author.

use crate::common::*;
use frame_support::traits::{
	fungible::Balanced,
	tokens::{imbalance::OnUnbalanced, Fortitude, Precision, Preservation},
};
use mentalverse_runtime::{
	fees::DealWithFees, token, AccountId, Authorship, Balance, Balances, Treasury, GENESIS_SUPPLY,
};
use proptest::prelude::*;
use sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;

fn withdraw(who: &AccountId, amount: Balance) -> mentalverse_runtime::fees::FeeCredit {
	<Balances as Balanced<AccountId>>::withdraw(
		who,
		amount,
		Precision::Exact,
		Preservation::Preserve,
		Fortitude::Polite,
	)
	.expect("payer can pay")
}

/// Charges `fee` and `tip` from Eve through the runtime's handler; returns (burned, to the
/// treasury, to the author).
fn charge(fee: Balance, tip: Balance) -> (Balance, Balance, Balance) {
	let payer = Sr25519Keyring::Eve.to_account_id();
	let author = Authorship::author().expect("slot names an author");
	let treasury = Treasury::account_id();
	let (issuance_before, treasury_before, author_before) = (issuance(), free(&treasury), free(&author));
	let credits = vec![withdraw(&payer, fee), withdraw(&payer, tip)];
	DealWithFees::on_unbalanceds(credits.into_iter());
	(issuance_before - issuance(), free(&treasury) - treasury_before, free(&author) - author_before)
}

#[test]
fn author_is_the_aura_authority_of_the_slot() {
	// Four authorities (Alice, Bob, Charlie, Dave): slot 6 belongs to authority 6 % 4 = Charlie.
	new_test_ext(LOCAL_TESTNET_RUNTIME_PRESET, 6).execute_with(|| {
		assert_eq!(Authorship::author(), Some(Sr25519Keyring::Charlie.to_account_id()));
	});
}

#[test]
fn a_quarter_of_the_fee_is_burned_and_the_rest_paid_to_the_treasury() {
	new_test_ext(LOCAL_TESTNET_RUNTIME_PRESET, 1).execute_with(|| {
		assert_eq!(charge(1_000_000, 0), (250_000, 750_000, 0));
	});
}

#[test]
fn tips_go_whole_to_the_author() {
	new_test_ext(LOCAL_TESTNET_RUNTIME_PRESET, 1).execute_with(|| {
		assert_eq!(charge(400, 1_000), (100, 300, 1_000));
	});
}

#[test]
fn burn_rounds_down_and_the_treasury_takes_the_remainder() {
	new_test_ext(LOCAL_TESTNET_RUNTIME_PRESET, 1).execute_with(|| {
		// 25% of 7 is 1.75: one unit burned, six to the treasury, none lost; even one base unit
		// reaches the treasury, whose account exists from genesis.
		assert_eq!(charge(7, 0), (1, 6, 0));
		assert_eq!(charge(1, 0), (0, 1, 0));
	});
}

#[test]
fn without_an_author_the_tip_is_burned_and_the_treasury_still_paid() {
	let storage = {
		use mentalverse_runtime::BuildStorage;
		preset(LOCAL_TESTNET_RUNTIME_PRESET).build_storage().unwrap()
	};
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(Authorship::author(), None);
		let payer = Sr25519Keyring::Eve.to_account_id();
		let (before, treasury) = (issuance(), free(&Treasury::account_id()));
		DealWithFees::on_unbalanceds(vec![withdraw(&payer, 1_000), withdraw(&payer, 40)].into_iter());
		assert_eq!(before - issuance(), 250 + 40);
		assert_eq!(free(&Treasury::account_id()) - treasury, 750);
	});
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]

	/// For any fee and tip: issuance falls by exactly the burned part of the fee, the treasury
	/// gains exactly the rest, the author the tip, and the payer loses exactly fee + tip.
	#[test]
	fn fee_split_conserves_every_unit(fee in 0u128..=10 * token::MVT, tip in 0u128..=token::MVT) {
		new_test_ext(LOCAL_TESTNET_RUNTIME_PRESET, 2).execute_with(|| {
			let payer = Sr25519Keyring::Eve.to_account_id();
			let payer_before = free(&payer);
			let (burned, to_treasury, to_author) = charge(fee, tip);
			prop_assert_eq!(burned, token::burned_part_of(fee));
			prop_assert_eq!(burned, fee / 4);
			prop_assert_eq!(to_treasury, fee - fee / 4);
			prop_assert_eq!(to_author, tip);
			prop_assert_eq!(payer_before - free(&payer), fee + tip);
			prop_assert_eq!(issuance(), GENESIS_SUPPLY - burned);
			Ok(())
		})?;
	}
}
