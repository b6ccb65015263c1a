use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, pallet_prelude::TransactionSource};
#[allow(deprecated)]
use sp_runtime::traits::ValidateUnsigned;

fn claim(who: AccountId) -> sp_runtime::DispatchResult {
	Economy::claim_faucet(RuntimeOrigin::none(), who)
}

#[allow(deprecated)]
fn pool_accepts(who: AccountId) -> bool {
	Economy::validate_unsigned(TransactionSource::External, &Call::claim_faucet { who }).is_ok()
}

#[test]
fn any_account_claims_once_per_period() {
	new_test_ext(true).execute_with(|| {
		let fresh = 77;
		assert!(pool_accepts(fresh));
		assert_ok!(claim(fresh));
		assert_eq!(free(fresh), 1_000 * MVT);
		assert!(events().contains(&Event::FaucetClaimed { who: fresh, amount: 1_000 * MVT }));
		assert!(!pool_accepts(fresh), "the pool refuses a second claim");
		assert_noop!(claim(fresh), Error::<Test>::FaucetTooSoon);
		run_to_block(1 + DAY);
		assert_ok!(claim(fresh));
		assert_noop!(Economy::claim_faucet(RuntimeOrigin::signed(fresh), fresh), sp_runtime::DispatchError::BadOrigin);
	});
}

#[test]
fn a_block_serves_a_bounded_number_of_claims() {
	new_test_ext(true).execute_with(|| {
		assert_ok!(claim(70));
		assert_ok!(claim(71));
		assert!(!pool_accepts(72));
		assert_noop!(claim(72), Error::<Test>::FaucetBusy);
		run_to_block(2);
		assert!(pool_accepts(72));
		assert_ok!(claim(72));
	});
}

#[test]
fn the_faucet_is_off_unless_genesis_turns_it_on_and_never_mints() {
	run(|| {
		assert!(!pool_accepts(77));
		assert_noop!(claim(77), Error::<Test>::FaucetDisabled);
	});
	new_test_ext(true).execute_with(|| {
		let issuance = Balances::total_issuance();
		// 10,000 MVT in the faucet: nine claims, and the last 1,000 would close its account.
		for n in 0..9u64 {
			run_to_block(2 + n);
			assert_ok!(claim(100 + n as AccountId));
		}
		assert_eq!(Balances::total_issuance(), issuance);
		run_to_block(20);
		assert_noop!(claim(200), Error::<Test>::FaucetEmpty);
	});
}
