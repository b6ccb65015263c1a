//! Random sequences of calls over several therapists: after each call the invariants hold, and
//! matching through the index returns exactly what a scan of every therapist would.

use crate::{mock::*, *};
use proptest::prelude::*;

const PROS: [AccountId; 4] = [ALICE, BOB, CAROL, 13];

#[derive(Clone, Debug)]
enum Action {
	Register(usize, u8),
	Update(usize, u8),
	AddOffering(usize, u64),
	RemoveOffering(usize, u16),
	Availability(usize, u16),
	Pause(usize),
	Resume(usize),
	Retire(usize),
	Suspend(usize),
	Reinstate(usize),
	Credentials(usize),
	Advance(u64),
}

fn action() -> impl Strategy<Value = Action> {
	let who = 0..PROS.len();
	prop_oneof![
		(who.clone(), any::<u8>()).prop_map(|(w, s)| Action::Register(w, s)),
		(who.clone(), any::<u8>()).prop_map(|(w, s)| Action::Update(w, s)),
		(who.clone(), 1..200u64).prop_map(|(w, p)| Action::AddOffering(w, p)),
		(who.clone(), 0..4u16).prop_map(|(w, id)| Action::RemoveOffering(w, id)),
		(who.clone(), 0..10_000u16).prop_map(|(w, start)| Action::Availability(w, start)),
		who.clone().prop_map(Action::Pause),
		who.clone().prop_map(Action::Resume),
		who.clone().prop_map(Action::Retire),
		who.clone().prop_map(Action::Suspend),
		who.clone().prop_map(Action::Reinstate),
		who.clone().prop_map(Action::Credentials),
		(1..400u64).prop_map(Action::Advance),
	]
}

/// A profile drawn from `seed`.
fn varied(seed: u8) -> Profile {
	let mut p = profile();
	p.specialties = bounded(vec![Specialty::ALL[seed as usize % 4], Specialty::ALL[4 + seed as usize % 3]]);
	p.languages = bounded(if seed % 2 == 0 { vec![Language(*b"en")] } else { vec![Language(*b"fr")] });
	p.jurisdictions = bounded(if seed % 3 == 0 { vec![US_NY] } else { vec![US_CA, US_NY] });
	p.crisis_on_call = seed % 5 == 0;
	p.accepting_new_clients = seed % 7 != 0;
	p
}

fn apply(action: &Action) {
	let signed = |w: usize| RuntimeOrigin::signed(PROS[w]);
	// Failures are part of the sequence: each call either succeeds or changes nothing.
	let _ = match action.clone() {
		Action::Register(w, s) => Therapists::register(signed(w), varied(s)),
		Action::Update(w, s) => Therapists::update_profile(signed(w), varied(s)),
		Action::AddOffering(w, price) => Therapists::add_offering(signed(w), standard(price)),
		Action::RemoveOffering(w, id) => Therapists::remove_offering(signed(w), id),
		Action::Availability(w, start) => Therapists::set_availability(
			signed(w),
			vec![WeeklyWindow { start: start % MINUTES_PER_WEEK as u16, length: 600 }],
			vec![],
		),
		Action::Pause(w) => Therapists::pause(signed(w)),
		Action::Resume(w) => Therapists::resume(signed(w)),
		Action::Retire(w) => Therapists::retire(signed(w)),
		Action::Suspend(w) => Therapists::suspend(RuntimeOrigin::root(), PROS[w], SuspensionReason::Other(1)),
		Action::Reinstate(w) => Therapists::reinstate(RuntimeOrigin::root(), PROS[w]),
		Action::Credentials(w) => {
			let until = System::block_number() + 300;
			issue_license(PROS[w], if w % 2 == 0 { US_CA } else { US_NY }, until);
			issue_background_check(PROS[w], until + 100);
			Ok(())
		},
		Action::Advance(blocks) => {
			run_to_block(System::block_number() + blocks);
			Ok(())
		},
	};
}

/// What matching must return, by brute force: every registered therapist checked directly.
fn oracle(criteria: &MatchCriteria<Balance>) -> Vec<AccountId> {
	let mut all: Vec<AccountId> = Records::<Test>::iter_keys()
		.filter(|who| Therapists::standing(who) == Some(Standing::Active))
		.filter(|who| {
			let p = Profiles::<Test>::get(who).unwrap();
			let licensed_where_asked = criteria.jurisdiction.is_none_or(|j| {
				p.jurisdictions.contains(&j) && Therapists::evidence(who).licensed_in(&j)
			});
			criteria.specialty.is_none_or(|s| p.specialties.contains(&s)) &&
				criteria.language.is_none_or(|l| p.languages.contains(&l)) &&
				(!criteria.crisis_on_call || p.crisis_on_call) &&
				(!criteria.accepting_new_clients || p.accepting_new_clients) &&
				licensed_where_asked &&
				Offerings::<Test>::get(who).iter().any(|(_, o)| criteria.max_price.is_none_or(|m| o.price <= m))
		})
		.collect();
	all.sort();
	all
}

fn queries() -> Vec<MatchCriteria<Balance>> {
	let mut list = vec![criteria()];
	for s in Specialty::ALL[..7].iter() {
		list.push(MatchCriteria { specialty: Some(*s), ..criteria() });
	}
	list.push(MatchCriteria { language: Some(Language(*b"fr")), jurisdiction: Some(US_CA), ..criteria() });
	list.push(MatchCriteria { jurisdiction: Some(US_NY), max_price: Some(100), ..criteria() });
	list.push(MatchCriteria { crisis_on_call: true, accepting_new_clients: true, ..criteria() });
	list
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]

	#[test]
	fn index_matching_equals_a_full_scan(actions in proptest::collection::vec(action(), 1..60)) {
		run(|| {
			for action in &actions {
				apply(action);
				Therapists::do_try_state().expect("invariants hold after every call");
				for criteria in queries() {
					let mut via_index = found(&criteria);
					via_index.sort();
					assert_eq!(via_index, oracle(&criteria), "{criteria:?} after {action:?}");
				}
			}
		});
	}
}
