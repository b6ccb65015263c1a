//! Property test: random sequences of calls keep every invariant (`do_try_state`) and never
//! create or lose a token: free + held balances of all accounts stay constant.

use crate::mock::*;
use frame_support::traits::fungible::Inspect as _;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
	Issue { subject: u64, n: u8, until: u64 },
	Revoke(u64),
	Renew(u64, u64),
	Suspend(u64),
	Remove { id: u64, by: u64 },
	Delegate,
	RevokeDelegation(u64),
	Advance(u64),
}

fn op() -> impl Strategy<Value = Op> {
	prop_oneof![
		(10u64..13, any::<u8>(), 2u64..40).prop_map(|(subject, n, until)| Op::Issue { subject, n, until }),
		(0u64..12).prop_map(Op::Revoke),
		(0u64..12, 2u64..60).prop_map(|(id, until)| Op::Renew(id, until)),
		(0u64..12).prop_map(Op::Suspend),
		(0u64..12, prop_oneof![Just(BOARD), Just(10u64), Just(STRANGER)]).prop_map(|(id, by)| Op::Remove { id, by }),
		Just(Op::Delegate),
		(0u64..4).prop_map(Op::RevokeDelegation),
		(1u64..8).prop_map(Op::Advance),
	]
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]
	#[test]
	fn random_calls_keep_invariants_and_money(ops in proptest::collection::vec(op(), 1..40)) {
		new_test_ext().execute_with(|| {
			accredit_board();
			let accounts = [BOARD, VERIFIER, 3, 4, 5, PRO, 11, STRANGER];
			let total = || accounts.iter().map(|a| Balances::total_balance(a)).sum::<u64>();
			let issuance = Balances::total_issuance();
			let before = total();
			for op in ops {
				let now = System::block_number();
				let _ = match op {
					Op::Issue { subject, n, until } => Credentials::issue(
						RuntimeOrigin::signed(BOARD), subject, license(US_CA), commitment(n), Some(now + until), None),
					Op::Revoke(id) => Credentials::revoke(RuntimeOrigin::signed(BOARD), id),
					Op::Renew(id, until) => Credentials::renew(RuntimeOrigin::signed(BOARD), id, now + until),
					Op::Suspend(id) => Credentials::suspend(RuntimeOrigin::signed(BOARD), id),
					Op::Remove { id, by } => Credentials::remove(RuntimeOrigin::signed(by), id),
					Op::Delegate => Credentials::add_delegation(RuntimeOrigin::signed(BOARD), None, VERIFIER, true, false),
					Op::RevokeDelegation(id) => Credentials::revoke_delegation(RuntimeOrigin::signed(BOARD), id),
					Op::Advance(blocks) => { run_to_block(now + blocks); Ok(()) },
				};
				prop_assert!(Credentials::do_try_state().is_ok());
				prop_assert_eq!(total(), before);
				prop_assert_eq!(Balances::total_issuance(), issuance);
			}
			Ok(())
		})?;
	}
}
