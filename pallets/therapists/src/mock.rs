//! A test runtime: System, Balances, the real Credentials pallet and Therapists.

use crate as pallet_mv_therapists;
use crate::*;
use core::cell::Cell;
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU32, Hooks},
};
use frame_system::EnsureRoot;
use pallet_mv_credentials::{CredentialKind, Jurisdiction, KindTag, LicenseClass, TrainingModule};
use sp_core::H256;
use sp_runtime::BuildStorage;

pub type AccountId = u64;
pub type Balance = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Credentials: pallet_mv_credentials,
		Therapists: pallet_mv_therapists,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl pallet_mv_credentials::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type RequirementsOrigin = EnsureRoot<AccountId>;
	type MaxCeHours = ConstU32<200>;
	type DepositBase = frame_support::traits::ConstU64<0>;
	type DepositPerByte = frame_support::traits::ConstU64<0>;
	type MaxKindsPerIssuer = ConstU32<6>;
	type MaxJurisdictionsPerIssuer = ConstU32<4>;
	type MaxCredentialsPerSubject = ConstU32<16>;
	type MaxDelegationDepth = frame_support::traits::ConstU8<2>;
	type MaxDelegationsPerDelegator = ConstU32<2>;
	type MaxExpiriesPerBlock = ConstU32<100>;
	type WeightInfo = ();
	type AuditTrail = ();
}

thread_local! {
	static NOW: Cell<u64> = const { Cell::new(0) };
}

/// Wall-clock time the tests set.
pub struct MockTime;
impl frame_support::traits::UnixTime for MockTime {
	fn now() -> core::time::Duration {
		core::time::Duration::from_secs(NOW.with(|now| now.get()))
	}
}

pub fn set_now(unix_seconds: u64) {
	NOW.with(|now| now.set(unix_seconds));
}

parameter_types! {
	pub const DepositBase: Balance = 1_000;
	pub const DepositPerByte: Balance = 1;
}

#[derive_impl(pallet_mv_therapists::config_preludes::TestDefaultConfig)]
impl Config for Test {
	type Currency = Balances;
	type Credentials = Credentials;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type UnixTime = MockTime;
	type DepositBase = DepositBase;
	type DepositPerByte = DepositPerByte;
}

/// Licensing board accredited for California and New York.
pub const BOARD: AccountId = 1;
/// Professionals.
pub const ALICE: AccountId = 10;
pub const BOB: AccountId = 11;
pub const CAROL: AccountId = 12;
/// A client.
pub const CLIENT: AccountId = 20;
/// An account without funds.
pub const PAUPER: AccountId = 50;

pub const US_CA: Jurisdiction = Jurisdiction { country: *b"US", region: *b"CA\0" };
pub const US_NY: Jurisdiction = Jurisdiction { country: *b"US", region: *b"NY\0" };
/// Monday 2026-01-05 00:00 UTC.
pub const MONDAY: u64 = 1_767_571_200;
pub const HOUR: u64 = 3_600;
pub const DAY: u64 = 86_400;

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [BOARD, ALICE, BOB, CAROL, CLIENT, 21, 22].into_iter().map(|who| (who, 1_000_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_now(MONDAY);
		assert_ok!(Credentials::accredit_issuer(
			RuntimeOrigin::root(),
			BOARD,
			vec![KindTag::ProfessionalLicense, KindTag::BackgroundCheck, KindTag::PlatformTraining],
			vec![US_CA, US_NY],
		));
	});
	ext
}

/// Runs `test`, then checks both pallets' invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Therapists::do_try_state().expect("therapist invariants hold");
	});
}

/// Moves to block `n`, running the credentials sweep on the way.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Credentials::on_initialize(next);
	}
}

fn issue(who: AccountId, kind: CredentialKind, until: Option<u64>) -> pallet_mv_credentials::CredentialId {
	let id = pallet_mv_credentials::NextCredentialId::<Test>::get();
	let commitment = H256::from_low_u64_be(id + 1000 * who);
	assert_ok!(Credentials::issue(RuntimeOrigin::signed(BOARD), who, kind, commitment, until, None));
	id
}

pub fn issue_license(who: AccountId, jurisdiction: Jurisdiction, until: u64) -> pallet_mv_credentials::CredentialId {
	issue(
		who,
		CredentialKind::ProfessionalLicense { jurisdiction, class: LicenseClass::Lmft, license_number: H256::repeat_byte(7) },
		Some(until),
	)
}

pub fn issue_background_check(who: AccountId, until: u64) -> pallet_mv_credentials::CredentialId {
	issue(who, CredentialKind::BackgroundCheck { jurisdiction: US_CA }, Some(until))
}

pub fn issue_training(who: AccountId, module: TrainingModule) -> pallet_mv_credentials::CredentialId {
	issue(who, CredentialKind::PlatformTraining { module }, None)
}

/// A California license (until block 1000) and background check (until 2000).
pub fn credential(who: AccountId) -> pallet_mv_credentials::CredentialId {
	let license = issue_license(who, US_CA, 1_000);
	issue_background_check(who, 2_000);
	license
}

pub fn bounded<V, S: frame_support::traits::Get<u32>>(items: Vec<V>) -> frame_support::BoundedVec<V, S> {
	items.try_into().ok().expect("fits the bound")
}

/// A California therapist for anxiety and depression, CBT, English and Spanish.
pub fn profile() -> Profile {
	Profile {
		jurisdictions: bounded(vec![US_CA]),
		specialties: bounded(vec![Specialty::Anxiety, Specialty::Depression]),
		modalities: bounded(vec![Modality::Cbt]),
		languages: bounded(vec![Language(*b"en"), Language(*b"es")]),
		cultural_competencies: bounded(vec![CulturalCompetency::LatinoHispanic]),
		populations: bounded(vec![Population::Adults]),
		insurance: bounded(vec![7]),
		years_experience: 8,
		utc_offset_minutes: -480,
		accepting_new_clients: true,
		crisis_on_call: false,
		document: H256::repeat_byte(1),
	}
}

/// A 50-minute standard video session.
pub fn standard(price: Balance) -> Offering<Balance> {
	Offering {
		kind: SessionKind::Standard,
		duration_minutes: 50,
		price,
		sliding_scale_floor: None,
		formats: bounded(vec![Format::Video]),
	}
}

/// Monday and Wednesday 16:00–20:00 UTC.
pub fn weekly() -> Vec<WeeklyWindow> {
	vec![WeeklyWindow { start: 16 * 60, length: 240 }, WeeklyWindow { start: 2 * 1440 + 16 * 60, length: 240 }]
}

/// Registers `who` with credentials, [`profile`], a standard offering at `price` and [`weekly`].
pub fn active_therapist(who: AccountId, price: Balance) {
	credential(who);
	assert_ok!(Therapists::register(RuntimeOrigin::signed(who), profile()));
	assert_ok!(Therapists::add_offering(RuntimeOrigin::signed(who), standard(price)));
	assert_ok!(Therapists::set_availability(RuntimeOrigin::signed(who), weekly(), vec![]));
}

pub fn held(who: AccountId) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&RuntimeHoldReason::Therapists(HoldReason::RegistrationDeposit), &who)
}

pub fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

pub fn criteria() -> MatchCriteria<Balance> {
	MatchCriteria::default()
}

pub fn found(criteria: &MatchCriteria<Balance>) -> Vec<AccountId> {
	Therapists::match_therapists(criteria, 0, 50).results.into_iter().map(|r| r.therapist).collect()
}
