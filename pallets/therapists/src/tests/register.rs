use crate::{mock::*, *};
use pallet_mv_credentials::Jurisdiction;
use frame_support::{assert_noop, assert_ok};

#[test]
fn registering_holds_the_deposit_and_lists_the_therapist() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		let record = Therapists::record(&ALICE).unwrap();
		let expected = Therapists::deposit_for(&profile(), &Default::default(), &Default::default());
		assert_eq!(record.deposit, expected);
		assert_eq!(held(ALICE), expected);
		assert_eq!(record.status, ListingStatus::Listed);
		assert_eq!(TherapistCount::<Test>::get(), 1);
		assert!(Index::<Test>::contains_key(IndexKey::Specialty(Specialty::Anxiety), ALICE));
		assert!(Index::<Test>::contains_key(IndexKey::Language(Language(*b"es")), ALICE));
		assert_eq!(IndexSize::<Test>::get(IndexKey::Jurisdiction(US_CA)), 1);
		assert_eq!(last_event(), Event::Registered { therapist: ALICE, deposit: expected }.into());
	});
}

#[test]
fn the_deposit_grows_with_the_profile() {
	run(|| {
		let mut bigger = profile();
		bigger.specialties = bounded(Specialty::ALL[..10].to_vec());
		let none = Default::default();
		assert!(
			Therapists::deposit_for(&bigger, &none, &Default::default()) >
				Therapists::deposit_for(&profile(), &none, &Default::default())
		);
	});
}

#[test]
fn lists_are_stored_sorted() {
	run(|| {
		let mut shuffled = profile();
		shuffled.specialties = bounded(vec![Specialty::Grief, Specialty::Anxiety]);
		shuffled.languages = bounded(vec![Language(*b"fr"), Language(*b"en")]);
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), shuffled));
		let stored = Profiles::<Test>::get(ALICE).unwrap();
		assert_eq!(stored.specialties.into_inner(), vec![Specialty::Anxiety, Specialty::Grief]);
		assert_eq!(stored.languages.into_inner(), vec![Language(*b"en"), Language(*b"fr")]);
	});
}

#[test]
fn a_registered_therapist_cannot_register_again() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		assert_noop!(
			Therapists::register(RuntimeOrigin::signed(ALICE), profile()),
			Error::<Test>::AlreadyRegistered
		);
	});
}

/// Each malformed profile is rejected with its own error.
#[test]
fn malformed_profiles_are_rejected() {
	run(|| {
		let cases: Vec<(fn(&mut Profile), Error<Test>)> = vec![
			(|p| p.jurisdictions = bounded(vec![]), Error::NoJurisdiction),
			(|p| p.specialties = bounded(vec![]), Error::NoSpecialty),
			(|p| p.languages = bounded(vec![]), Error::NoLanguage),
			(
				|p| p.jurisdictions = bounded(vec![Jurisdiction { country: *b"us", region: [0; 3] }]),
				Error::MalformedJurisdiction,
			),
			(|p| p.languages = bounded(vec![Language(*b"EN")]), Error::MalformedLanguage),
			(|p| p.specialties = bounded(vec![Specialty::Ocd, Specialty::Ocd]), Error::DuplicateInProfile),
			(|p| p.insurance = bounded(vec![3, 3]), Error::DuplicateInProfile),
			(|p| p.utc_offset_minutes = 841, Error::UtcOffsetOutOfRange),
			(|p| p.utc_offset_minutes = -721, Error::UtcOffsetOutOfRange),
		];
		for (spoil, error) in cases {
			let mut bad = profile();
			spoil(&mut bad);
			assert_noop!(Therapists::register(RuntimeOrigin::signed(ALICE), bad), error);
		}
	});
}

#[test]
fn registering_needs_the_deposit() {
	run(|| {
		assert_noop!(
			Therapists::register(RuntimeOrigin::signed(PAUPER), profile()),
			Error::<Test>::CannotPayDeposit
		);
	});
}

#[test]
fn registering_needs_a_signed_origin() {
	run(|| {
		assert_noop!(
			Therapists::register(RuntimeOrigin::root(), profile()),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}
