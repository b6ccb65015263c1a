use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use pallet_mv_therapists::Format;
use sp_runtime::{Percent, Permill};

#[test]
fn request_holds_the_price_and_snapshots_the_policy() {
	run(|| {
		let before = free(CLIENT);
		let id = request_at(SLOT);
		assert_eq!(escrowed(CLIENT), PRICE);
		assert_eq!(free(CLIENT), before - PRICE);
		let booking = Bookings::<Test>::get(id).unwrap();
		assert_eq!(booking.status, BookingStatus::Requested { confirm_by: 11 });
		assert_eq!(booking.policy, Booking::policy_of(&THERAPIST));
		assert_eq!(
			events().last(),
			Some(&Event::Requested { id, client: CLIENT, therapist: THERAPIST, payer: CLIENT, start: SLOT, escrow: PRICE })
		);
		// A later policy change does not touch the booking.
		let strict = CancellationPolicy {
			free_cancel_hours: 72,
			late_cancel_fee: Percent::from_percent(100),
			no_show_fee: Percent::from_percent(100),
			dispute_hours: 24,
		};
		assert_ok!(Booking::set_policy(RuntimeOrigin::signed(THERAPIST), strict));
		assert_ne!(Bookings::<Test>::get(id).unwrap().policy, strict);
	});
}

#[test]
fn requests_are_rejected_with_a_reason() {
	run(|| {
		let request = |who, therapist, offering, start, format| {
			Booking::request(RuntimeOrigin::signed(who), therapist, offering, starts(&[start]), format, terms())
		};
		assert_noop!(request(CLIENT, OTHER_CLIENT, 0, SLOT, Format::Video), Error::<Test>::TherapistNotBookable);
		assert_noop!(request(THERAPIST, THERAPIST, 0, SLOT, Format::Video), Error::<Test>::SelfBooking);
		assert_noop!(request(CLIENT, THERAPIST, 9, SLOT, Format::Video), Error::<Test>::UnknownOffering);
		assert_noop!(request(CLIENT, THERAPIST, 0, SLOT, Format::Text), Error::<Test>::FormatNotOffered);
		assert_noop!(ask(CLIENT, 0, &[SLOT, SLOT + DAY], terms()), Error::<Test>::WrongSessionCount);
		assert_noop!(request(CLIENT, THERAPIST, 0, now() + 60, Format::Video), Error::<Test>::TooLittleNotice);
		assert_noop!(request(PAUPER, THERAPIST, 0, SLOT, Format::Video), Error::<Test>::InsufficientFunds);
		assert_noop!(
			ask(CLIENT, 0, &[SLOT], RequestTerms { recording: true, ..terms() }),
			Error::<Test>::NoRecordingConsent
		);
		confirm(request_at(SLOT));
		assert_noop!(request(OTHER_CLIENT, THERAPIST, 0, SLOT + 10 * 60, Format::Video), Error::<Test>::Overlap);
		assert_ok!(Therapists::pause(RuntimeOrigin::signed(THERAPIST)));
		assert_noop!(request(CLIENT, THERAPIST, 0, SLOT + DAY, Format::Video), Error::<Test>::TherapistNotBookable);
	});
}

#[test]
fn completed_sessions_release_automatically_with_the_platform_fee() {
	run(|| {
		assert_ok!(Booking::set_platform_fee(RuntimeOrigin::root(), Permill::from_percent(10)));
		let (therapist, platform, client) = (free(THERAPIST), free(Platform::get()), free(CLIENT));
		let id = confirmed();
		set_now(SLOT + 50 * 60);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), id, Some(sp_core::H256::repeat_byte(9))));
		// Default policy: 168 h dispute window at 2 blocks an hour.
		let release_at = 1 + 168 * 2;
		assert_eq!(Bookings::<Test>::get(id).unwrap().status, BookingStatus::Completed { release_at });
		run_to_block(release_at - 1);
		assert_eq!(escrowed(CLIENT), PRICE, "held until the window closes");
		run_to_block(release_at);
		assert_eq!(escrowed(CLIENT), 0);
		assert_eq!(free(THERAPIST), therapist + 900);
		assert_eq!(free(Platform::get()), platform + 100);
		assert_eq!(free(CLIENT), client - PRICE);
		assert!(events().contains(&Event::Settled { id, to_therapist: 900, platform_fee: 100, refunded: 0 }));
		assert_eq!(paid_hooks(), vec![(CLIENT, THERAPIST, 900)], "the completion hook fires once");
		assert!(Bookings::<Test>::get(id).is_none());
		assert_eq!(pallet_mv_therapists::RatingRights::<Test>::get(CLIENT).into_inner(), vec![(id, THERAPIST)]);
		assert_eq!(pallet_mv_therapists::Records::<Test>::get(THERAPIST).unwrap().open_bookings, 0);
	});
}

