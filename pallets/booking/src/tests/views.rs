use crate::{mock::*, *};
use frame_support::assert_ok;

#[test]
fn upcoming_sessions_lists_an_accounts_open_bookings_in_a_window() {
	run(|| {
		let late = request_at(SLOT + 2 * DAY);
		let early = confirmed();
		let other = next_id();
		assert_ok!(ask(OTHER_CLIENT, 0, &[SLOT + DAY], terms()));
		let ids = |who, from, to| Booking::upcoming_sessions(&who, from, to).into_iter().map(|(id, _)| id).collect::<Vec<_>>();
		assert_eq!(ids(CLIENT, SLOT, SLOT + 3 * DAY), vec![early, late]);
		assert_eq!(ids(THERAPIST, SLOT, SLOT + 3 * DAY), vec![early, other, late]);
		assert_eq!(ids(CLIENT, SLOT + 1, SLOT + 3 * DAY), vec![late]);
		assert_eq!(ids(OTHER_THERAPIST, 0, u64::MAX), Vec::<BookingId>::new());
		// A completed session is no longer upcoming.
		set_now(SLOT);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), early, None));
		assert_eq!(ids(CLIENT, 0, u64::MAX), vec![late]);
	});
}
