//! Standing follows the credentials pallet block by block, with no transaction.

use crate::{mock::*, *};
use frame_support::assert_ok;
use pallet_mv_credentials::TrainingModule;

fn standing(who: AccountId) -> Option<Standing> {
	Therapists::standing(&who)
}

fn registered(who: AccountId) {
	assert_ok!(Therapists::register(RuntimeOrigin::signed(who), profile()));
	assert_ok!(Therapists::add_offering(RuntimeOrigin::signed(who), standard(100)));
	assert_ok!(Therapists::set_availability(RuntimeOrigin::signed(who), weekly(), vec![]));
}

#[test]
fn a_new_registration_waits_for_verification() {
	run(|| {
		registered(ALICE);
		assert_eq!(standing(ALICE), Some(Standing::PendingVerification));
		assert!(found(&criteria()).is_empty());
		issue_license(ALICE, US_CA, 1_000);
		let v = Therapists::verification(&ALICE).unwrap();
		assert!(v.licensed && !v.background_checked && v.training_complete);
		assert_eq!(standing(ALICE), Some(Standing::PendingVerification));
		issue_background_check(ALICE, 2_000);
		assert_eq!(standing(ALICE), Some(Standing::Active));
		assert_eq!(Therapists::verification(&ALICE).unwrap().verified_until, Some(1_000));
		assert_eq!(found(&criteria()), vec![ALICE]);
		assert_eq!(standing(BOB), None);
	});
}

#[test]
fn an_expiring_license_unlists_in_that_block_and_renewal_restores() {
	run(|| {
		registered(ALICE);
		let license = credential(ALICE);
		run_to_block(999);
		assert_eq!(found(&criteria()), vec![ALICE]);
		// Block 1000 without any hook or transaction: the license reads as expired.
		System::set_block_number(1_000);
		assert_eq!(standing(ALICE), Some(Standing::PendingVerification));
		assert!(found(&criteria()).is_empty());
		assert!(!<Therapists as TherapistDirectory<_, _>>::is_bookable(&ALICE));
		assert_ok!(Credentials::renew(RuntimeOrigin::signed(BOARD), license, 1_500));
		assert_eq!(standing(ALICE), Some(Standing::Active));
		assert_eq!(found(&criteria()), vec![ALICE]);
		// The background check (until 2000) now outlasts the license.
		assert_eq!(Therapists::verification(&ALICE).unwrap().verified_until, Some(1_500));
	});
}

#[test]
fn revocation_and_issuer_suspension_unlist() {
	run(|| {
		registered(ALICE);
		let license = credential(ALICE);
		assert_ok!(Credentials::suspend_issuer(RuntimeOrigin::root(), BOARD));
		assert_eq!(standing(ALICE), Some(Standing::PendingVerification));
		assert_ok!(Credentials::reinstate_issuer(RuntimeOrigin::root(), BOARD));
		assert_eq!(standing(ALICE), Some(Standing::Active));
		assert_ok!(Credentials::revoke(RuntimeOrigin::signed(BOARD), license));
		assert_eq!(standing(ALICE), Some(Standing::PendingVerification));
	});
}

#[test]
fn the_license_must_be_in_a_jurisdiction_of_practice() {
	run(|| {
		registered(ALICE);
		issue_license(ALICE, US_NY, 1_000);
		issue_background_check(ALICE, 1_000);
		assert!(!Therapists::verification(&ALICE).unwrap().licensed);
		let mut both = profile();
		both.jurisdictions = bounded(vec![US_CA, US_NY]);
		assert_ok!(Therapists::update_profile(RuntimeOrigin::signed(ALICE), both));
		assert_eq!(standing(ALICE), Some(Standing::Active));
		// A client in California needs a California license, not just a listed state.
		let mut in_ny = criteria();
		in_ny.jurisdiction = Some(US_NY);
		assert_eq!(found(&in_ny), vec![ALICE]);
		let mut in_ca = criteria();
		in_ca.jurisdiction = Some(US_CA);
		assert!(found(&in_ca).is_empty());
	});
}

#[test]
fn governance_training_requirements_apply_at_once() {
	run(|| {
		registered(ALICE);
		credential(ALICE);
		assert_eq!(standing(ALICE), Some(Standing::Active));
		assert_ok!(Credentials::set_required_training(
			RuntimeOrigin::root(),
			bounded(vec![TrainingModule::EthicalGuidelines, TrainingModule::CrisisManagement]),
		));
		assert_eq!(standing(ALICE), Some(Standing::PendingVerification));
		assert!(!Therapists::verification(&ALICE).unwrap().training_complete);
		issue_training(ALICE, TrainingModule::EthicalGuidelines);
		assert_eq!(standing(ALICE), Some(Standing::PendingVerification));
		issue_training(ALICE, TrainingModule::CrisisManagement);
		assert_eq!(standing(ALICE), Some(Standing::Active));
		// Training does not expire: the license still bounds verification.
		assert_eq!(Therapists::verification(&ALICE).unwrap().verified_until, Some(1_000));
	});
}

#[test]
fn paused_and_suspended_outrank_credentials() {
	run(|| {
		registered(ALICE);
		assert_ok!(Therapists::pause(RuntimeOrigin::signed(ALICE)));
		assert_eq!(standing(ALICE), Some(Standing::Paused));
		credential(ALICE);
		assert_eq!(standing(ALICE), Some(Standing::Paused));
	});
}

#[test]
fn crisis_call_needs_the_flag_and_a_bookable_therapist() {
	run(|| {
		registered(ALICE);
		let mut on_call = profile();
		on_call.crisis_on_call = true;
		assert_ok!(Therapists::update_profile(RuntimeOrigin::signed(ALICE), on_call));
		assert!(!<Therapists as TherapistDirectory<_, _>>::is_crisis_on_call(&ALICE));
		credential(ALICE);
		assert!(<Therapists as TherapistDirectory<_, _>>::is_crisis_on_call(&ALICE));
		active_therapist(BOB, 100);
		assert!(!<Therapists as TherapistDirectory<_, _>>::is_crisis_on_call(&BOB));
	});
}