#[test]
fn late_client_cancellation_pays_the_fee_and_early_does_not() {
	run(|| {
		let policy = CancellationPolicy {
			free_cancel_hours: 48,
			late_cancel_fee: Percent::from_percent(50),
			no_show_fee: Percent::from_percent(100),
			dispute_hours: 24,
		};
		assert_ok!(Booking::set_policy(RuntimeOrigin::signed(THERAPIST), policy));
		let (therapist, client) = (free(THERAPIST), free(CLIENT));
		let early = confirmed();
		assert_ok!(Booking::cancel(RuntimeOrigin::signed(CLIENT), early));
		assert_eq!((free(THERAPIST), free(CLIENT)), (therapist, client));
		let late = confirmed();
		set_now(SLOT - 47 * HOUR);
		assert_ok!(Booking::cancel(RuntimeOrigin::signed(CLIENT), late));
		assert_eq!(free(THERAPIST), therapist + 500);
		assert_eq!(free(CLIENT), client - 500);
		assert!(events().contains(&Event::Cancelled { id: late, by: CLIENT, fee: 500 }));
	});
}

#[test]
fn therapist_cancellation_and_waivers_refund_in_full() {
	run(|| {
		let policy = CancellationPolicy {
			free_cancel_hours: 24,
			late_cancel_fee: Percent::from_percent(100),
			no_show_fee: Percent::from_percent(100),
			dispute_hours: 24,
		};
		assert_ok!(Booking::set_policy(RuntimeOrigin::signed(THERAPIST), policy));
		let client = free(CLIENT);
		let id = confirmed();
		set_now(SLOT - HOUR);
		assert_ok!(Booking::cancel(RuntimeOrigin::signed(THERAPIST), id));
		assert_eq!(free(CLIENT), client);
		let id = confirmed();
		assert_ok!(Booking::waive_fees(RuntimeOrigin::signed(THERAPIST), id));
		assert_ok!(Booking::cancel(RuntimeOrigin::signed(CLIENT), id));
		assert_eq!(free(CLIENT), client);
		let another = confirmed();
		assert_noop!(Booking::cancel(RuntimeOrigin::signed(OTHER_CLIENT), another), Error::<Test>::NotParty);
	});
}

#[test]
fn no_show_after_the_grace_period() {
	run(|| {
		let therapist = free(THERAPIST);
		let id = confirmed();
		set_now(SLOT + 899);
		assert_noop!(Booking::mark_no_show(RuntimeOrigin::signed(THERAPIST), id), Error::<Test>::GraceNotOver);
		set_now(SLOT + 900);
		assert_noop!(Booking::mark_no_show(RuntimeOrigin::signed(CLIENT), id), Error::<Test>::NotTherapist);
		assert_ok!(Booking::mark_no_show(RuntimeOrigin::signed(THERAPIST), id));
		// The default policy charges no no-show fee.
		assert_eq!(free(THERAPIST), therapist);
		assert!(events().contains(&Event::NoShow { id, fee: 0 }));
	});
}

#[test]
fn declined_and_expired_requests_are_refunded() {
	run(|| {
		let client = free(CLIENT);
		let declined = request_at(SLOT);
		assert_noop!(Booking::decline(RuntimeOrigin::signed(OTHER_THERAPIST), declined), Error::<Test>::NotTherapist);
		assert_ok!(Booking::decline(RuntimeOrigin::signed(THERAPIST), declined));
		assert!(events().contains(&Event::Declined { id: declined }));
		let expiring = request_at(SLOT);
		run_to_block(10);
		assert!(Bookings::<Test>::get(expiring).is_some());
		run_to_block(11);
		assert!(Bookings::<Test>::get(expiring).is_none());
		assert!(events().contains(&Event::Expired { id: expiring }));
		assert_eq!(free(CLIENT), client);
		assert_noop!(Booking::confirm(RuntimeOrigin::signed(THERAPIST), expiring, access(1)), Error::<Test>::UnknownBooking);
	});
}

#[test]
fn disputes_are_split_by_governance() {
	run(|| {
		let (therapist, client) = (free(THERAPIST), free(CLIENT));
		let id = confirmed();
		assert_noop!(Booking::complete(RuntimeOrigin::signed(THERAPIST), id, None), Error::<Test>::NotStarted);
		set_now(SLOT);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), id, None));
		assert_noop!(Booking::dispute(RuntimeOrigin::signed(THERAPIST), id), Error::<Test>::NotClient);
		assert_ok!(Booking::dispute(RuntimeOrigin::signed(CLIENT), id));
		run_to_block(400);
		assert_eq!(escrowed(CLIENT), PRICE, "a dispute stops the automatic release");
		assert_noop!(
			Booking::resolve_dispute(RuntimeOrigin::signed(CLIENT), id, Percent::from_percent(70)),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Booking::resolve_dispute(RuntimeOrigin::root(), id, Percent::from_percent(70)));
		assert_eq!(free(CLIENT), client - 300);
		assert_eq!(free(THERAPIST), therapist + 300);
		assert!(paid_hooks().is_empty(), "no loyalty rewards for a disputed session");
	});
}

