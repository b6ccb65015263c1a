use crate::{mock::*, *};
use frame_support::assert_ok;

#[test]
fn a_credential_reads_expired_from_its_valid_until_block_with_no_transaction() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 10);
		run_to_block(9);
		assert_eq!(Credentials::effective_status(id), Some(EffectiveStatus::Active));
		assert!(<Credentials as CredentialInspect<_, _>>::is_licensed(&PRO, US_CA));
		// Without any hook running, the status already reads expired at block 10.
		System::set_block_number(10);
		assert_eq!(Credentials::effective_status(id), Some(EffectiveStatus::Expired));
		assert!(!<Credentials as CredentialInspect<_, _>>::is_licensed(&PRO, US_CA));
		System::set_block_number(9);
		run_to_block(10);
		assert_eq!(CredentialById::<Test>::get(id).unwrap().status, CredentialStatus::Expired);
		assert!(System::events().iter().any(|r| r.event == Event::CredentialExpired { id, at: 10 }.into()));
	});
}

#[test]
fn the_sweep_is_bounded_per_block_and_catches_up() {
	run(|| {
		accredit_board();
		// Ten expiries at block 5, with a budget of four per block.
		let ids: Vec<_> = (0..10).map(|n| {
			let subject = 100 + n as u64;
			let id = NextCredentialId::<Test>::get();
			assert_ok!(Credentials::issue(RuntimeOrigin::signed(BOARD), subject, license(US_CA), commitment(n), Some(5), None));
			id
		}).collect();
		let expired_events = || System::events().iter().filter(|r| matches!(r.event, RuntimeEvent::Credentials(Event::CredentialExpired { .. }))).count();
		run_to_block(5);
		assert_eq!(expired_events(), 4);
		// All ten already read as expired, whatever the sweep has recorded.
		assert!(ids.iter().all(|id| Credentials::effective_status(*id) == Some(EffectiveStatus::Expired)));
		run_to_block(6);
		assert_eq!(expired_events(), 8);
		run_to_block(7);
		assert_eq!(expired_events(), 10);
		assert!(ids.iter().all(|id| CredentialById::<Test>::get(id).unwrap().status == CredentialStatus::Expired));
		assert!(ExpiryQueue::<Test>::iter().next().is_none());
	});
}

#[test]
fn the_sweep_skips_empty_blocks_boundedly() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 3);
		// Jump far ahead without running hooks, as after a long halt: the sweep walks at most
		// four empty blocks per block, so it needs a few blocks to reach block 3 and beyond.
		System::set_block_number(100);
		Credentials::sweep_expiries(100);
		assert_eq!(SweepCursor::<Test>::get(), 4);
		assert_eq!(CredentialById::<Test>::get(id).unwrap().status, CredentialStatus::Expired);
	});
}

#[test]
fn revoked_and_renewed_credentials_are_not_swept() {
	run(|| {
		accredit_board();
		let revoked = issue_license(1, 5);
		let renewed = issue_license(2, 5);
		assert_ok!(Credentials::revoke(RuntimeOrigin::signed(BOARD), revoked));
		assert_ok!(Credentials::renew(RuntimeOrigin::signed(BOARD), renewed, 50));
		run_to_block(6);
		assert_eq!(CredentialById::<Test>::get(revoked).unwrap().status, CredentialStatus::Revoked);
		assert_eq!(CredentialById::<Test>::get(renewed).unwrap().status, CredentialStatus::Active);
	});
}
