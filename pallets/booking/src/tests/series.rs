use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use pallet_mv_therapists::Format;

fn start_series(sessions: u32) -> BookingId {
	let series = next_id();
	assert_ok!(Booking::request_series(RuntimeOrigin::signed(CLIENT), THERAPIST, 0, SLOT, Format::Video, terms(), sessions));
	series
}

#[test]
fn a_series_books_weekly_sessions_each_with_its_own_escrow() {
	run(|| {
		let series = start_series(3);
		let ids: Vec<_> = (series + 1..series + 4).collect();
		let starts: Vec<_> = ids.iter().map(|id| Bookings::<Test>::get(id).unwrap().start).collect();
		assert_eq!(starts, vec![SLOT, SLOT + WEEK, SLOT + 2 * WEEK]);
		assert_eq!(escrowed(CLIENT), 3 * PRICE);
		assert!(events().contains(&Event::SeriesStarted { series, client: CLIENT, therapist: THERAPIST, sessions: 3 }));
		assert_eq!(Series::<Test>::get(series).unwrap().open, 3);
	});
}

#[test]
fn completing_a_session_books_the_next_week_so_the_series_rolls() {
	run(|| {
		let series = start_series(2);
		let first = series + 1;
		confirm(first);
		set_now(SLOT);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), first, None));
		let next = next_id() - 1;
		assert_eq!(Bookings::<Test>::get(next).unwrap().start, SLOT + 2 * WEEK);
		assert_eq!(Bookings::<Test>::get(next).unwrap().series, Some(series));
		assert_eq!(Series::<Test>::get(series).unwrap().open, 2, "still two ahead");
		assert_eq!(Series::<Test>::get(series).unwrap().next_start, Some(SLOT + 3 * WEEK));
	});
}

#[test]
fn a_series_that_cannot_book_stops_rolling_and_ends_with_its_last_session() {
	run(|| {
		let series = start_series(1);
		let only = series + 1;
		confirm(only);
		// Next week's slot is taken.
		assert_ok!(Booking::request(
			RuntimeOrigin::signed(OTHER_CLIENT), THERAPIST, 0, starts(&[SLOT + WEEK]), Format::Video, terms()
		));
		confirm(next_id() - 1);
		set_now(SLOT);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), only, None));
		assert!(events().contains(&Event::SeriesInterrupted { series, error: Error::<Test>::Overlap.into() }));
		assert!(events().contains(&Event::SeriesEnded { series }));
		assert!(Series::<Test>::get(series).is_none());
	});
}

#[test]
fn series_limits_and_ending() {
	run(|| {
		let request = |sessions, offering| {
			Booking::request_series(RuntimeOrigin::signed(CLIENT), THERAPIST, offering, SLOT, Format::Video, terms(), sessions)
		};
		assert_noop!(request(0, 0), Error::<Test>::SeriesLength);
		assert_noop!(request(4, 0), Error::<Test>::SeriesLength);
		assert_noop!(request(2, GROUP), Error::<Test>::NotRecurring);
		assert_noop!(request(2, PROGRAM), Error::<Test>::NotRecurring);
		let series = start_series(2);
		assert_noop!(Booking::end_series(RuntimeOrigin::signed(OTHER_CLIENT), series), Error::<Test>::UnknownSeries);
		assert_ok!(Booking::end_series(RuntimeOrigin::signed(CLIENT), series));
		assert!(Series::<Test>::get(series).is_none());
		// Its sessions stay booked; completing one books nothing more.
		confirm(series + 1);
		set_now(SLOT);
		let before = next_id();
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), series + 1, None));
		assert_eq!(next_id(), before);
	});
}
