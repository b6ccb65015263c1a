use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use sp_core::H256;

#[test]
fn an_issuer_issues_a_license_and_pays_a_deposit() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 100);
		assert_eq!(last_event(), Event::CredentialIssued { id, subject: PRO, issuer: BOARD, kind: KindTag::ProfessionalLicense }.into());
		let credential = CredentialById::<Test>::get(id).unwrap();
		assert_eq!(credential.status, CredentialStatus::Active);
		assert_eq!(credential.valid_until, Some(100));
		assert_eq!(credential.issued_at, 1);
		assert_eq!(CredentialsOf::<Test>::get(PRO).to_vec(), vec![id]);
		assert_eq!(CommitmentIndex::<Test>::get(commitment(1)), Some(id));
		assert!(ExpiryQueue::<Test>::contains_key(100, id));
		// Deposit: base plus one unit per byte stored.
		let bytes = codec::Encode::encoded_size(&credential) + 32 + 16;
		assert_eq!(credential.deposit, DepositBase::get() + bytes as u64);
		assert_eq!(held(BOARD, HoldReason::CredentialDeposit), credential.deposit);
		assert_eq!(Balances::total_balance_on_hold(&BOARD), credential.deposit);
	});
}

#[test]
fn only_an_active_accredited_issuer_may_issue() {
	run(|| {
		let issue = |who| Credentials::issue(RuntimeOrigin::signed(who), PRO, license(US_CA), commitment(1), Some(9), None);
		assert_noop!(issue(STRANGER), Error::<Test>::NotAccredited);
		accredit_board();
		assert_ok!(Credentials::suspend_issuer(RuntimeOrigin::root(), BOARD));
		assert_noop!(issue(BOARD), Error::<Test>::IssuerSuspended);
	});
}

#[test]
fn kind_and_jurisdiction_must_be_within_accreditation() {
	run(|| {
		assert_ok!(Credentials::accredit_issuer(RuntimeOrigin::root(), BOARD, vec![KindTag::ProfessionalLicense], vec![US_CA]));
		let issue = |kind, n| Credentials::issue(RuntimeOrigin::signed(BOARD), PRO, kind, commitment(n), Some(9), None);
		assert_noop!(issue(CredentialKind::AcademicDegree { level: DegreeLevel::Master }, 1), Error::<Test>::KindNotAccredited);
		assert_noop!(issue(license(US_NY), 2), Error::<Test>::JurisdictionNotAccredited);
		let malformed = Jurisdiction { country: *b"U1", region: [0; 3] };
		assert_noop!(issue(license(malformed), 3), Error::<Test>::MalformedJurisdiction);
	});
}

#[test]
fn a_national_accreditation_covers_every_region() {
	run(|| {
		assert_ok!(Credentials::accredit_issuer(RuntimeOrigin::root(), BOARD, vec![KindTag::ProfessionalLicense], vec![US]));
		assert_ok!(Credentials::issue(RuntimeOrigin::signed(BOARD), PRO, license(US_NY), commitment(1), Some(9), None));
		let canada = Jurisdiction::country(*b"CA");
		assert_noop!(
			Credentials::issue(RuntimeOrigin::signed(BOARD), PRO, license(canada), commitment(2), Some(9), None),
			Error::<Test>::JurisdictionNotAccredited
		);
	});
}

#[test]
fn licenses_and_background_checks_need_a_future_expiry() {
	run(|| {
		accredit_board();
		run_to_block(10);
		let issue = |kind, until, n| Credentials::issue(RuntimeOrigin::signed(BOARD), PRO, kind, commitment(n), until, None);
		assert_noop!(issue(license(US_CA), None, 1), Error::<Test>::ExpiryRequired);
		assert_noop!(issue(CredentialKind::BackgroundCheck { jurisdiction: US_CA }, None, 2), Error::<Test>::ExpiryRequired);
		assert_noop!(issue(license(US_CA), Some(10), 3), Error::<Test>::ExpiryNotInFuture);
		// A degree need not expire.
		assert_ok!(issue(CredentialKind::AcademicDegree { level: DegreeLevel::Doctorate }, None, 4));
	});
}

#[test]
fn a_commitment_is_attested_once() {
	run(|| {
		accredit_board();
		issue_license(1, 100);
		assert_noop!(
			Credentials::issue(RuntimeOrigin::signed(BOARD), 11, license(US_CA), commitment(1), Some(100), None),
			Error::<Test>::DuplicateCommitment
		);
	});
}

#[test]
fn a_subject_holds_a_bounded_number_of_credentials() {
	run(|| {
		accredit_board();
		for n in 0..5 {
			issue_license(n, 100);
		}
		assert_noop!(
			Credentials::issue(RuntimeOrigin::signed(BOARD), PRO, license(US_CA), commitment(9), Some(100), None),
			Error::<Test>::TooManyCredentials
		);
	});
}

#[test]
fn the_issuer_must_afford_the_deposit() {
	run(|| {
		assert_ok!(Credentials::accredit_issuer(RuntimeOrigin::root(), PAUPER, vec![KindTag::AcademicDegree], vec![]));
		assert_noop!(
			Credentials::issue(
				RuntimeOrigin::signed(PAUPER),
				PRO,
				CredentialKind::AcademicDegree { level: DegreeLevel::Master },
				H256::repeat_byte(7),
				None,
				None
			),
			Error::<Test>::CannotPayDeposit
		);
	});
}
