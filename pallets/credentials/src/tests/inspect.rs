use crate::{mock::*, *};
use frame_support::assert_ok;

type Inspect = Credentials;

fn issue(kind: CredentialKind, until: Option<u64>, n: u8) -> CredentialId {
	let id = NextCredentialId::<Test>::get();
	assert_ok!(Credentials::issue(RuntimeOrigin::signed(BOARD), PRO, kind, commitment(n), until, None));
	id
}

#[test]
fn licensed_in_a_jurisdiction_until_the_latest_expiry() {
	run(|| {
		accredit_board();
		assert!(!<Inspect as CredentialInspect<_, _>>::is_licensed(&PRO, US_CA));
		issue_license(1, 40);
		issue_license(2, 80);
		assert!(<Inspect as CredentialInspect<_, _>>::is_licensed(&PRO, US_CA));
		assert!(!<Inspect as CredentialInspect<_, _>>::is_licensed(&PRO, US_NY));
		assert_eq!(
			<Inspect as CredentialInspect<_, _>>::valid_until(&PRO, KindTag::ProfessionalLicense, Some(US_CA)),
			Some(Some(80))
		);
		assert!(<Inspect as CredentialInspect<_, _>>::has_valid(&PRO, KindTag::ProfessionalLicense, None));
		assert_eq!(<Inspect as CredentialInspect<_, _>>::valid_until(&PRO, KindTag::BackgroundCheck, None), None);
	});
}

#[test]
fn a_credential_without_expiry_outranks_any_block() {
	run(|| {
		accredit_board();
		issue(CredentialKind::AcademicDegree { level: DegreeLevel::Master }, Some(30), 1);
		issue(CredentialKind::AcademicDegree { level: DegreeLevel::Doctorate }, None, 2);
		assert_eq!(
			<Inspect as CredentialInspect<_, _>>::valid_until(&PRO, KindTag::AcademicDegree, None),
			Some(None)
		);
	});
}

#[test]
fn required_training_is_every_required_module() {
	run(|| {
		accredit_board();
		let required = TrainingSet::truncate_from(vec![TrainingModule::Web3Fundamentals, TrainingModule::CrisisManagement]);
		assert_ok!(Credentials::set_required_training(RuntimeOrigin::root(), required));
		assert!(!<Inspect as CredentialInspect<_, _>>::has_required_training(&PRO));
		issue(CredentialKind::PlatformTraining { module: TrainingModule::Web3Fundamentals }, None, 1);
		assert!(!<Inspect as CredentialInspect<_, _>>::has_required_training(&PRO));
		let crisis = issue(CredentialKind::PlatformTraining { module: TrainingModule::CrisisManagement }, None, 2);
		assert!(<Inspect as CredentialInspect<_, _>>::has_required_training(&PRO));
		assert_ok!(Credentials::revoke(RuntimeOrigin::signed(BOARD), crisis));
		assert!(!<Inspect as CredentialInspect<_, _>>::has_required_training(&PRO));
	});
}

#[test]
fn ce_compliance_counts_hours_within_the_period() {
	run(|| {
		accredit_board();
		assert!(<Inspect as CredentialInspect<_, _>>::is_ce_compliant(&PRO), "no requirement set");
		assert_ok!(Credentials::set_ce_requirement(RuntimeOrigin::root(), 20, 100));
		assert!(!<Inspect as CredentialInspect<_, _>>::is_ce_compliant(&PRO));
		let ce = |hours, n| issue(CredentialKind::ContinuingEducation { hours, category: CeCategory::Ethics }, None, n);
		ce(12, 1);
		run_to_block(50);
		ce(8, 2);
		assert_eq!(Credentials::ce_hours(&PRO, 100), 20);
		assert!(<Inspect as CredentialInspect<_, _>>::is_ce_compliant(&PRO));
		// At block 120 the first record (block 1) has left the 100-block period.
		run_to_block(120);
		assert_eq!(Credentials::ce_hours(&PRO, 100), 8);
		assert!(!<Inspect as CredentialInspect<_, _>>::is_ce_compliant(&PRO));
	});
}

#[test]
fn credentials_of_lists_each_with_its_status() {
	run(|| {
		accredit_board();
		let live = issue_license(1, 40);
		let revoked = issue_license(2, 40);
		assert_ok!(Credentials::revoke(RuntimeOrigin::signed(BOARD), revoked));
		let listed: Vec<_> = Credentials::credentials_of(&PRO).into_iter().map(|(id, _, s)| (id, s)).collect();
		assert_eq!(listed, vec![(live, EffectiveStatus::Active), (revoked, EffectiveStatus::Revoked)]);
	});
}

#[test]
fn validity_at_a_future_block_accounts_for_expiry() {
	run(|| {
		accredit_board();
		issue_license(1, 40);
		let licensed_at = |at| <Inspect as CredentialInspect<_, _>>::has_valid_at(&PRO, KindTag::ProfessionalLicense, Some(US_CA), at);
		assert!(licensed_at(39));
		assert!(!licensed_at(40), "a session at the expiry block is not covered");
	});
}
