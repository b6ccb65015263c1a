use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn governance_accredits_an_issuer() {
	run(|| {
		accredit_board();
		let info = Issuers::<Test>::get(BOARD).unwrap();
		assert_eq!(info.status, IssuerStatus::Active);
		assert!(info.kinds.contains(&KindTag::ProfessionalLicense));
		assert_eq!(info.jurisdictions.to_vec(), vec![US_CA]);
		assert_eq!(last_event(), Event::IssuerAccredited { issuer: BOARD }.into());
	});
}

#[test]
fn accreditation_needs_the_governance_origin() {
	run(|| {
		assert_noop!(
			Credentials::accredit_issuer(RuntimeOrigin::signed(BOARD), BOARD, vec![KindTag::AcademicDegree], vec![]),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn accreditation_rejects_bad_lists() {
	run(|| {
		let root = || RuntimeOrigin::root();
		assert_noop!(Credentials::accredit_issuer(root(), BOARD, vec![], vec![]), Error::<Test>::NoKinds);
		assert_noop!(
			Credentials::accredit_issuer(root(), BOARD, vec![KindTag::AcademicDegree; 2], vec![]),
			Error::<Test>::DuplicateInAccreditation
		);
		assert_noop!(
			Credentials::accredit_issuer(root(), BOARD, vec![KindTag::AcademicDegree], vec![US_CA, US_CA]),
			Error::<Test>::DuplicateInAccreditation
		);
		let many: Vec<_> = (0u8..5).map(|i| Jurisdiction::country([b'A' + i, b'A'])).collect();
		assert_noop!(
			Credentials::accredit_issuer(root(), BOARD, vec![KindTag::AcademicDegree], many),
			Error::<Test>::TooManyInAccreditation
		);
		let lowercase = Jurisdiction { country: *b"us", region: [0; 3] };
		assert_noop!(
			Credentials::accredit_issuer(root(), BOARD, vec![KindTag::ProfessionalLicense], vec![lowercase]),
			Error::<Test>::MalformedJurisdiction
		);
		let gap = Jurisdiction { country: *b"US", region: [0, b'C', b'A'] };
		assert_noop!(
			Credentials::accredit_issuer(root(), BOARD, vec![KindTag::ProfessionalLicense], vec![gap]),
			Error::<Test>::MalformedJurisdiction
		);
	});
}

#[test]
fn re_accreditation_replaces_scope_and_keeps_status() {
	run(|| {
		accredit_board();
		assert_ok!(Credentials::suspend_issuer(RuntimeOrigin::root(), BOARD));
		assert_ok!(Credentials::accredit_issuer(
			RuntimeOrigin::root(),
			BOARD,
			vec![KindTag::AcademicDegree],
			vec![],
		));
		let info = Issuers::<Test>::get(BOARD).unwrap();
		assert_eq!(info.status, IssuerStatus::Suspended);
		assert_eq!(info.kinds.to_vec(), vec![KindTag::AcademicDegree]);
	});
}

#[test]
fn suspend_and_reinstate_an_issuer() {
	run(|| {
		assert_noop!(Credentials::suspend_issuer(RuntimeOrigin::root(), BOARD), Error::<Test>::NotAccredited);
		accredit_board();
		assert_noop!(Credentials::reinstate_issuer(RuntimeOrigin::root(), BOARD), Error::<Test>::IssuerNotSuspended);
		assert_noop!(Credentials::suspend_issuer(RuntimeOrigin::signed(BOARD), BOARD), DispatchError::BadOrigin);
		assert_ok!(Credentials::suspend_issuer(RuntimeOrigin::root(), BOARD));
		assert_eq!(last_event(), Event::IssuerSuspended { issuer: BOARD }.into());
		assert_noop!(Credentials::suspend_issuer(RuntimeOrigin::root(), BOARD), Error::<Test>::IssuerSuspended);
		assert_ok!(Credentials::reinstate_issuer(RuntimeOrigin::root(), BOARD));
		assert_eq!(last_event(), Event::IssuerReinstated { issuer: BOARD }.into());
		assert_noop!(Credentials::reinstate_issuer(RuntimeOrigin::root(), 77), Error::<Test>::NotAccredited);
	});
}

#[test]
fn removing_an_issuer_makes_its_credentials_stop_counting_until_re_accredited() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 100);
		assert_eq!(Credentials::effective_status(id), Some(EffectiveStatus::Active));
		assert_noop!(Credentials::remove_issuer(RuntimeOrigin::signed(BOARD), BOARD), DispatchError::BadOrigin);
		assert_ok!(Credentials::remove_issuer(RuntimeOrigin::root(), BOARD));
		assert_eq!(last_event(), Event::IssuerRemoved { issuer: BOARD }.into());
		assert_eq!(Credentials::effective_status(id), Some(EffectiveStatus::IssuerInactive));
		assert_noop!(Credentials::remove_issuer(RuntimeOrigin::root(), BOARD), Error::<Test>::NotAccredited);
		// The subject can clean up and the depositor gets the deposit back...
		// ...or governance re-accredits, and the credential counts again.
		accredit_board();
		assert_eq!(Credentials::effective_status(id), Some(EffectiveStatus::Active));
	});
}

#[test]
fn a_suspended_issuers_credentials_do_not_count() {
	run(|| {
		accredit_board();
		let id = issue_license(1, 100);
		assert_ok!(Credentials::suspend_issuer(RuntimeOrigin::root(), BOARD));
		assert_eq!(Credentials::effective_status(id), Some(EffectiveStatus::IssuerInactive));
		assert!(!<Credentials as CredentialInspect<_, _>>::is_licensed(&PRO, US_CA));
	});
}
