use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

fn standing(who: AccountId) -> Option<Standing> {
	Therapists::standing(&who)
}

#[test]
fn pausing_unlists_and_resuming_lists_again() {
	run(|| {
		active_therapist(ALICE, 100);
		assert_eq!(found(&criteria()), vec![ALICE]);
		assert_ok!(Therapists::pause(RuntimeOrigin::signed(ALICE)));
		assert_eq!(last_event(), Event::Paused { therapist: ALICE }.into());
		assert_eq!(standing(ALICE), Some(Standing::Paused));
		assert!(found(&criteria()).is_empty());
		assert!(!<Therapists as TherapistDirectory<_, _>>::is_bookable(&ALICE));
		assert_eq!(Index::<Test>::iter().count(), 0);
		assert_noop!(Therapists::pause(RuntimeOrigin::signed(ALICE)), Error::<Test>::AlreadyPaused);
		assert_ok!(Therapists::resume(RuntimeOrigin::signed(ALICE)));
		assert_eq!(last_event(), Event::Resumed { therapist: ALICE }.into());
		assert_eq!(standing(ALICE), Some(Standing::Active));
		assert_eq!(found(&criteria()), vec![ALICE]);
		assert_noop!(Therapists::resume(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotPaused);
	});
}

#[test]
fn governance_suspends_with_a_reason_and_reinstates() {
	run(|| {
		active_therapist(ALICE, 100);
		let reason = SuspensionReason::ComplaintUnderReview;
		assert_noop!(
			Therapists::suspend(RuntimeOrigin::signed(BOB), ALICE, reason),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Therapists::suspend(RuntimeOrigin::root(), ALICE, reason));
		assert_eq!(last_event(), Event::Suspended { therapist: ALICE, reason }.into());
		assert_eq!(standing(ALICE), Some(Standing::Suspended(reason)));
		assert!(found(&criteria()).is_empty());
		assert_noop!(Therapists::suspend(RuntimeOrigin::root(), ALICE, reason), Error::<Test>::IsSuspended);
		// The therapist cannot lift it.
		assert_noop!(Therapists::resume(RuntimeOrigin::signed(ALICE)), Error::<Test>::IsSuspended);
		assert_noop!(Therapists::pause(RuntimeOrigin::signed(ALICE)), Error::<Test>::IsSuspended);
		assert_noop!(Therapists::reinstate(RuntimeOrigin::signed(ALICE), ALICE), sp_runtime::DispatchError::BadOrigin);
		assert_ok!(Therapists::reinstate(RuntimeOrigin::root(), ALICE));
		assert_eq!(last_event(), Event::Reinstated { therapist: ALICE }.into());
		assert_eq!(found(&criteria()), vec![ALICE]);
		assert_noop!(Therapists::reinstate(RuntimeOrigin::root(), ALICE), Error::<Test>::NotSuspended);
		assert_noop!(
			Therapists::suspend(RuntimeOrigin::root(), BOB, reason),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn a_paused_therapist_can_be_suspended_and_is_listed_on_reinstatement() {
	run(|| {
		active_therapist(ALICE, 100);
		assert_ok!(Therapists::pause(RuntimeOrigin::signed(ALICE)));
		assert_ok!(Therapists::suspend(RuntimeOrigin::root(), ALICE, SuspensionReason::Other(42)));
		assert_eq!(Index::<Test>::iter().count(), 0);
		assert_ok!(Therapists::reinstate(RuntimeOrigin::root(), ALICE));
		assert_eq!(standing(ALICE), Some(Standing::Active));
	});
}

#[test]
fn retiring_removes_everything_and_returns_the_deposit() {
	run(|| {
		active_therapist(ALICE, 100);
		let deposit = held(ALICE);
		assert!(deposit > 0);
		let free_before = Balances::free_balance(ALICE);
		assert_ok!(Therapists::retire(RuntimeOrigin::signed(ALICE)));
		assert_eq!(last_event(), Event::Retired { therapist: ALICE, deposit_released: deposit }.into());
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::free_balance(ALICE), free_before + deposit);
		assert_eq!(standing(ALICE), None);
		assert!(Profiles::<Test>::get(ALICE).is_none());
		assert!(Offerings::<Test>::get(ALICE).is_empty());
		assert!(AvailabilityOf::<Test>::get(ALICE).weekly.is_empty());
		assert_eq!(Index::<Test>::iter().count(), 0);
		assert_eq!(TherapistCount::<Test>::get(), 0);
		assert_noop!(Therapists::retire(RuntimeOrigin::signed(ALICE)), Error::<Test>::NotRegistered);
	});
}

#[test]
fn retiring_waits_for_open_bookings() {
	run(|| {
		active_therapist(ALICE, 100);
		type Directory = Therapists;
		assert_ok!(<Directory as TherapistDirectory<_, _>>::note_booking_opened(&ALICE));
		assert_noop!(Therapists::retire(RuntimeOrigin::signed(ALICE)), Error::<Test>::OpenBookings);
		<Directory as TherapistDirectory<_, _>>::note_booking_closed(&ALICE);
		assert_ok!(Therapists::retire(RuntimeOrigin::signed(ALICE)));
		assert_eq!(
			<Directory as TherapistDirectory<_, _>>::note_booking_opened(&ALICE),
			Err(Error::<Test>::NotRegistered.into())
		);
	});
}

#[test]
fn a_suspended_therapist_may_retire() {
	run(|| {
		active_therapist(ALICE, 100);
		assert_ok!(Therapists::suspend(RuntimeOrigin::root(), ALICE, SuspensionReason::EthicsViolation));
		assert_ok!(Therapists::retire(RuntimeOrigin::signed(ALICE)));
		assert_eq!(held(ALICE), 0);
	});
}
