//! Each step of a booking enters its client's audit trail, with the account that took it
//! (`None` for governance); an anchored session record enters it too.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use mentalverse_primitives::{testing::take_recorded, AuditEvent, BookingStep};
use pallet_mv_therapists::Format;
use sp_core::H256;
use sp_runtime::Percent;

fn step(id: BookingId, actor: Option<AccountId>, step: BookingStep) -> (AccountId, Option<AccountId>, AuditEvent) {
	(CLIENT, actor, AuditEvent::Booking { id, step })
}

#[test]
fn a_booking_from_request_to_resolved_dispute_is_recorded_step_by_step() {
	run(|| {
		take_recorded();
		let id = confirmed();
		set_now(SLOT);
		let record = H256::repeat_byte(0x5e);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), id, Some(record)));
		assert_ok!(Booking::dispute(RuntimeOrigin::signed(CLIENT), id));
		assert_ok!(Booking::resolve_dispute(RuntimeOrigin::root(), id, Percent::from_percent(50)));
		assert_eq!(
			take_recorded(),
			vec![
				step(id, Some(CLIENT), BookingStep::Requested),
				step(id, Some(THERAPIST), BookingStep::Confirmed),
				step(id, Some(THERAPIST), BookingStep::Completed),
				(CLIENT, Some(THERAPIST), AuditEvent::SessionRecordAnchored { booking: id, record }),
				step(id, Some(CLIENT), BookingStep::Disputed),
				step(id, None, BookingStep::DisputeResolved),
			]
		);
	});
}

#[test]
fn declines_cancellations_and_no_shows_are_recorded_with_who_took_them() {
	run(|| {
		let declined = request_at(SLOT);
		let cancelled = request_at(SLOT + DAY);
		let missed = request_at(SLOT + 2 * DAY);
		confirm(missed);
		take_recorded();
		assert_ok!(Booking::decline(RuntimeOrigin::signed(THERAPIST), declined));
		assert_ok!(Booking::cancel(RuntimeOrigin::signed(CLIENT), cancelled));
		set_now(SLOT + 2 * DAY + 900);
		assert_ok!(Booking::mark_no_show(RuntimeOrigin::signed(THERAPIST), missed));
		assert_eq!(
			take_recorded(),
			vec![
				step(declined, Some(THERAPIST), BookingStep::Declined),
				step(cancelled, Some(CLIENT), BookingStep::Cancelled),
				step(missed, Some(THERAPIST), BookingStep::NoShow),
			]
		);
	});
}

#[test]
fn crisis_requests_are_recorded_when_raised_accepted_or_withdrawn() {
	run(|| {
		on_crisis_call(THERAPIST);
		take_recorded();
		let accepted = next_id();
		assert_ok!(Booking::raise_crisis(RuntimeOrigin::signed(CLIENT), Format::Video, terms()));
		assert_ok!(Booking::accept_crisis(RuntimeOrigin::signed(THERAPIST), accepted, access(2)));
		let withdrawn = next_id();
		assert_ok!(Booking::raise_crisis(RuntimeOrigin::signed(CLIENT), Format::Video, terms()));
		assert_ok!(Booking::withdraw_crisis(RuntimeOrigin::signed(CLIENT), withdrawn));
		assert_eq!(
			take_recorded(),
			vec![
				step(accepted, Some(CLIENT), BookingStep::Requested),
				step(accepted, Some(THERAPIST), BookingStep::Confirmed),
				step(withdrawn, Some(CLIENT), BookingStep::Requested),
				step(withdrawn, Some(CLIENT), BookingStep::Cancelled),
			]
		);
	});
}

#[test]
fn refused_steps_record_nothing() {
	run(|| {
		let id = request_at(SLOT);
		take_recorded();
		assert_noop!(Booking::confirm(RuntimeOrigin::signed(OTHER_THERAPIST), id, access(1)), Error::<Test>::NotTherapist);
		assert_noop!(Booking::dispute(RuntimeOrigin::signed(CLIENT), id), Error::<Test>::WrongState);
		assert_eq!(take_recorded(), vec![]);
	});
}
