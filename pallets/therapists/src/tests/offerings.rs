use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

fn offering(kind: SessionKind, minutes: u16) -> Offering<Balance> {
	Offering { kind, duration_minutes: minutes, ..standard(100) }
}

#[test]
fn offerings_get_increasing_ids_that_are_never_reused() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		assert_ok!(Therapists::add_offering(RuntimeOrigin::signed(ALICE), standard(100)));
		assert_eq!(last_event(), Event::OfferingAdded { therapist: ALICE, id: 0 }.into());
		assert_ok!(Therapists::add_offering(RuntimeOrigin::signed(ALICE), offering(SessionKind::BriefConsultation, 20)));
		assert_ok!(Therapists::remove_offering(RuntimeOrigin::signed(ALICE), 1));
		assert!(System::events().iter().any(|r| r.event == Event::OfferingRemoved { therapist: ALICE, id: 1 }.into()));
		assert_ok!(Therapists::add_offering(RuntimeOrigin::signed(ALICE), standard(120)));
		let ids: Vec<_> = Offerings::<Test>::get(ALICE).iter().map(|(id, _)| *id).collect();
		assert_eq!(ids, vec![0, 2]);
		assert_eq!(<Therapists as TherapistDirectory<_, _>>::offering(&ALICE, 2).unwrap().price, 120);
		assert_eq!(<Therapists as TherapistDirectory<_, _>>::offering(&ALICE, 1), None);
	});
}

#[test]
fn offerings_add_to_the_deposit_and_removing_returns_it() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		let bare = held(ALICE);
		assert_ok!(Therapists::add_offering(RuntimeOrigin::signed(ALICE), standard(100)));
		assert!(held(ALICE) > bare);
		assert_ok!(Therapists::remove_offering(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(held(ALICE), bare);
	});
}

#[test]
fn every_session_kind_has_its_duration_range() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		let kinds = [
			(SessionKind::BriefConsultation, 15, 30),
			(SessionKind::Standard, 45, 50),
			(SessionKind::Extended, 75, 90),
			(SessionKind::IntensiveProgram { sessions: 6 }, 45, 90),
			(SessionKind::Maintenance, 15, 50),
			(SessionKind::Group { capacity: 8 }, 45, 120),
		];
		for (kind, shortest, longest) in kinds {
			for minutes in [shortest - 1, longest + 1] {
				assert_noop!(
					Therapists::add_offering(RuntimeOrigin::signed(ALICE), offering(kind, minutes)),
					Error::<Test>::DurationOutOfRange
				);
			}
			assert_eq!(Therapists::validated_offering(offering(kind, shortest)).map(|o| o.kind), Ok(kind));
			assert_eq!(Therapists::validated_offering(offering(kind, longest)).map(|o| o.kind), Ok(kind));
		}
	});
}

#[test]
fn malformed_offerings_are_rejected() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		let cases: Vec<(Offering<Balance>, Error<Test>)> = vec![
			(standard(0), Error::ZeroPrice),
			(Offering { sliding_scale_floor: Some(101), ..standard(100) }, Error::InvalidSlidingScaleFloor),
			(Offering { sliding_scale_floor: Some(0), ..standard(100) }, Error::InvalidSlidingScaleFloor),
			(Offering { formats: bounded(vec![]), ..standard(100) }, Error::NoFormat),
			(Offering { formats: bounded(vec![Format::Text, Format::Text]), ..standard(100) }, Error::DuplicateFormat),
			(offering(SessionKind::IntensiveProgram { sessions: 1 }, 60), Error::BundleSizeOutOfRange),
			(offering(SessionKind::IntensiveProgram { sessions: 21 }, 60), Error::BundleSizeOutOfRange),
			(offering(SessionKind::Group { capacity: 1 }, 60), Error::GroupCapacityOutOfRange),
			(offering(SessionKind::Group { capacity: 13 }, 60), Error::GroupCapacityOutOfRange),
		];
		for (bad, error) in cases {
			assert_noop!(Therapists::add_offering(RuntimeOrigin::signed(ALICE), bad), error);
		}
		let floor = Offering { sliding_scale_floor: Some(60), ..standard(100) };
		assert_ok!(Therapists::add_offering(RuntimeOrigin::signed(ALICE), floor));
	});
}

#[test]
fn offerings_are_bounded() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		for _ in 0..4 {
			assert_ok!(Therapists::add_offering(RuntimeOrigin::signed(ALICE), standard(100)));
		}
		assert_noop!(
			Therapists::add_offering(RuntimeOrigin::signed(ALICE), standard(100)),
			Error::<Test>::TooManyOfferings
		);
	});
}

#[test]
fn offerings_need_a_registration_and_a_known_id() {
	run(|| {
		assert_noop!(
			Therapists::add_offering(RuntimeOrigin::signed(ALICE), standard(100)),
			Error::<Test>::NotRegistered
		);
		assert_noop!(Therapists::remove_offering(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::NotRegistered);
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		assert_noop!(Therapists::remove_offering(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::UnknownOffering);
	});
}

#[test]
fn offering_ids_run_out_rather_than_wrap() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		Records::<Test>::mutate(ALICE, |r| r.as_mut().unwrap().next_offering_id = OfferingId::MAX);
		assert_noop!(
			Therapists::add_offering(RuntimeOrigin::signed(ALICE), standard(100)),
			Error::<Test>::OfferingIdsExhausted
		);
	});
}
