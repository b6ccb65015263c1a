use crate::{mock::*, *};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::InspectHold, ConstU32},
	BoundedVec,
};
use sp_runtime::DispatchError;

fn named(custodians: &[AccountId]) -> BoundedVec<AccountId, ConstU32<3>> {
	BoundedVec::truncate_from(custodians.to_vec())
}

fn request(custodians: &[AccountId]) -> ErasureId {
	assert_ok!(Compliance::request_erasure(signed(CLIENT), record(1), RecordClass::SessionNote, named(custodians)));
	NextErasureId::<Test>::get() - 1
}

fn status(id: ErasureId) -> Option<ErasureStatus> {
	Erasures::<Test>::get(id).map(|request| request.status)
}

#[test]
fn a_request_holds_its_deposit_and_shows_its_deadline() {
	run(|| {
		let id = request(&[VAULT, BACKUP]);
		let deadline = now() + 30 * DAY;
		assert_eq!(events().last(), Some(&Event::ErasureRequested { id, subject: CLIENT, record: record(1), deadline }));
		let stored = Erasures::<Test>::get(id).expect("stored");
		assert_eq!((stored.deadline, stored.status, stored.deposit), (deadline, ErasureStatus::Pending, ERASURE_DEPOSIT));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Erasure.into(), &CLIENT), ERASURE_DEPOSIT);
	});
}

#[test]
fn a_request_names_distinct_registered_custodians_and_is_paid_for() {
	run(|| {
		assert_noop!(
			Compliance::request_erasure(signed(CLIENT), record(1), RecordClass::SessionNote, named(&[])),
			Error::<Test>::NoCustodians
		);
		assert_noop!(
			Compliance::request_erasure(signed(CLIENT), record(1), RecordClass::SessionNote, named(&[VAULT, VAULT])),
			Error::<Test>::DuplicateCustodian
		);
		assert_noop!(
			Compliance::request_erasure(signed(CLIENT), record(1), RecordClass::SessionNote, named(&[VAULT, THERAPIST])),
			Error::<Test>::UnknownCustodian
		);
		assert_noop!(
			Compliance::request_erasure(signed(POOR), record(1), RecordClass::SessionNote, named(&[VAULT])),
			Error::<Test>::CannotPayErasureDeposit
		);
	});
}

#[test]
fn the_last_attestation_completes_the_request() {
	run(|| {
		let id = request(&[VAULT, BACKUP]);
		assert_ok!(Compliance::attest_erasure(signed(VAULT), id, record(0xc1)));
		assert_eq!(events().last(), Some(&Event::ErasureAttested { id, custodian: VAULT, certificate: record(0xc1) }));
		assert_eq!(status(id), Some(ErasureStatus::Pending));
		advance(60);
		assert_ok!(Compliance::attest_erasure(signed(BACKUP), id, record(0xc2)));
		assert_eq!(events().last(), Some(&Event::ErasureCompleted { id, subject: CLIENT }));
		assert_eq!(status(id), Some(ErasureStatus::Completed { at: now() }));
	});
}

#[test]
fn only_named_custodians_attest_and_only_once() {
	run(|| {
		assert_noop!(Compliance::attest_erasure(signed(VAULT), 0, record(2)), Error::<Test>::UnknownErasure);
		let id = request(&[VAULT]);
		assert_noop!(Compliance::attest_erasure(signed(BACKUP), id, record(2)), Error::<Test>::NotNamedCustodian);
		assert_noop!(Compliance::attest_erasure(signed(CLIENT), id, record(2)), Error::<Test>::NotNamedCustodian);
		assert_ok!(Compliance::attest_erasure(signed(VAULT), id, record(2)));
		assert_noop!(Compliance::attest_erasure(signed(VAULT), id, record(3)), Error::<Test>::AlreadyAttested);
	});
}

