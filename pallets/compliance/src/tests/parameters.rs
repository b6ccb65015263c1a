use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use sp_runtime::DispatchError;

#[test]
fn retention_is_set_per_class_within_bounds() {
	run(|| {
		assert_eq!(Retention::<Test>::get(RecordClass::PsychotherapyNote), 6 * YEAR);
		let ten_years = GovernedParameter::Retention(RecordClass::PsychotherapyNote, 10 * YEAR);
		assert_noop!(Compliance::set_parameter(signed(CLIENT), ten_years), DispatchError::BadOrigin);
		assert_ok!(Compliance::set_parameter(RuntimeOrigin::root(), ten_years));
		assert_eq!(events().last(), Some(&Event::ParameterSet { parameter: ten_years }));
		assert_eq!(Retention::<Test>::get(RecordClass::PsychotherapyNote), 10 * YEAR);
		assert_eq!(Retention::<Test>::get(RecordClass::SessionNote), 6 * YEAR);
		for out in [6 * YEAR - 1, 30 * YEAR + 1] {
			assert_noop!(
				Compliance::set_parameter(RuntimeOrigin::root(), GovernedParameter::Retention(RecordClass::Billing, out)),
				Error::<Test>::RetentionOutOfBounds
			);
		}
	});
}

#[test]
fn the_erasure_deadline_is_set_within_bounds_and_applies_to_new_requests() {
	run(|| {
		for out in [DAY - 1, 90 * DAY + 1] {
			assert_noop!(
				Compliance::set_parameter(RuntimeOrigin::root(), GovernedParameter::ErasureDeadline(out)),
				Error::<Test>::DeadlineOutOfBounds
			);
		}
		assert_ok!(Compliance::set_parameter(RuntimeOrigin::root(), GovernedParameter::ErasureDeadline(DAY)));
		assert_ok!(Compliance::request_erasure(
			signed(CLIENT),
			record(1),
			RecordClass::Assessment,
			BoundedVec::truncate_from(vec![VAULT])
		));
		assert_eq!(Erasures::<Test>::get(0).map(|request| request.deadline), Some(now() + DAY));
	});
}

#[test]
fn a_longer_retention_keeps_a_class_s_entries_from_pruning() {
	run(|| {
		assert_ok!(Compliance::set_parameter(
			RuntimeOrigin::root(),
			GovernedParameter::Retention(RecordClass::PsychotherapyNote, 10 * YEAR)
		));
		assert_ok!(Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::PsychotherapyNotes, None));
		assert_ok!(Compliance::grant_consent(signed(CLIENT), PROVIDER, Purpose::Treatment, None));
		let log = |who, class, purpose, id| {
			assert_ok!(Compliance::log_access(signed(who), CLIENT, record(1), class, purpose, Action::Access, Basis::Consent(id)));
		};
		log(PROVIDER, RecordClass::SessionNote, Purpose::Treatment, 1);
		log(THERAPIST, RecordClass::PsychotherapyNote, Purpose::PsychotherapyNotes, 0);
		log(PROVIDER, RecordClass::SessionNote, Purpose::Treatment, 1);
		advance(7 * YEAR);
		// The two grants and the session note go; pruning stops at the psychotherapy note,
		// kept ten years.
		assert_ok!(Compliance::prune_trail(signed(8), CLIENT));
		assert_eq!(Trails::<Test>::get(CLIENT).first, 3);
		assert_noop!(Compliance::prune_trail(signed(8), CLIENT), Error::<Test>::NothingToPrune);
		advance(3 * YEAR + 1);
		assert_ok!(Compliance::prune_trail(signed(8), CLIENT));
		assert_eq!(Trails::<Test>::get(CLIENT).first, 5);
	});
}
