use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

fn program_starts() -> [u64; 3] {
	[SLOT, SLOT + DAY, SLOT + 2 * DAY]
}

#[test]
fn an_intensive_program_is_one_escrow_with_every_session_scheduled() {
	run(|| {
		let id = next_id();
		assert_ok!(ask(CLIENT, PROGRAM, &program_starts(), terms()));
		assert_eq!(escrowed(CLIENT), PROGRAM_PRICE);
		confirm(id);
		let scheduled: Vec<_> = Schedule::<Test>::get(THERAPIST).iter().map(|(s, _, b)| (*s, *b)).collect();
		assert_eq!(scheduled, program_starts().iter().map(|s| (*s, id)).collect::<Vec<_>>());
		// Held only once its last session has started.
		set_now(SLOT + DAY);
		assert_noop!(Booking::complete(RuntimeOrigin::signed(THERAPIST), id, None), Error::<Test>::NotStarted);
		assert_noop!(Booking::cancel(RuntimeOrigin::signed(CLIENT), id), Error::<Test>::ProgramUnderway);
		set_now(SLOT + 2 * DAY);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), id, None));
		assert!(Schedule::<Test>::get(THERAPIST).is_empty());
	});
}

#[test]
fn program_starts_must_match_the_offering() {
	run(|| {
		assert_noop!(ask(CLIENT, PROGRAM, &[SLOT, SLOT + DAY], terms()), Error::<Test>::WrongSessionCount);
		assert_noop!(
			ask(CLIENT, PROGRAM, &[SLOT + DAY, SLOT, SLOT + 2 * DAY], terms()),
			Error::<Test>::SessionsOutOfOrder
		);
		assert_noop!(
			ask(CLIENT, PROGRAM, &[SLOT, SLOT + 30 * 60, SLOT + DAY], terms()),
			Error::<Test>::SessionsOutOfOrder
		);
		confirm(request_at(SLOT + DAY));
		let id = next_id();
		assert_ok!(ask(CLIENT, PROGRAM, &[SLOT, SLOT + 2 * DAY, SLOT + 3 * DAY], terms()));
		assert_noop!(ask(OTHER_CLIENT, PROGRAM, &program_starts(), terms()), Error::<Test>::Overlap);
		// Before its first session the program can be cancelled like any booking.
		assert_ok!(Booking::cancel(RuntimeOrigin::signed(CLIENT), id));
		assert_eq!(escrowed(CLIENT), PRICE);
	});
}
