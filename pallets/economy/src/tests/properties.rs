//! Random stake, claim, unstake, early-exit and loyalty sequences over time: after every step
//! the invariants hold and total issuance never changes (no minting here).

use crate::{mock::*, *};
use pallet_mv_booking::OnSessionPaid;
use proptest::prelude::*;

const STAKERS: [AccountId; 4] = [STAKER, OTHER, POOR, THERAPIST];

#[derive(Clone, Debug)]
enum Step {
	Stake(usize, bool, u32, u32),
	Claim(usize, u32),
	Unstake(usize, u32),
	Exit(usize, u32),
	Paid(usize, usize, u32),
	Blocks(u32),
}

fn step() -> impl Strategy<Value = Step> {
	prop_oneof![
		4 => (0..4usize, any::<bool>(), 0..3_000u32, 0..800u32).prop_map(|(w, pro, amount, days)| Step::Stake(w, pro, amount, days)),
		3 => (0..4usize, 0..6u32).prop_map(|(w, id)| Step::Claim(w, id)),
		2 => (0..4usize, 0..6u32).prop_map(|(w, id)| Step::Unstake(w, id)),
		1 => (0..4usize, 0..6u32).prop_map(|(w, id)| Step::Exit(w, id)),
		2 => (0..4usize, 0..4usize, 0..200u32).prop_map(|(c, t, paid)| Step::Paid(c, t, paid)),
		3 => (1..2_000u32).prop_map(Step::Blocks),
	]
}

fn apply(step: &Step) {
	let signed = |w: usize| RuntimeOrigin::signed(STAKERS[w]);
	let _ = match *step {
		Step::Stake(w, pro, amount, days) => {
			let pool = if pro { StakingPool::Professional } else { StakingPool::General };
			Economy::stake(signed(w), pool, amount as Balance * MVT, days)
		},
		Step::Claim(w, id) => Economy::claim(signed(w), id),
		Step::Unstake(w, id) => Economy::unstake(signed(w), id),
		Step::Exit(w, id) => Economy::exit_early(signed(w), id),
		Step::Paid(c, t, paid) => {
			Economy::on_session_paid(&STAKERS[c], &STAKERS[t], paid as Balance * MVT);
			Ok(())
		},
		Step::Blocks(n) => {
			run_to_block(System::block_number() + n as u64);
			Ok(())
		},
	};
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(200))]

	#[test]
	fn promises_are_covered_and_nothing_is_created(steps in proptest::collection::vec(step(), 10..60)) {
		run(|| {
			let issuance = Balances::total_issuance();
			for step in &steps {
				apply(step);
				Economy::do_try_state().expect("invariants hold after every step");
				assert_eq!(Balances::total_issuance(), issuance, "after {step:?}");
			}
		});
	}
}
