//! Random sequences of booking calls, time and blocks: after every step the invariants hold,
//! and no token is created or lost (total issuance and the sum of all balances are constant).

use crate::{mock::*, *};
use frame_support::traits::fungible::Inspect;
use pallet_mv_therapists::Format;
use proptest::prelude::*;
use sp_runtime::{Percent, Permill};

const THERAPISTS: [AccountId; 2] = [THERAPIST, OTHER_THERAPIST];

/// Clients: the named ones and twenty more (100..120); one cannot pay.
fn client(n: usize) -> AccountId {
	match n {
		0 => CLIENT,
		1 => OTHER_CLIENT,
		2 => PAUPER,
		n => 100 + (n as u64 % 20),
	}
}

fn accounts() -> Vec<AccountId> {
	[CLIENT, OTHER_CLIENT, PAUPER, THERAPIST, OTHER_THERAPIST, SPONSOR, Platform::get()].into_iter().chain(100..120).collect()
}

#[derive(Clone, Debug)]
enum Step {
	Request(usize, usize, u8),
	Program(usize, usize, u8),
	Seat(usize, usize, u8),
	Series(usize, usize, u8, u32),
	Sponsored(usize, usize, u8),
	Sliding(usize, u8),
	Crisis(usize),
	AcceptCrisis(usize, u64),
	WithdrawCrisis(u64),
	Reschedule(u64, u8),
	AcceptReschedule(u64),
	Cover(usize, u16),
	Uncover(usize),
	Sponsor(bool),
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
	let id = 0..40u64;
	let who = 0..23usize;
	prop_oneof![
		4 => (who.clone(), 0..2usize, 0..24u8).prop_map(|(c, t, slot)| Step::Request(c, t, slot)),
		1 => (who.clone(), 0..2usize, 0..24u8).prop_map(|(c, t, slot)| Step::Program(c, t, slot)),
		2 => (who.clone(), 0..2usize, 0..8u8).prop_map(|(c, t, slot)| Step::Seat(c, t, slot)),
		1 => (who.clone(), 0..2usize, 0..24u8, 0..5u32).prop_map(|(c, t, slot, n)| Step::Series(c, t, slot, n)),
		1 => (who.clone(), 0..2usize, 0..24u8).prop_map(|(c, t, slot)| Step::Sponsored(c, t, slot)),
		1 => (who.clone(), 0..24u8).prop_map(|(c, slot)| Step::Sliding(c, slot)),
		1 => who.clone().prop_map(Step::Crisis),
		1 => (0..2usize, id.clone()).prop_map(|(t, i)| Step::AcceptCrisis(t, i)),
		1 => id.clone().prop_map(Step::WithdrawCrisis),
		1 => (id.clone(), 0..24u8).prop_map(|(i, slot)| Step::Reschedule(i, slot)),
		1 => id.clone().prop_map(Step::AcceptReschedule),
		1 => (who.clone(), 0..2_000u16).prop_map(|(c, max)| Step::Cover(c, max)),
		1 => who.clone().prop_map(Step::Uncover),
		1 => any::<bool>().prop_map(Step::Sponsor),
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
	Bookings::<Test>::get(id).map(|b| b.client).or_else(|| CrisisQueue::<Test>::get(id).map(|c| c.client)).unwrap_or(CLIENT)
}

/// A half-hour slot `slot` half-hours after two hours from now.
fn at(slot: u8) -> u64 {
	now() + 2 * HOUR + slot as u64 * 30 * 60
}

fn book(c: usize, t: usize, offering: u16, times: &[u64], terms: RequestTerms<AccountId, Balance>) -> sp_runtime::DispatchResult {
	Booking::request(RuntimeOrigin::signed(client(c)), THERAPISTS[t], offering, starts(times), Format::Video, terms)
}

fn apply(step: &Step) {
	let signed = RuntimeOrigin::signed;
	// Each call either succeeds or changes nothing; both are part of the sequence.
	let _ = match step.clone() {
		Step::Request(c, t, slot) => book(c, t, 0, &[at(slot)], terms()),
		Step::Program(c, t, slot) => book(c, t, PROGRAM, &[at(slot), at(slot) + DAY, at(slot) + 2 * DAY], terms()),
		Step::Seat(c, t, slot) => book(c, t, GROUP, &[at(slot * 4)], terms()),
		Step::Series(c, t, slot, n) => Booking::request_series(
			signed(client(c)), THERAPISTS[t], 0, at(slot), Format::Video, terms(), n,
		),
		Step::Sponsored(c, t, slot) => book(c, t, 0, &[at(slot)], RequestTerms { payer: Some(SPONSOR), ..terms() }),
		Step::Sliding(c, slot) => book(c, 0, 0, &[at(slot)], RequestTerms { price: Some(FLOOR + slot as u64 * 20), ..terms() }),
		Step::Crisis(c) => Booking::raise_crisis(signed(client(c)), Format::Video, terms()),
		Step::AcceptCrisis(t, id) => Booking::accept_crisis(signed(THERAPISTS[t]), id, access(2)),
		Step::WithdrawCrisis(id) => Booking::withdraw_crisis(signed(client_of(id)), id),
		Step::Reschedule(id, slot) => Booking::propose_reschedule(signed(client_of(id)), id, at(slot), [9; 32]),
		Step::AcceptReschedule(id) => Booking::accept_reschedule(signed(therapist_of(id)), id, access(3)),
		Step::Cover(c, max) => Booking::cover(signed(SPONSOR), client(c), max as u64),
		Step::Uncover(c) => Booking::uncover(signed(SPONSOR), client(c)),
		Step::Sponsor(approve) => if approve {
			Booking::approve_sponsor(RuntimeOrigin::root(), SPONSOR)
		} else {
			Booking::revoke_sponsor(RuntimeOrigin::root(), SPONSOR)
		},
		Step::Confirm(id) => Booking::confirm(signed(therapist_of(id)), id, access(1)),
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
	accounts().iter().map(Balances::total_balance).sum()
}

proptest! {
	// 150 sequences of 70–100 calls: over 10,000 calls in all.
	#![proptest_config(ProptestConfig::with_cases(150))]

	#[test]
	fn money_is_conserved_and_invariants_hold(steps in proptest::collection::vec(step(), 70..100)) {
		run(|| {
			on_crisis_call(OTHER_THERAPIST);
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
