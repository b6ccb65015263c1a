//! Entries that are not accesses: consent changes, and other pallets' steps reported through
//! [`AuditTrail`]. They chain with the accesses, are paid by fees (no hold), are skipped by
//! the accounting of disclosures and kept for the six-year floor.

use crate::{mock::*, *};
use frame_support::{assert_ok, traits::fungible::InspectHold};
use mentalverse_primitives::AuditTrail;

const CONFIRMED: AuditEvent = AuditEvent::Booking { id: 7, step: BookingStep::Confirmed };

fn logged(index: EntryIndex) -> Logged<AccountId, Balance> {
	Entries::<Test>::get(CLIENT, index).expect("stored").logged
}

#[test]
fn consent_changes_enter_the_subjects_trail() {
	run(|| {
		assert_ok!(Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::Treatment, Some(now() + 60)));
		assert_ok!(Compliance::revoke_consent(signed(CLIENT), THERAPIST, Purpose::Treatment));
		assert_eq!(
			logged(0),
			Logged::ConsentGranted { grantee: THERAPIST, purpose: Purpose::Treatment, id: 0, expires_at: Some(START + 60) }
		);
		assert_eq!(logged(1), Logged::ConsentRevoked { grantee: THERAPIST, purpose: Purpose::Treatment, id: 0 });
		let second = Entries::<Test>::get(CLIENT, 1).expect("stored");
		assert_eq!(second.prev, Entries::<Test>::get(CLIENT, 0).expect("stored").digest());
		assert_eq!(Trails::<Test>::get(CLIENT), Trail { first: 0, next: 2, head: second.digest() });
		assert!(events().contains(&Event::EntryLogged { subject: CLIENT, index: 1, digest: second.digest() }));
		// The grantee's own trail is untouched.
		assert_eq!(Trails::<Test>::get(THERAPIST), Trail::default());
	});
}

#[test]
fn another_pallets_step_is_appended_without_a_hold() {
	run(|| {
		Compliance::record(&CLIENT, Some(&THERAPIST), CONFIRMED);
		Compliance::record(&CLIENT, None, AuditEvent::Booking { id: 7, step: BookingStep::DisputeResolved });
		assert_eq!(logged(0), Logged::Process { actor: Some(THERAPIST), event: CONFIRMED });
		assert_eq!(
			logged(1),
			Logged::Process { actor: None, event: AuditEvent::Booking { id: 7, step: BookingStep::DisputeResolved } }
		);
		let head = Entries::<Test>::get(CLIENT, 1).expect("stored").digest();
		assert_eq!(Trails::<Test>::get(CLIENT).head, head);
		assert!(events().contains(&Event::EntryLogged { subject: CLIENT, index: 1, digest: head }));
		assert_eq!(Balances::balance_on_hold(&HoldReason::TrailEntry.into(), &THERAPIST), 0);
	});
}

#[test]
fn the_accounting_lists_only_accesses_while_the_trail_and_its_verification_cover_everything() {
	run(|| {
		assert_ok!(Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::Treatment, None));
		Compliance::record(&CLIENT, Some(&THERAPIST), CONFIRMED);
		assert_ok!(Compliance::log_access(
			signed(THERAPIST),
			CLIENT,
			record(1),
			RecordClass::SessionNote,
			Purpose::Treatment,
			Action::Access,
			Basis::Consent(0),
		));
		Compliance::record(&CLIENT, Some(&THERAPIST), AuditEvent::SessionRecordAnchored { booking: 7, record: record(1) });

		let accounting = Compliance::accounting(&CLIENT, 0, u64::MAX, None, 5);
		assert_eq!(accounting.entries.iter().map(|(i, _)| *i).collect::<Vec<_>>(), vec![2]);
		assert_eq!(accounting.next, None);

		let trail = Compliance::trail_entries(&CLIENT, 0, 3);
		assert_eq!(trail.entries.iter().map(|(i, _)| *i).collect::<Vec<_>>(), vec![0, 1, 2]);
		assert_eq!(trail.next, Some(3));
		let rest = Compliance::trail_entries(&CLIENT, 3, 100);
		assert_eq!((rest.entries.len(), rest.next), (1, None));

		let copy: Vec<EntryOf<Test>> = trail.entries.into_iter().chain(rest.entries).map(|(_, e)| e).collect();
		assert_eq!(Compliance::verify_trail(&CLIENT, 0, &copy), TrailCheck { matched: 4, first_mismatch: None, reaches_head: true });
		let mut tampered = copy.clone();
		tampered[1].logged = Logged::Process { actor: Some(THERAPIST), event: AuditEvent::Booking { id: 7, step: BookingStep::Declined } };
		assert_eq!(Compliance::verify_trail(&CLIENT, 0, &tampered).first_mismatch, Some(1));
	});
}

#[test]
fn an_accounting_page_reads_a_bounded_number_of_entries() {
	run(|| {
		// 30 steps, then one access: a page of one reads at most four entries.
		for id in 0..30 {
			Compliance::record(&CLIENT, Some(&THERAPIST), AuditEvent::Booking { id, step: BookingStep::Requested });
		}
		assert_ok!(Compliance::log_access(
			signed(ON_CALL),
			CLIENT,
			record(1),
			RecordClass::CrisisRecord,
			Purpose::Treatment,
			Action::Access,
			Basis::BreakGlass(Justification::RiskToSelf),
		));
		let first = Compliance::accounting(&CLIENT, 0, u64::MAX, None, 1);
		assert_eq!((first.entries.len(), first.next), (0, Some(4)));
		// Following the cursor reaches the access.
		let mut cursor = first.next;
		let mut found = Vec::new();
		while let Some(at) = cursor {
			let page = Compliance::accounting(&CLIENT, 0, u64::MAX, Some(at), 1);
			found.extend(page.entries.into_iter().map(|(i, _)| i));
			cursor = page.next;
		}
		assert_eq!(found, vec![30]);
	});
}

#[test]
fn steps_are_pruned_after_the_six_year_floor_with_nothing_to_release() {
	run(|| {
		Compliance::record(&CLIENT, Some(&THERAPIST), CONFIRMED);
		advance(6 * YEAR);
		assert_eq!(Compliance::do_prune(&CLIENT), Err(Error::<Test>::NothingToPrune.into()));
		advance(1);
		assert_ok!(Compliance::prune_trail(signed(PROVIDER), CLIENT));
		assert_eq!(Trails::<Test>::get(CLIENT).first, 1);
		assert_eq!(Balances::balance_on_hold(&HoldReason::TrailEntry.into(), &THERAPIST), 0);
	});
}
