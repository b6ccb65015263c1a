use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn updating_moves_the_therapist_in_the_index() {
	run(|| {
		active_therapist(ALICE, 100);
		let mut changed = profile();
		changed.specialties = bounded(vec![Specialty::Grief]);
		assert_ok!(Therapists::update_profile(RuntimeOrigin::signed(ALICE), changed));
		assert!(!Index::<Test>::contains_key(IndexKey::Specialty(Specialty::Anxiety), ALICE));
		assert!(Index::<Test>::contains_key(IndexKey::Specialty(Specialty::Grief), ALICE));
		assert_eq!(IndexSize::<Test>::get(IndexKey::Specialty(Specialty::Anxiety)), 0);
		assert!(System::events()
			.iter()
			.any(|r| r.event == Event::ProfileUpdated { therapist: ALICE }.into()));
		let mut wants_grief = criteria();
		wants_grief.specialty = Some(Specialty::Grief);
		assert_eq!(found(&wants_grief), vec![ALICE]);
	});
}

#[test]
fn the_deposit_follows_the_profile_size() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		let before = held(ALICE);
		let mut bigger = profile();
		bigger.modalities = bounded(Modality::ALL[..8].to_vec());
		assert_ok!(Therapists::update_profile(RuntimeOrigin::signed(ALICE), bigger));
		let grown = held(ALICE);
		assert!(grown > before);
		assert_eq!(grown, Therapists::record(&ALICE).unwrap().deposit);
		assert!(System::events().iter().any(|r| r.event ==
			Event::DepositAdjusted { therapist: ALICE, deposit: grown }.into()));
		assert_ok!(Therapists::update_profile(RuntimeOrigin::signed(ALICE), profile()));
		assert_eq!(held(ALICE), before);
	});
}

#[test]
fn a_paused_therapist_stays_out_of_the_index_after_an_update() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		assert_ok!(Therapists::pause(RuntimeOrigin::signed(ALICE)));
		assert_ok!(Therapists::update_profile(RuntimeOrigin::signed(ALICE), profile()));
		assert_eq!(Index::<Test>::iter().count(), 0);
	});
}

#[test]
fn updating_needs_a_registration_and_a_valid_profile() {
	run(|| {
		assert_noop!(
			Therapists::update_profile(RuntimeOrigin::signed(ALICE), profile()),
			Error::<Test>::NotRegistered
		);
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		let mut bad = profile();
		bad.specialties = bounded(vec![]);
		assert_noop!(Therapists::update_profile(RuntimeOrigin::signed(ALICE), bad), Error::<Test>::NoSpecialty);
	});
}
