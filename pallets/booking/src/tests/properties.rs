//! Random sequences of booking calls, time and blocks: after every step the invariants hold,
//! and no token is created or lost (total issuance and the sum of all balances are constant).

use crate::{mock::*, *};
use pallet_mv_therapists::Format;
use proptest::prelude::*;
use sp_runtime::{Percent, Permill};

const CLIENTS: [AccountId; 3] = [CLIENT, OTHER_CLIENT, PAUPER];
const THERAPISTS: [AccountId; 2] = [THERAPIST, OTHER_THERAPIST];
const ACCOUNTS: [AccountId; 6] = [CLIENT, OTHER_CLIENT, PAUPER, THERAPIST, OTHER_THERAPIST, 90];

#[derive(Clone, Debug)]
enum Step {
	Request(usize, usize, u8),
	Confirm(u64),
	Decline(u64),
	CancelByClient(u64),
	CancelByTherapist(u64),
	NoShow(u64),
	Complete(u64),
	Dispute(u64),
	Resolve(u64, u8),
	Waive(u64),
	Policy(usize, u8, u8),
	Fee(u8),
	Time(u32),
	Blocks(u8),
}

fn step() -> impl Strategy<Value = Step> {
	let id = 0..12u64;
	prop_oneof![
		4 => (0..3usize, 0..2usize, 0..24u8).prop_map(|(c, t, slot)| Step::Request(c, t, slot)),
		3 => id.clone().prop_map(Step::Confirm),
		1 => id.clone().prop_map(Step::Decline),
		1 => id.clone().prop_map(Step::CancelByClient),
		1 => id.clone().prop_map(Step::CancelByTherapist),
		1 => id.clone().prop_map(Step::NoShow),
		2 => id.clone().prop_map(Step::Complete),
		1 => id.clone().prop_map(Step::Dispute),
		1 => (id.clone(), 0..=100u8).prop_map(|(i, share)| Step::Resolve(i, share)),
		1 => id.clone().prop_map(Step::Waive),
		1 => (0..2usize, 0..=100u8, 0..=100u8).prop_map(|(t, late, no_show)| Step::Policy(t, late, no_show)),
		1 => (0..=30u8).prop_map(Step::Fee),
		2 => (1..200_000u32).prop_map(Step::Time),
		2 => (1..120u8).prop_map(Step::Blocks),
	]
}

fn therapist_of(id: u64) -> AccountId {
	Bookings::<Test>::get(id).map_or(THERAPIST, |b| b.therapist)
}

fn client_of(id: u64) -> AccountId {
	Bookings::<Test>::get(id).map_or(CLIENT, |b| b.client)
}

fn apply(step: &Step) {
	let signed = RuntimeOrigin::signed;
	// Each call either succeeds or changes nothing; both are part of the sequence.
	let _ = match step.clone() {
		Step::Request(c, t, slot) => Booking::request(
			signed(CLIENTS[c]),
			THERAPISTS[t],
			0,
			now() + 2 * HOUR + slot as u64 * 30 * 60,
			Format::Video,
		),
		Step::Confirm(id) => Booking::confirm(signed(therapist_of(id)), id),
		Step::Decline(id) => Booking::decline(signed(therapist_of(id)), id),
		Step::CancelByClient(id) => Booking::cancel(signed(client_of(id)), id),
		Step::CancelByTherapist(id) => Booking::cancel(signed(therapist_of(id)), id),
		Step::NoShow(id) => Booking::mark_no_show(signed(therapist_of(id)), id),
		Step::Complete(id) => Booking::complete(signed(therapist_of(id)), id, None),
		Step::Dispute(id) => Booking::dispute(signed(client_of(id)), id),
		Step::Resolve(id, share) => Booking::resolve_dispute(RuntimeOrigin::root(), id, Percent::from_percent(share)),
		Step::Waive(id) => Booking::waive_fees(signed(therapist_of(id)), id),
		Step::Policy(t, late, no_show) => Booking::set_policy(
			signed(THERAPISTS[t]),
			CancellationPolicy {
				free_cancel_hours: 24,
				late_cancel_fee: Percent::from_percent(late),
				no_show_fee: Percent::from_percent(no_show),
				dispute_hours: 24,
			},
		),
		Step::Fee(percent) => Booking::set_platform_fee(RuntimeOrigin::root(), Permill::from_percent(percent as u32)),
		Step::Time(seconds) => {
			set_now(now() + seconds as u64);
			Ok(())
		},
		Step::Blocks(n) => {
			run_to_block(System::block_number() + n as u64);
			Ok(())
		},
	};
}

fn total_of_accounts() -> Balance {
	ACCOUNTS.iter().map(|who| Balances::total_balance(who)).sum()
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(300))]

	#[test]
	fn money_is_conserved_and_invariants_hold(steps in proptest::collection::vec(step(), 1..80)) {
		run(|| {
			let issuance = Balances::total_issuance();
			let held_by_all = total_of_accounts();
			for step in &steps {
				apply(step);
				Booking::do_try_state().expect("invariants hold after every step");
				assert_eq!(Balances::total_issuance(), issuance, "after {step:?}");
				assert_eq!(total_of_accounts(), held_by_all, "after {step:?}");
			}
		});
	}
}
