use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use pallet_mv_therapists::Format;

fn raise(who: AccountId) -> BookingId {
	let id = next_id();
	assert_ok!(Booking::raise_crisis(RuntimeOrigin::signed(who), Format::Video, terms()));
	id
}

#[test]
fn an_on_call_therapist_accepts_and_the_session_starts_at_once() {
	run(|| {
		on_crisis_call(THERAPIST);
		let id = raise(CLIENT);
		assert_eq!(escrowed(CLIENT), 200);
		assert!(events().contains(&Event::CrisisRaised { id, client: CLIENT, format: Format::Video, escrow: 200 }));
		assert_eq!(Booking::crisis_queue().iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![id]);
		assert_noop!(
			Booking::accept_crisis(RuntimeOrigin::signed(OTHER_THERAPIST), id, access(2)),
			Error::<Test>::NotOnCrisisCall
		);
		assert_ok!(Booking::accept_crisis(RuntimeOrigin::signed(THERAPIST), id, access(2)));
		assert!(events().contains(&Event::CrisisAccepted { id, therapist: THERAPIST, start: MONDAY }));
		let booking = Bookings::<Test>::get(id).unwrap();
		assert_eq!((booking.service, booking.status, booking.start), (Service::Crisis, BookingStatus::Confirmed, MONDAY));
		assert_eq!(booking.access.therapist, Some(access(2)));
		assert!(Booking::crisis_queue().is_empty());
		// The first to accept gets it.
		on_crisis_call(OTHER_THERAPIST);
		assert_noop!(
			Booking::accept_crisis(RuntimeOrigin::signed(OTHER_THERAPIST), id, access(3)),
			Error::<Test>::UnknownCrisis
		);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), id, None));
	});
}

#[test]
fn an_unaccepted_request_escalates_every_period_until_withdrawn() {
	run(|| {
		let id = raise(CLIENT);
		run_to_block(5);
		assert!(!events().iter().any(|e| matches!(e, Event::CrisisEscalated { .. })));
		run_to_block(6);
		assert!(events().contains(&Event::CrisisEscalated { id, escalations: 1 }));
		run_to_block(11);
		assert!(events().contains(&Event::CrisisEscalated { id, escalations: 2 }));
		assert_eq!(CrisisQueue::<Test>::get(id).unwrap().escalate_at, 16);
		let client = free(CLIENT);
		assert_noop!(Booking::withdraw_crisis(RuntimeOrigin::signed(OTHER_CLIENT), id), Error::<Test>::NotClient);
		assert_ok!(Booking::withdraw_crisis(RuntimeOrigin::signed(CLIENT), id));
		assert_eq!(free(CLIENT), client + 200);
		assert!(Escalations::<Test>::iter().next().is_none());
		run_to_block(20);
		assert!(!events().contains(&Event::CrisisEscalated { id, escalations: 3 }));
	});
}

#[test]
fn crisis_requests_are_checked() {
	run(|| {
		raise(CLIENT);
		assert_noop!(
			Booking::raise_crisis(RuntimeOrigin::signed(CLIENT), Format::Video, terms()),
			Error::<Test>::CrisisAlreadyOpen
		);
		assert_noop!(
			Booking::raise_crisis(RuntimeOrigin::signed(OTHER_CLIENT), Format::Video, RequestTerms { price: Some(50), ..terms() }),
			Error::<Test>::PriceNotNegotiable
		);
		assert_noop!(Booking::raise_crisis(RuntimeOrigin::signed(PAUPER), Format::Video, terms()), Error::<Test>::InsufficientFunds);
		// A therapist busy now cannot take it.
		on_crisis_call(THERAPIST);
		let own = raise(THERAPIST);
		assert_noop!(Booking::accept_crisis(RuntimeOrigin::signed(THERAPIST), own, access(2)), Error::<Test>::SelfBooking);
		let id = raise(OTHER_CLIENT);
		assert_ok!(Booking::accept_crisis(RuntimeOrigin::signed(THERAPIST), id, access(2)));
		assert_noop!(
			Booking::accept_crisis(RuntimeOrigin::signed(THERAPIST), id - 2, access(2)),
			Error::<Test>::Overlap
		);
	});
}

#[test]
fn governance_sets_crisis_terms() {
	run(|| {
		let terms = CrisisTerms { price: 500, minutes: 60, escalate_after: 3 };
		assert_noop!(Booking::set_crisis_terms(RuntimeOrigin::signed(CLIENT), terms), sp_runtime::DispatchError::BadOrigin);
		assert_noop!(
			Booking::set_crisis_terms(RuntimeOrigin::root(), CrisisTerms { minutes: 0, ..terms }),
			Error::<Test>::InvalidCrisisTerms
		);
		assert_noop!(
			Booking::set_crisis_terms(RuntimeOrigin::root(), CrisisTerms { price: 1, ..terms }),
			Error::<Test>::EscrowTooSmall
		);
		assert_ok!(Booking::set_crisis_terms(RuntimeOrigin::root(), terms));
		raise(CLIENT);
		assert_eq!(escrowed(CLIENT), 500);
	});
}
