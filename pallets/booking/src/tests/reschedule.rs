use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn the_client_proposes_the_therapist_accepts_and_keys_rotate() {
	run(|| {
		let id = confirmed();
		assert_eq!(Bookings::<Test>::get(id).unwrap().access, SessionAccess { client_key: [7; 32], therapist: Some(access(1)) });
		let moved = SLOT + DAY;
		assert_noop!(
			Booking::propose_reschedule(RuntimeOrigin::signed(THERAPIST), id, moved, [8; 32]),
			Error::<Test>::NotClient
		);
		assert_noop!(
			Booking::accept_reschedule(RuntimeOrigin::signed(THERAPIST), id, access(5)),
			Error::<Test>::NoRescheduleProposed
		);
		assert_noop!(
			Booking::propose_reschedule(RuntimeOrigin::signed(CLIENT), id, now() + 60, [8; 32]),
			Error::<Test>::TooLittleNotice
		);
		assert_ok!(Booking::propose_reschedule(RuntimeOrigin::signed(CLIENT), id, moved, [8; 32]));
		assert!(events().contains(&Event::RescheduleProposed { id, start: moved }));
		assert_ok!(Booking::accept_reschedule(RuntimeOrigin::signed(THERAPIST), id, access(5)));
		let booking = Bookings::<Test>::get(id).unwrap();
		assert_eq!((booking.start, booking.status, booking.reschedule), (moved, BookingStatus::Confirmed, None));
		assert_eq!(booking.access, SessionAccess { client_key: [8; 32], therapist: Some(access(5)) });
		assert_eq!(Schedule::<Test>::get(THERAPIST).into_inner(), vec![(moved, moved + 50 * 60, id)]);
		assert_eq!(escrowed(CLIENT), PRICE, "the escrow stays");
		assert!(events().contains(&Event::Rescheduled { id, start: moved }));
	});
}

#[test]
fn a_move_onto_a_taken_slot_is_refused_and_nothing_changes() {
	run(|| {
		let id = confirmed();
		let other = next_id();
		assert_ok!(ask(OTHER_CLIENT, 0, &[SLOT + DAY], terms()));
		confirm(other);
		assert_ok!(Booking::propose_reschedule(RuntimeOrigin::signed(CLIENT), id, SLOT + DAY + 600, [8; 32]));
		assert_noop!(Booking::accept_reschedule(RuntimeOrigin::signed(THERAPIST), id, access(5)), Error::<Test>::Overlap);
		let program = next_id();
		assert_ok!(ask(CLIENT, PROGRAM, &[SLOT + 3 * DAY, SLOT + 4 * DAY, SLOT + 5 * DAY], terms()));
		assert_noop!(
			Booking::propose_reschedule(RuntimeOrigin::signed(CLIENT), program, SLOT + 6 * DAY, [8; 32]),
			Error::<Test>::NotReschedulable
		);
	});
}

#[test]
fn access_keys_can_be_set_on_confirmed_bookings_only() {
	run(|| {
		let id = request_at(SLOT);
		assert_noop!(Booking::set_access(RuntimeOrigin::signed(THERAPIST), id, access(4)), Error::<Test>::WrongState);
		confirm(id);
		assert_noop!(Booking::set_access(RuntimeOrigin::signed(CLIENT), id, access(4)), Error::<Test>::NotTherapist);
		assert_ok!(Booking::set_access(RuntimeOrigin::signed(THERAPIST), id, access(4)));
		assert_eq!(Bookings::<Test>::get(id).unwrap().access.therapist, Some(access(4)));
		assert!(events().contains(&Event::AccessSet { id }));
	});
}

#[test]
fn recording_needs_the_clients_consent() {
	run(|| {
		let recorded = RequestTerms { recording: true, ..terms() };
		assert_noop!(ask(CLIENT, 0, &[SLOT], recorded.clone()), Error::<Test>::NoRecordingConsent);
		set_recording_consent(true);
		let id = next_id();
		assert_ok!(ask(CLIENT, 0, &[SLOT], recorded));
		assert!(Bookings::<Test>::get(id).unwrap().recording);
	});
}
