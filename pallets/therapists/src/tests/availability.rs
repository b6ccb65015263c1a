use crate::{matching::{free_windows, TimeSpan}, mock::*, *};
use frame_support::{assert_noop, assert_ok};

fn window(start: u16, length: u16) -> WeeklyWindow {
	WeeklyWindow { start, length }
}

fn available(who: AccountId, start: u64, minutes: u32) -> bool {
	<Therapists as TherapistDirectory<_, _>>::is_available(&who, start, minutes)
}

#[test]
fn the_week_starts_on_monday_utc() {
	assert_eq!(minute_of_week(MONDAY), 0);
	assert_eq!(minute_of_week(MONDAY + 16 * HOUR + 59), 16 * 60);
	assert_eq!(minute_of_week(MONDAY + 7 * DAY - 60), MINUTES_PER_WEEK - 1);
	assert_eq!(day_of(MONDAY + DAY - 1) + 1, day_of(MONDAY + DAY));
}

#[test]
fn sessions_must_fit_a_window() {
	run(|| {
		active_therapist(ALICE, 100);
		assert_eq!(last_event(), Event::AvailabilitySet { therapist: ALICE }.into());
		// Monday 16:00–20:00 UTC.
		assert!(available(ALICE, MONDAY + 16 * HOUR, 50));
		assert!(available(ALICE, MONDAY + 19 * HOUR + 10 * 60, 50));
		assert!(!available(ALICE, MONDAY + 19 * HOUR + 11 * 60, 50));
		assert!(!available(ALICE, MONDAY + 15 * HOUR + 30 * 60, 50));
		// Tuesday: no window. Next Monday: the window repeats.
		assert!(!available(ALICE, MONDAY + DAY + 16 * HOUR, 50));
		assert!(available(ALICE, MONDAY + 7 * DAY + 16 * HOUR, 50));
		// Absurd inputs are simply not available.
		assert!(!available(ALICE, MONDAY + 16 * HOUR, u32::MAX));
		assert!(!available(ALICE, u64::MAX, 50));
		assert!(free_windows(
			&AvailabilityOf::<Test>::get(ALICE),
			TimeSpan { from: u64::MAX - DAY, to: u64::MAX },
			50,
			3
		)
		.len() <= 3);
	});
}

#[test]
fn a_window_may_run_past_sunday_midnight() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		// Sunday 22:00 for four hours, into Monday 02:00.
		let sunday_late = (6 * 1440 + 22 * 60) as u16;
		assert_ok!(Therapists::set_availability(RuntimeOrigin::signed(ALICE), vec![window(sunday_late, 240)], vec![]));
		assert!(available(ALICE, MONDAY + 7 * DAY - HOUR, 90));
		assert!(available(ALICE, MONDAY + HOUR, 60));
		assert!(!available(ALICE, MONDAY + HOUR, 61));
	});
}

#[test]
fn blocked_days_block_sessions_that_start_or_end_on_them() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		let monday_night = (23 * 60) as u16;
		assert_ok!(Therapists::set_availability(
			RuntimeOrigin::signed(ALICE),
			vec![window(monday_night, 120)],
			vec![day_of(MONDAY + DAY)],
		));
		// Starts Monday 23:30, ends Tuesday: Tuesday is blocked.
		assert!(!available(ALICE, MONDAY + 23 * HOUR + 30 * 60, 50));
		assert!(available(ALICE, MONDAY + 23 * HOUR, 50));
		assert!(available(ALICE, MONDAY + 7 * DAY + 23 * HOUR + 30 * 60, 50));
	});
}

#[test]
fn malformed_availability_is_rejected() {
	run(|| {
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		let week = MINUTES_PER_WEEK as u16;
		let cases: Vec<(Vec<WeeklyWindow>, Vec<u32>, Error<Test>)> = vec![
			(vec![window(week, 60)], vec![], Error::WindowOutOfRange),
			(vec![window(0, 0)], vec![], Error::WindowOutOfRange),
			(vec![window(0, week + 1)], vec![], Error::WindowOutOfRange),
			(vec![window(0, 120), window(60, 60)], vec![], Error::OverlappingWindows),
			// The last window runs past the week's end into the first one.
			(vec![window(30, 60), window(week - 60, 120)], vec![], Error::OverlappingWindows),
			((0..5).map(|d| window(d * 1440, 60)).collect(), vec![], Error::TooManyWindows),
			(vec![], vec![1, 2, 3, 4, 5], Error::TooManyBlockedDays),
			(vec![], vec![7, 7], Error::DuplicateBlockedDay),
		];
		for (weekly, blocked, error) in cases {
			assert_noop!(Therapists::set_availability(RuntimeOrigin::signed(ALICE), weekly, blocked), error);
		}
		// Back to back is not overlapping, nor is a wrap that ends where the first starts.
		assert_ok!(Therapists::set_availability(
			RuntimeOrigin::signed(ALICE),
			vec![window(120, 60), window(60, 60), window(week - 60, 120)],
			vec![],
		));
	});
}

#[test]
fn availability_needs_a_registration() {
	run(|| {
		assert_noop!(
			Therapists::set_availability(RuntimeOrigin::signed(ALICE), weekly(), vec![]),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn free_windows_are_listed_in_order_and_skip_blocked_days() {
	run(|| {
		let availability = Therapists::validated_availability(weekly(), vec![day_of(MONDAY + 2 * DAY)]).unwrap();
		let span = TimeSpan { from: MONDAY + 17 * HOUR, to: MONDAY + 14 * DAY };
		let found = free_windows(&availability, span, 50, 3);
		assert_eq!(
			found,
			vec![
				// Monday, clipped to the span; Wednesday is blocked.
				(MONDAY + 17 * HOUR, MONDAY + 20 * HOUR),
				(MONDAY + 7 * DAY + 16 * HOUR, MONDAY + 7 * DAY + 20 * HOUR),
				(MONDAY + 9 * DAY + 16 * HOUR, MONDAY + 9 * DAY + 20 * HOUR),
			]
		);
		// A window clipped shorter than the session does not count.
		let late = TimeSpan { from: MONDAY + 19 * HOUR + 30 * 60, to: MONDAY + DAY };
		assert!(free_windows(&availability, late, 50, 3).is_empty());
	});
}