#[test]
fn due_work_is_bounded_per_block_and_carried_over() {
	run(|| {
		let ids: Vec<_> = (0..5).map(|n| request_at(SLOT + n * DAY)).collect();
		run_to_block(11);
		assert_eq!(ids.iter().filter(|id| Bookings::<Test>::get(**id).is_none()).count(), 3);
		// A request left over from a full block can still be confirmed; it is not expired later.
		let survivor = *ids.iter().find(|id| Bookings::<Test>::get(**id).is_some()).unwrap();
		confirm(survivor);
		Booking::do_try_state().unwrap();
		run_to_block(12);
		assert_eq!(Bookings::<Test>::get(survivor).unwrap().status, BookingStatus::Confirmed);
		assert_eq!(ids.iter().filter(|id| Bookings::<Test>::get(**id).is_none()).count(), 4);
	});
}

#[test]
fn governance_sets_bounds_and_policies_must_fit() {
	run(|| {
		let mut bounds = Bounds::<Test>::get();
		bounds.max_late_cancel_fee = Percent::from_percent(50);
		assert_noop!(Booking::set_bounds(RuntimeOrigin::signed(CLIENT), bounds), sp_runtime::DispatchError::BadOrigin);
		assert_ok!(Booking::set_bounds(RuntimeOrigin::root(), bounds));
		let greedy = CancellationPolicy {
			free_cancel_hours: 24,
			late_cancel_fee: Percent::from_percent(60),
			no_show_fee: Percent::zero(),
			dispute_hours: 24,
		};
		assert_noop!(Booking::set_policy(RuntimeOrigin::signed(THERAPIST), greedy), Error::<Test>::PolicyOutOfBounds);
		assert_noop!(Booking::set_policy(RuntimeOrigin::signed(CLIENT), greedy), Error::<Test>::TherapistNotBookable);
		bounds.min_dispute_hours = 200;
		assert_noop!(Booking::set_bounds(RuntimeOrigin::root(), bounds), Error::<Test>::InvalidBounds);
	});
}

#[test]
fn governance_parameters_stay_within_their_bounds() {
	run(|| {
		assert_noop!(
			Booking::set_platform_fee(RuntimeOrigin::root(), Permill::from_percent(21)),
			Error::<Test>::PlatformFeeTooHigh
		);
		assert_ok!(Booking::set_platform_fee(RuntimeOrigin::root(), Permill::from_percent(20)));
		assert_noop!(Booking::set_min_notice(RuntimeOrigin::root(), 7 * 24 * 3_600 + 1), Error::<Test>::NoticeTooLong);
		assert_ok!(Booking::set_min_notice(RuntimeOrigin::root(), 7 * 24 * 3_600));
		assert_noop!(
			Booking::set_confirmation_period(RuntimeOrigin::root(), 1_001),
			Error::<Test>::ConfirmationPeriodTooLong
		);
		assert_ok!(Booking::set_confirmation_period(RuntimeOrigin::root(), 1_000));
		assert_eq!(
			(PlatformFee::<Test>::get(), MinNotice::<Test>::get(), ConfirmationPeriod::<Test>::get()),
			(Permill::from_percent(20), 7 * 24 * 3_600, 1_000)
		);
	});
}

#[test]
fn governance_sets_the_confirmation_period_for_new_requests() {
	run(|| {
		let old = request_at(SLOT);
		assert_noop!(Booking::set_confirmation_period(RuntimeOrigin::root(), 0), Error::<Test>::InvalidConfirmationPeriod);
		assert_noop!(Booking::set_confirmation_period(RuntimeOrigin::signed(CLIENT), 3), sp_runtime::DispatchError::BadOrigin);
		assert_ok!(Booking::set_confirmation_period(RuntimeOrigin::root(), 3));
		assert!(events().contains(&Event::ConfirmationPeriodSet { blocks: 3 }));
		let new = request_at(SLOT + DAY);
		assert_eq!(Bookings::<Test>::get(new).unwrap().status, BookingStatus::Requested { confirm_by: 4 });
		assert_eq!(Bookings::<Test>::get(old).unwrap().status, BookingStatus::Requested { confirm_by: 11 });
		run_to_block(4);
		assert!(Bookings::<Test>::get(new).is_none() && Bookings::<Test>::get(old).is_some());
		assert_ok!(Booking::set_min_notice(RuntimeOrigin::root(), 60));
		assert!(events().contains(&Event::MinNoticeSet { seconds: 60 }));
		assert_ok!(ask(CLIENT, 0, &[now() + 60], terms()));
	});
}
