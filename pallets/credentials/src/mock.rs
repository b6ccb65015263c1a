//! A minimal runtime for the pallet's tests: System, Balances and Credentials.

use crate as pallet_mv_credentials;
use crate::*;
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
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

parameter_types! {
	pub const DepositBase: Balance = 100;
	pub const DepositPerByte: Balance = 1;
	pub const MaxDelegationDepth: u8 = 3;
	pub const MaxExpiriesPerBlock: u32 = 4;
}

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type RequirementsOrigin = EnsureRoot<AccountId>;
	type MaxCeHours = ConstU32<200>;
	type DepositBase = DepositBase;
	type DepositPerByte = DepositPerByte;
	type MaxKindsPerIssuer = ConstU32<6>;
	type MaxJurisdictionsPerIssuer = ConstU32<4>;
	type MaxCredentialsPerSubject = ConstU32<5>;
	type MaxDelegationDepth = MaxDelegationDepth;
	type MaxDelegationsPerDelegator = ConstU32<3>;
	type MaxExpiriesPerBlock = MaxExpiriesPerBlock;
	type WeightInfo = ();
	type AuditTrail = mentalverse_primitives::testing::RecordingTrail;
}

/// Governance-accredited licensing board.
pub const BOARD: AccountId = 1;
/// A verifier the board delegates to.
pub const VERIFIER: AccountId = 2;
/// A professional (the subject of credentials).
pub const PRO: AccountId = 10;
/// Anyone else.
pub const STRANGER: AccountId = 99;
/// An account without funds.
pub const PAUPER: AccountId = 50;

pub const US_CA: Jurisdiction = Jurisdiction { country: *b"US", region: *b"CA\0" };
pub const US_NY: Jurisdiction = Jurisdiction { country: *b"US", region: *b"NY\0" };
pub const US: Jurisdiction = Jurisdiction::country(*b"US");

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [BOARD, VERIFIER, 3, 4, 5, PRO, 11, STRANGER]
			.into_iter()
			.map(|who| (who, 1_000_000))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` and then checks the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Credentials::do_try_state().expect("invariants hold");
	});
}

/// Moves to block `n`, running the pallet's `on_initialize` for each block on the way.
pub fn run_to_block(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Credentials::on_initialize(next);
	}
}

/// A distinct salted commitment.
pub fn commitment(n: u8) -> H256 {
	H256::repeat_byte(n)
}

pub fn license(jurisdiction: Jurisdiction) -> CredentialKind {
	CredentialKind::ProfessionalLicense {
		jurisdiction,
		class: LicenseClass::Lcsw,
		license_number: H256::repeat_byte(0xAB),
	}
}

pub fn accredit_board() {
	frame_support::assert_ok!(Credentials::accredit_issuer(
		RuntimeOrigin::root(),
		BOARD,
		vec![
			KindTag::ProfessionalLicense,
			KindTag::BackgroundCheck,
			KindTag::ContinuingEducation,
			KindTag::PlatformTraining,
			KindTag::AcademicDegree,
		],
		vec![US_CA],
	));
}

/// The board issues a California license to PRO valid until block `until`; returns its id.
pub fn issue_license(n: u8, until: u64) -> CredentialId {
	let id = NextCredentialId::<Test>::get();
	frame_support::assert_ok!(Credentials::issue(
		RuntimeOrigin::signed(BOARD),
		PRO,
		license(US_CA),
		commitment(n),
		Some(until),
		None,
	));
	id
}

pub fn last_event() -> RuntimeEvent {
	System::events().pop().expect("an event").event
}

pub fn held(who: AccountId, reason: HoldReason) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&RuntimeHoldReason::Credentials(reason), &who)
}
