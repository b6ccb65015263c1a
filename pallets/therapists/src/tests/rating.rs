use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

fn grant(client: AccountId, therapist: AccountId, booking: BookingId) {
	<Therapists as TherapistDirectory<_, _>>::grant_rating_right(&client, &therapist, booking);
}

#[test]
fn a_client_rates_a_completed_booking_once() {
	run(|| {
		active_therapist(ALICE, 100);
		grant(CLIENT, ALICE, 7);
		assert_eq!(last_event(), Event::RatingRightGranted { client: CLIENT, therapist: ALICE, booking: 7 }.into());
		assert_ok!(Therapists::rate(RuntimeOrigin::signed(CLIENT), 7, 4));
		assert_eq!(last_event(), Event::Rated { therapist: ALICE, booking: 7, stars: 4 }.into());
		assert_eq!(Therapists::record(&ALICE).unwrap().rating, Rating { sum: 4, count: 1 });
		assert_noop!(Therapists::rate(RuntimeOrigin::signed(CLIENT), 7, 5), Error::<Test>::NoRatingRight);
	});
}

#[test]
fn only_the_granted_client_may_rate_and_only_with_1_to_5_stars() {
	run(|| {
		active_therapist(ALICE, 100);
		grant(CLIENT, ALICE, 1);
		assert_noop!(Therapists::rate(RuntimeOrigin::signed(BOB), 1, 5), Error::<Test>::NoRatingRight);
		assert_noop!(Therapists::rate(RuntimeOrigin::signed(CLIENT), 2, 5), Error::<Test>::NoRatingRight);
		assert_noop!(Therapists::rate(RuntimeOrigin::signed(CLIENT), 1, 0), Error::<Test>::StarsOutOfRange);
		assert_noop!(Therapists::rate(RuntimeOrigin::signed(CLIENT), 1, 6), Error::<Test>::StarsOutOfRange);
		assert_ok!(Therapists::rate(RuntimeOrigin::signed(CLIENT), 1, 5));
	});
}

#[test]
fn the_oldest_unused_right_lapses_when_too_many_are_owed() {
	run(|| {
		active_therapist(ALICE, 100);
		for booking in 1..=4 {
			grant(CLIENT, ALICE, booking);
		}
		assert_eq!(RatingRights::<Test>::get(CLIENT).len(), 3);
		assert_noop!(Therapists::rate(RuntimeOrigin::signed(CLIENT), 1, 5), Error::<Test>::NoRatingRight);
		assert_ok!(Therapists::rate(RuntimeOrigin::signed(CLIENT), 4, 5));
	});
}

#[test]
fn a_retired_therapist_cannot_be_rated() {
	run(|| {
		active_therapist(ALICE, 100);
		grant(CLIENT, ALICE, 1);
		assert_ok!(Therapists::retire(RuntimeOrigin::signed(ALICE)));
		assert_noop!(Therapists::rate(RuntimeOrigin::signed(CLIENT), 1, 5), Error::<Test>::NotRegistered);
	});
}

#[test]
fn ranking_pulls_few_ratings_towards_four_stars() {
	let one_five = Rating { sum: 5, count: 1 };
	let many_high = Rating { sum: 480, count: 100 };
	assert!(many_high.ranking_score() > one_five.ranking_score());
	assert_eq!(Rating::default().ranking_score(), 4_000);
	assert!(Rating { sum: 1, count: 1 }.ranking_score() < 4_000);
}
