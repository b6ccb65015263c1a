use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};

fn log(n: u8) {
	assert_ok!(Compliance::log_access(
		signed(THERAPIST),
		CLIENT,
		record(n),
		RecordClass::SessionNote,
		Purpose::Treatment,
		Action::Access,
		Basis::Consent(0),
	));
}

#[test]
fn entries_past_retention_are_pruned_oldest_first_and_their_deposits_return() {
	run(|| {
		assert_ok!(Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::Treatment, None));
		for n in 0..5 {
			log(n);
		}
		advance(YEAR);
		log(5);
		let head = Trails::<Test>::get(CLIENT).head;
		assert_noop!(Compliance::prune_trail(signed(8), CLIENT), Error::<Test>::NothingToPrune);
		advance(5 * YEAR + 1);
		// At most MaxPrune (3) a call: the consent's grant and the first two accesses.
		assert_ok!(Compliance::prune_trail(signed(8), CLIENT));
		assert_eq!(events().last(), Some(&Event::TrailPruned { subject: CLIENT, first: 3, removed: 3 }));
		assert_ok!(Compliance::prune_trail(signed(8), CLIENT));
		assert_eq!(Trails::<Test>::get(CLIENT), Trail { first: 6, next: 7, head });
		// The last access is a year younger: kept.
		assert_noop!(Compliance::prune_trail(signed(8), CLIENT), Error::<Test>::NothingToPrune);
		assert_eq!(Balances::balance_on_hold(&HoldReason::TrailEntry.into(), &THERAPIST), ENTRY_DEPOSIT);
		assert!(Entries::<Test>::get(CLIENT, 5).is_none() && Entries::<Test>::get(CLIENT, 6).is_some());
	});
}