#[test]
fn a_deregistered_custodian_still_attests_for_requests_naming_it() {
	run(|| {
		let id = request(&[VAULT]);
		assert_ok!(Compliance::deregister_custodian(RuntimeOrigin::root(), VAULT));
		assert_noop!(
			Compliance::request_erasure(signed(CLIENT), record(1), RecordClass::SessionNote, named(&[VAULT])),
			Error::<Test>::UnknownCustodian
		);
		assert_ok!(Compliance::attest_erasure(signed(VAULT), id, record(2)));
		assert!(matches!(status(id), Some(ErasureStatus::Completed { .. })));
	});
}

#[test]
fn requests_past_their_deadline_are_flagged_overdue_a_bounded_number_per_block() {
	run(|| {
		let (first, second, third) = (request(&[VAULT]), request(&[VAULT]), request(&[BACKUP]));
		let done = request(&[BACKUP]);
		assert_ok!(Compliance::attest_erasure(signed(BACKUP), done, record(2)));
		next_block_after(30 * DAY - 1);
		assert_eq!(status(first), Some(ErasureStatus::Pending));
		next_block_after(1);
		// MaxOverduePerBlock is 2.
		assert_eq!((status(first), status(second), status(third)), (Some(ErasureStatus::Overdue), Some(ErasureStatus::Overdue), Some(ErasureStatus::Pending)));
		let deadline = START + 30 * DAY;
		assert_eq!(
			events().iter().filter(|e| matches!(e, Event::ErasureOverdue { .. })).cloned().collect::<Vec<_>>(),
			vec![
				Event::ErasureOverdue { id: first, subject: CLIENT, deadline },
				Event::ErasureOverdue { id: second, subject: CLIENT, deadline },
			]
		);
		next_block_after(6);
		assert_eq!(status(third), Some(ErasureStatus::Overdue));
		// The completed one is passed over, never flagged.
		assert_eq!(status(done), Some(ErasureStatus::Completed { at: START }));
		assert_eq!(OverdueCursor::<Test>::get(), 4);
		// An overdue request can still be honoured.
		assert_ok!(Compliance::attest_erasure(signed(VAULT), first, record(2)));
		assert!(matches!(status(first), Some(ErasureStatus::Completed { .. })));
	});
}

#[test]
fn the_subject_closes_a_request_in_any_status_and_gets_the_deposit_back() {
	run(|| {
		let id = request(&[VAULT]);
		assert_noop!(Compliance::close_erasure(signed(THERAPIST), id), Error::<Test>::NotRequester);
		assert_ok!(Compliance::close_erasure(signed(CLIENT), id));
		assert_eq!(events().last(), Some(&Event::ErasureClosed { id, subject: CLIENT, status: ErasureStatus::Pending }));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Erasure.into(), &CLIENT), 0);
		assert_noop!(Compliance::close_erasure(signed(CLIENT), id), Error::<Test>::UnknownErasure);
		// Closing ahead of the cursor leaves nothing for it to flag.
		next_block_after(31 * DAY);
		assert!(!events().iter().any(|e| matches!(e, Event::ErasureOverdue { .. })));
	});
}

#[test]
fn custodians_are_registered_and_removed_by_governance_only() {
	run(|| {
		assert_noop!(Compliance::register_custodian(signed(CLIENT), 12), DispatchError::BadOrigin);
		assert_ok!(Compliance::register_custodian(RuntimeOrigin::root(), 12));
		assert_eq!(events().last(), Some(&Event::CustodianRegistered { custodian: 12 }));
		assert_noop!(Compliance::register_custodian(RuntimeOrigin::root(), 12), Error::<Test>::AlreadyCustodian);
		assert_noop!(Compliance::deregister_custodian(signed(12), 12), DispatchError::BadOrigin);
		assert_ok!(Compliance::deregister_custodian(RuntimeOrigin::root(), 12));
		assert_eq!(events().last(), Some(&Event::CustodianDeregistered { custodian: 12 }));
		assert_noop!(Compliance::deregister_custodian(RuntimeOrigin::root(), 12), Error::<Test>::NotACustodian);
	});
}
