use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

const GROUP_SLOT: u64 = SLOT + 2 * HOUR;

fn seat(who: AccountId) -> BookingId {
	let id = next_id();
	assert_ok!(ask(who, GROUP, &[GROUP_SLOT], terms()));
	id
}

#[test]
fn the_first_request_opens_the_group_and_confirmation_schedules_it() {
	run(|| {
		// The seat's id comes first, then the group's.
		let first = next_id();
		let group = first + 1;
		assert_eq!(seat(CLIENT), first);
		assert!(events().contains(&Event::GroupOpened { group, therapist: THERAPIST, start: GROUP_SLOT, capacity: GROUP_CAPACITY }));
		assert_eq!(escrowed(CLIENT), SEAT_PRICE, "one seat's price held");
		assert!(matches!(Bookings::<Test>::get(first).unwrap().status, BookingStatus::Requested { .. }));
		// A second joiner before confirmation waits too.
		let second = seat(OTHER_CLIENT);
		assert!(matches!(Bookings::<Test>::get(second).unwrap().status, BookingStatus::Requested { .. }));
		confirm(first);
		assert_eq!(Schedule::<Test>::get(THERAPIST).into_inner(), vec![(GROUP_SLOT, GROUP_SLOT + 90 * 60, group)]);
		confirm(second);
		assert_eq!(Schedule::<Test>::get(THERAPIST).len(), 1, "the group holds one slot");
		// Joining a scheduled group confirms at once; the last seat fills it.
		let third = seat(100);
		assert_eq!(Bookings::<Test>::get(third).unwrap().status, BookingStatus::Confirmed);
		assert!(events().contains(&Event::GroupFilled { group }));
		assert_noop!(ask(101, GROUP, &[GROUP_SLOT], terms()), Error::<Test>::GroupFull);
		assert_eq!(Groups::<Test>::get(group).unwrap().seats.into_inner(), vec![first, second, third]);
	});
}

#[test]
fn leaving_frees_a_seat_and_the_last_to_leave_closes_the_group() {
	run(|| {
		let first = seat(CLIENT);
		let group = first + 1;
		confirm(first);
		let second = seat(OTHER_CLIENT);
		assert_ok!(Booking::cancel(RuntimeOrigin::signed(OTHER_CLIENT), second));
		assert_eq!(escrowed(OTHER_CLIENT), 0, "left before the free window closed: full refund");
		assert_eq!(Groups::<Test>::get(group).unwrap().seats.into_inner(), vec![first]);
		assert_ok!(Booking::cancel(RuntimeOrigin::signed(THERAPIST), first));
		assert!(Groups::<Test>::get(group).is_none());
		assert!(GroupAt::<Test>::get(THERAPIST, GROUP_SLOT).is_none());
		assert!(Schedule::<Test>::get(THERAPIST).is_empty());
	});
}

#[test]
fn each_seat_is_completed_and_paid_on_its_own() {
	run(|| {
		let (a, b) = (seat(CLIENT), seat(OTHER_CLIENT));
		confirm(a);
		confirm(b);
		let therapist = free(THERAPIST);
		set_now(GROUP_SLOT + 900);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), a, None));
		assert_eq!(Schedule::<Test>::get(THERAPIST).len(), 1, "still scheduled for the other seat");
		assert_ok!(Booking::mark_no_show(RuntimeOrigin::signed(THERAPIST), b));
		assert!(Schedule::<Test>::get(THERAPIST).is_empty());
		run_to_block(1 + 168 * 2);
		assert_eq!(free(THERAPIST), therapist + SEAT_PRICE);
	});
}

#[test]
fn a_group_slot_is_one_offering_and_respects_the_schedule() {
	run(|| {
		confirm(request_at(GROUP_SLOT + 30 * 60));
		assert_noop!(ask(CLIENT, GROUP, &[GROUP_SLOT], terms()), Error::<Test>::Overlap);
		let later = GROUP_SLOT + DAY;
		assert_ok!(ask(CLIENT, GROUP, &[later], terms()));
		// Another offering cannot join the group's slot.
		assert_ok!(Therapists::add_offering(
			RuntimeOrigin::signed(THERAPIST),
			pallet_mv_therapists::Offering {
				kind: pallet_mv_therapists::SessionKind::Group { capacity: 8 },
				duration_minutes: 90,
				price: 100,
				sliding_scale_floor: None,
				formats: vec![pallet_mv_therapists::Format::Video].try_into().unwrap(),
			}
		));
		assert_noop!(ask(OTHER_CLIENT, 3, &[later], terms()), Error::<Test>::SlotTaken);
	});
}
