//! Every change of a credential's standing enters its subject's audit trail, with the account
//! that made it; refused calls record nothing.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use mentalverse_primitives::{testing::take_recorded, AuditEvent, CredentialChange};

fn change(id: CredentialId, actor: AccountId, change: CredentialChange) -> (AccountId, Option<AccountId>, AuditEvent) {
	(PRO, Some(actor), AuditEvent::Credential { id, change })
}

#[test]
fn issuing_renewing_suspending_reinstating_and_revoking_are_recorded_for_the_subject() {
	run(|| {
		accredit_board();
		take_recorded();
		let id = issue_license(1, 100);
		assert_ok!(Credentials::renew(RuntimeOrigin::signed(BOARD), id, 200));
		assert_ok!(Credentials::suspend(RuntimeOrigin::signed(BOARD), id));
		assert_ok!(Credentials::reinstate(RuntimeOrigin::signed(BOARD), id));
		assert_ok!(Credentials::revoke(RuntimeOrigin::signed(BOARD), id));
		assert_eq!(
			take_recorded(),
			vec![
				change(id, BOARD, CredentialChange::Issued),
				change(id, BOARD, CredentialChange::Renewed),
				change(id, BOARD, CredentialChange::Suspended),
				change(id, BOARD, CredentialChange::Reinstated),
				change(id, BOARD, CredentialChange::Revoked),
			]
		);
	});
}

#[test]
fn refused_changes_record_nothing() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 100);
		take_recorded();
		assert_noop!(Credentials::revoke(RuntimeOrigin::signed(STRANGER), id), Error::<Test>::NotInAuthorityChain);
		assert_noop!(Credentials::reinstate(RuntimeOrigin::signed(BOARD), id), Error::<Test>::NotSuspended);
		assert_eq!(take_recorded(), vec![]);
	});
}
