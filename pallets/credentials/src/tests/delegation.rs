use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

fn delegate(from: AccountId, parent: Option<DelegationId>, to: AccountId, issue: bool, further: bool) -> DelegationId {
	let id = NextDelegationId::<Test>::get();
	assert_ok!(Credentials::add_delegation(RuntimeOrigin::signed(from), parent, to, issue, further));
	id
}

#[test]
fn an_issuer_delegates_and_the_delegate_issues() {
	run(|| {
		accredit_board();
		let d = delegate(BOARD, None, VERIFIER, true, false);
		assert_eq!(last_event(), Event::DelegationAdded { id: d, delegator: BOARD, delegate: VERIFIER }.into());
		let delegation = Delegations::<Test>::get(d).unwrap();
		assert_eq!((delegation.depth, delegation.root_issuer), (1, BOARD));
		assert_eq!(held(BOARD, HoldReason::DelegationDeposit), delegation.deposit);
		assert!(delegation.deposit > DepositBase::get());

		assert_ok!(Credentials::issue(RuntimeOrigin::signed(VERIFIER), PRO, license(US_CA), commitment(1), Some(50), Some(d)));
		let credential = CredentialById::<Test>::get(0).unwrap();
		assert_eq!((credential.issuer, credential.depositor, credential.delegation), (BOARD, VERIFIER, Some(d)));
	});
}

#[test]
fn delegation_rules_are_enforced() {
	run(|| {
		assert_noop!(
			Credentials::add_delegation(RuntimeOrigin::signed(BOARD), None, VERIFIER, true, true),
			Error::<Test>::NotAccredited
		);
		accredit_board();
		assert_noop!(
			Credentials::add_delegation(RuntimeOrigin::signed(BOARD), None, VERIFIER, false, false),
			Error::<Test>::EmptyDelegation
		);
		assert_noop!(
			Credentials::add_delegation(RuntimeOrigin::signed(BOARD), Some(9), VERIFIER, true, false),
			Error::<Test>::UnknownDelegation
		);
		let issue_only = delegate(BOARD, None, VERIFIER, true, false);
		assert_noop!(
			Credentials::add_delegation(RuntimeOrigin::signed(STRANGER), Some(issue_only), 3, true, false),
			Error::<Test>::NotDelegate
		);
		assert_noop!(
			Credentials::add_delegation(RuntimeOrigin::signed(VERIFIER), Some(issue_only), 3, true, false),
			Error::<Test>::DelegationCannotDelegate
		);
		let delegate_only = delegate(BOARD, None, 3, false, true);
		assert_noop!(
			Credentials::issue(RuntimeOrigin::signed(3), PRO, license(US_CA), commitment(1), Some(9), Some(delegate_only)),
			Error::<Test>::DelegationCannotIssue
		);
		assert_noop!(
			Credentials::add_delegation(RuntimeOrigin::signed(PAUPER), None, 3, true, false),
			Error::<Test>::NotAccredited
		);
	});
}

#[test]
fn delegation_depth_is_bounded() {
	run(|| {
		accredit_board();
		let d1 = delegate(BOARD, None, 2, true, true);
		let d2 = delegate(2, Some(d1), 3, true, true);
		let d3 = delegate(3, Some(d2), 4, true, true);
		assert_eq!(Delegations::<Test>::get(d3).unwrap().depth, MaxDelegationDepth::get());
		assert_noop!(
			Credentials::add_delegation(RuntimeOrigin::signed(4), Some(d3), 5, true, false),
			Error::<Test>::DelegationTooDeep
		);
	});
}

#[test]
fn a_delegate_without_funds_cannot_pay_the_deposit() {
	run(|| {
		accredit_board();
		let d = delegate(BOARD, None, PAUPER, false, true);
		assert_noop!(
			Credentials::add_delegation(RuntimeOrigin::signed(PAUPER), Some(d), 3, true, false),
			Error::<Test>::CannotPayDeposit
		);
	});
}

#[test]
fn revoking_a_delegation_stops_issuing_below_it_and_returns_the_deposit() {
	run(|| {
		accredit_board();
		let d1 = delegate(BOARD, None, 2, true, true);
		let d2 = delegate(2, Some(d1), 3, true, false);
		assert_ok!(Credentials::issue(RuntimeOrigin::signed(3), PRO, license(US_CA), commitment(1), Some(50), Some(d2)));

		assert_noop!(Credentials::revoke_delegation(RuntimeOrigin::signed(STRANGER), d1), Error::<Test>::NotInAuthorityChain);
		// The delegate of d2 cannot revoke the delegation above it.
		assert_noop!(Credentials::revoke_delegation(RuntimeOrigin::signed(3), d1), Error::<Test>::NotInAuthorityChain);
		assert_ok!(Credentials::revoke_delegation(RuntimeOrigin::signed(BOARD), d1));
		assert_eq!(last_event(), Event::DelegationRevoked { id: d1, by: BOARD }.into());
		assert_eq!(held(BOARD, HoldReason::DelegationDeposit), 0);
		assert_noop!(Credentials::revoke_delegation(RuntimeOrigin::signed(BOARD), d1), Error::<Test>::UnknownDelegation);

		// d2 still exists, but its chain is broken: no issuing, and what it issued stops counting.
		assert_noop!(
			Credentials::issue(RuntimeOrigin::signed(3), PRO, license(US_CA), commitment(2), Some(50), Some(d2)),
			Error::<Test>::DelegationRevoked
		);
		assert_eq!(Credentials::effective_status(0), Some(EffectiveStatus::IssuerInactive));
		// The root issuer can still clean up below.
		assert_ok!(Credentials::revoke_delegation(RuntimeOrigin::signed(BOARD), d2));
	});
}

#[test]
fn a_delegator_revokes_its_own_delegation() {
	run(|| {
		accredit_board();
		let d1 = delegate(BOARD, None, 2, true, true);
		let d2 = delegate(2, Some(d1), 3, true, false);
		assert_ok!(Credentials::revoke_delegation(RuntimeOrigin::signed(2), d2));
		assert_eq!(held(2, HoldReason::DelegationDeposit), 0);
	});
}

#[test]
fn a_delegator_makes_a_bounded_number_of_delegations() {
	run(|| {
		accredit_board();
		let first = delegate(BOARD, None, 2, true, false);
		delegate(BOARD, None, 3, true, false);
		delegate(BOARD, None, 4, true, false);
		assert_eq!(DelegationCount::<Test>::get(BOARD), 3);
		assert_noop!(
			Credentials::add_delegation(RuntimeOrigin::signed(BOARD), None, 5, true, false),
			Error::<Test>::TooManyDelegations
		);
		// Revoking one makes room again.
		assert_ok!(Credentials::revoke_delegation(RuntimeOrigin::signed(BOARD), first));
		assert_eq!(DelegationCount::<Test>::get(BOARD), 2);
		delegate(BOARD, None, 5, true, false);
	});
}
