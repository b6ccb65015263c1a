use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn renew_extends_validity_and_moves_the_expiry() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 20);
		assert_noop!(Credentials::renew(RuntimeOrigin::signed(STRANGER), id, 50), Error::<Test>::NotInAuthorityChain);
		assert_noop!(Credentials::renew(RuntimeOrigin::signed(BOARD), 42, 50), Error::<Test>::UnknownCredential);
		assert_noop!(Credentials::renew(RuntimeOrigin::signed(BOARD), id, 1), Error::<Test>::ExpiryNotInFuture);
		assert_ok!(Credentials::renew(RuntimeOrigin::signed(BOARD), id, 50));
		assert_eq!(last_event(), Event::CredentialRenewed { id, valid_until: 50 }.into());
		assert!(!ExpiryQueue::<Test>::contains_key(20, id));
		assert!(ExpiryQueue::<Test>::contains_key(50, id));
		run_to_block(30);
		assert_eq!(Credentials::effective_status(id), Some(EffectiveStatus::Active));
	});
}

#[test]
fn renewal_restores_an_expired_credential() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 5);
		run_to_block(6);
		assert_eq!(CredentialById::<Test>::get(id).unwrap().status, CredentialStatus::Expired);
		assert_ok!(Credentials::renew(RuntimeOrigin::signed(BOARD), id, 60));
		assert_eq!(Credentials::effective_status(id), Some(EffectiveStatus::Active));
	});
}

#[test]
fn renewal_needs_the_issuer_still_accredited() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 20);
		assert_ok!(Credentials::suspend_issuer(RuntimeOrigin::root(), BOARD));
		assert_noop!(Credentials::renew(RuntimeOrigin::signed(BOARD), id, 50), Error::<Test>::IssuerSuspended);
	});
}

#[test]
fn suspend_and_reinstate_a_credential() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 20);
		assert_noop!(Credentials::suspend(RuntimeOrigin::signed(PRO), id), Error::<Test>::NotInAuthorityChain);
		assert_noop!(Credentials::reinstate(RuntimeOrigin::signed(BOARD), id), Error::<Test>::NotSuspended);
		assert_ok!(Credentials::suspend(RuntimeOrigin::signed(BOARD), id));
		assert_eq!(last_event(), Event::CredentialSuspended { id }.into());
		assert_eq!(Credentials::effective_status(id), Some(EffectiveStatus::Suspended));
		assert_noop!(Credentials::suspend(RuntimeOrigin::signed(BOARD), id), Error::<Test>::NotActive);
		assert_ok!(Credentials::reinstate(RuntimeOrigin::signed(BOARD), id));
		assert_eq!(last_event(), Event::CredentialReinstated { id }.into());
		assert_eq!(Credentials::effective_status(id), Some(EffectiveStatus::Active));
		run_to_block(21);
		assert_noop!(Credentials::suspend(RuntimeOrigin::signed(BOARD), id), Error::<Test>::CredentialExpired);
	});
}

#[test]
fn revoke_by_issuer_or_anyone_above_in_the_chain() {
	run(|| {
		accredit_board();
		assert_ok!(Credentials::add_delegation(RuntimeOrigin::signed(BOARD), None, VERIFIER, true, false));
		assert_ok!(Credentials::issue(RuntimeOrigin::signed(VERIFIER), PRO, license(US_CA), commitment(1), Some(50), Some(0)));
		assert_ok!(Credentials::issue(RuntimeOrigin::signed(VERIFIER), PRO, license(US_CA), commitment(2), Some(50), Some(0)));
		assert_noop!(Credentials::revoke(RuntimeOrigin::signed(PRO), 0), Error::<Test>::NotInAuthorityChain);
		assert_ok!(Credentials::revoke(RuntimeOrigin::signed(VERIFIER), 0));
		assert_eq!(last_event(), Event::CredentialRevoked { id: 0, by: VERIFIER }.into());
		assert_ok!(Credentials::revoke(RuntimeOrigin::signed(BOARD), 1));
		assert_eq!(Credentials::effective_status(1), Some(EffectiveStatus::Revoked));
		assert_noop!(Credentials::revoke(RuntimeOrigin::signed(BOARD), 1), Error::<Test>::AlreadyRevoked);
		assert_noop!(Credentials::renew(RuntimeOrigin::signed(BOARD), 1, 90), Error::<Test>::AlreadyRevoked);
		assert!(!ExpiryQueue::<Test>::contains_key(50, 1));
	});
}

#[test]
fn remove_releases_the_deposit_once_the_credential_no_longer_counts() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 20);
		let deposit = CredentialById::<Test>::get(id).unwrap().deposit;
		assert_noop!(Credentials::remove(RuntimeOrigin::signed(PRO), id), Error::<Test>::StillValid);
		assert_noop!(Credentials::remove(RuntimeOrigin::signed(STRANGER), id), Error::<Test>::NotAllowedToRemove);
		assert_noop!(Credentials::remove(RuntimeOrigin::signed(PRO), 7), Error::<Test>::UnknownCredential);
		assert_ok!(Credentials::revoke(RuntimeOrigin::signed(BOARD), id));
		// The subject removes it; the deposit goes back to the issuer who paid it.
		let free_before = Balances::free_balance(BOARD);
		assert_ok!(Credentials::remove(RuntimeOrigin::signed(PRO), id));
		assert_eq!(last_event(), Event::CredentialRemoved { id, deposit_released: deposit }.into());
		assert_eq!(Balances::free_balance(BOARD), free_before + deposit);
		assert_eq!(held(BOARD, HoldReason::CredentialDeposit), 0);
		assert!(CredentialById::<Test>::get(id).is_none());
		assert!(CredentialsOf::<Test>::get(PRO).is_empty());
		assert!(CommitmentIndex::<Test>::get(commitment(1)).is_none());
	});
}

#[test]
fn an_expired_credential_is_removable_by_its_issuer() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 5);
		run_to_block(5);
		assert_ok!(Credentials::remove(RuntimeOrigin::signed(BOARD), id));
		assert!(ExpiryQueue::<Test>::iter().next().is_none());
	});
}

#[test]
fn governance_sets_ce_and_training_requirements() {
	run(|| {
		assert_noop!(Credentials::set_ce_requirement(RuntimeOrigin::signed(BOARD), 20, 100), sp_runtime::DispatchError::BadOrigin);
		assert_noop!(Credentials::set_ce_requirement(RuntimeOrigin::root(), 20, 0), Error::<Test>::ZeroPeriod);
		assert_noop!(Credentials::set_ce_requirement(RuntimeOrigin::root(), 201, 100), Error::<Test>::TooManyCeHours);
		assert_ok!(Credentials::set_ce_requirement(RuntimeOrigin::root(), 20, 100));
		assert_eq!(last_event(), Event::CeRequirementSet { hours: 20, period: 100 }.into());
		let twice = TrainingSet::truncate_from(vec![TrainingModule::EthicalGuidelines; 2]);
		assert_noop!(Credentials::set_required_training(RuntimeOrigin::root(), twice), Error::<Test>::DuplicateModule);
		let modules = TrainingSet::truncate_from(vec![TrainingModule::CrisisManagement, TrainingModule::Web3Fundamentals]);
		assert_ok!(Credentials::set_required_training(RuntimeOrigin::root(), modules));
		assert_eq!(
			RequiredTraining::<Test>::get().to_vec(),
			vec![TrainingModule::Web3Fundamentals, TrainingModule::CrisisManagement]
		);
	});
}
