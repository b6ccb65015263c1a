//! A test runtime with the real credentials and therapists pallets behind bookings.

use crate as pallet_mv_booking;
use crate::*;
use core::cell::Cell;
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, Hooks},
};
use frame_system::EnsureRoot;
use pallet_mv_credentials::{CredentialKind, Jurisdiction, KindTag, LicenseClass};
use pallet_mv_therapists::{
	Format, Language, Offering, Profile, SessionKind, Specialty, WeeklyWindow,
};
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
		Booking: pallet_mv_booking,
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
	type DepositBase = ConstU64<0>;
	type DepositPerByte = ConstU64<0>;
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
	static RECORDING_CONSENT: Cell<bool> = const { Cell::new(false) };
	static DISCOUNT: Cell<u8> = const { Cell::new(0) };
	static GRANT: Cell<Balance> = const { Cell::new(0) };
	static PAID: core::cell::RefCell<Vec<(AccountId, AccountId, Balance)>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// Recording consent as the compliance pallet would answer it.
pub struct MockConsent;
impl RecordingConsent<AccountId> for MockConsent {
	fn allows_recording(_: &AccountId, _: &AccountId) -> bool {
		RECORDING_CONSENT.with(|c| c.get())
	}
}

pub fn set_recording_consent(given: bool) {
	RECORDING_CONSENT.with(|c| c.set(given));
}

/// Every therapist's platform-fee discount, in percent.
pub struct MockDiscount;
impl FeeDiscount<AccountId> for MockDiscount {
	fn platform_fee_discount(_: &AccountId) -> sp_runtime::Percent {
		sp_runtime::Percent::from_percent(DISCOUNT.with(|d| d.get()))
	}
}

pub fn set_discount(percent: u8) {
	DISCOUNT.with(|d| d.set(percent));
}

/// A scholarship fund (account 40) with one grant, CLIENT's, of [`grant_left`].
pub struct MockFund;
pub const FUND: AccountId = 40;
impl ScholarshipFund<AccountId, Balance> for MockFund {
	fn account() -> Option<AccountId> {
		Some(FUND)
	}
	fn draw(client: &AccountId, amount: Balance) -> frame_support::dispatch::DispatchResult {
		frame_support::ensure!(*client == CLIENT && amount <= grant_left(), sp_runtime::DispatchError::Other("no grant"));
		GRANT.with(|g| g.set(g.get() - amount));
		Ok(())
	}
	fn restore(_: &AccountId, amount: Balance) {
		GRANT.with(|g| g.set(g.get() + amount));
	}
}

pub fn set_grant(amount: Balance) {
	GRANT.with(|g| g.set(amount));
}

pub fn grant_left() -> Balance {
	GRANT.with(|g| g.get())
}

/// Remembers the completion hook's calls.
pub struct RecordPaid;
impl OnSessionPaid<AccountId, Balance> for RecordPaid {
	fn on_session_paid(client: &AccountId, therapist: &AccountId, paid: Balance) {
		PAID.with(|p| p.borrow_mut().push((*client, *therapist, paid)));
	}
}

pub fn paid_hooks() -> Vec<(AccountId, AccountId, Balance)> {
	PAID.with(|p| p.borrow().clone())
}

pub struct MockTime;
impl frame_support::traits::UnixTime for MockTime {
	fn now() -> core::time::Duration {
		core::time::Duration::from_secs(NOW.with(|now| now.get()))
	}
}

pub fn set_now(unix_seconds: u64) {
	NOW.with(|now| now.set(unix_seconds));
}

pub fn now() -> u64 {
	NOW.with(|now| now.get())
}

#[derive_impl(pallet_mv_therapists::config_preludes::TestDefaultConfig)]
impl pallet_mv_therapists::Config for Test {
	type Currency = Balances;
	type Credentials = Credentials;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type UnixTime = MockTime;
	type DepositBase = ConstU64<0>;
	type DepositPerByte = ConstU64<0>;
}

parameter_types! {
	pub const Platform: AccountId = 90;
	/// 200 a crisis session, 30 minutes, escalating every 5 blocks.
	pub const Crisis: CrisisTerms<Balance, u64> = CrisisTerms { price: 200, minutes: 30, escalate_after: 5 };
	pub const MaxPlatformFee: sp_runtime::Permill = sp_runtime::Permill::from_percent(20);
}

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Directory = Therapists;
	type Consent = MockConsent;
	type OnSessionPaid = RecordPaid;
	type FeeDiscount = MockDiscount;
	type Scholarship = MockFund;
	type UnixTime = MockTime;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type DisputeOrigin = EnsureRoot<AccountId>;
	type PlatformAccount = Platform;
	/// One hour.
	type DefaultMinNotice = ConstU64<3_600>;
	type DefaultConfirmationPeriod = ConstU64<10>;
	type BlocksPerHour = ConstU64<2>;
	type NoShowGrace = ConstU64<900>;
	type MaxDuePerBlock = ConstU32<3>;
	type MaxScheduled = ConstU32<24>;
	type MaxGroupSeats = ConstU32<16>;
	type MaxPlatformFee = MaxPlatformFee;
	type MaxMinNotice = ConstU64<{ 7 * 24 * 3_600 }>;
	type MaxConfirmationPeriod = ConstU64<1_000>;
	type MaxSeriesAhead = ConstU32<3>;
	type MinimumEscrow = ConstU64<10>;
	type CoverageDeposit = ConstU64<50>;
	type DefaultCrisisTerms = Crisis;
	type WeightInfo = ();
	type AuditTrail = mentalverse_primitives::testing::RecordingTrail;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// The real-pallets helper, with the mock's clock.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn make_bookable(who: &AccountId) {
		<crate::benchmarking::WithCredentials<Test> as crate::benchmarking::BenchmarkHelper<AccountId>>::make_bookable(who)
	}

	fn set_time(now: u64) {
		set_now(now)
	}
}

pub const BOARD: AccountId = 1;
pub const THERAPIST: AccountId = 10;
pub const OTHER_THERAPIST: AccountId = 11;
pub const CLIENT: AccountId = 20;
pub const OTHER_CLIENT: AccountId = 21;
pub const SPONSOR: AccountId = 30;
pub const PAUPER: AccountId = 50;
/// Offering 0: a 50-minute video session, sliding down to [`FLOOR`].
pub const PRICE: Balance = 1_000;
pub const FLOOR: Balance = 600;
/// Offering 1: a 90-minute group of [`GROUP_CAPACITY`], per seat.
pub const GROUP: u16 = 1;
pub const GROUP_CAPACITY: u16 = 3;
pub const SEAT_PRICE: Balance = 300;
/// Offering 2: an intensive program of [`PROGRAM_SESSIONS`] 60-minute sessions.
pub const PROGRAM: u16 = 2;
pub const PROGRAM_SESSIONS: u8 = 3;
pub const PROGRAM_PRICE: Balance = 2_500;
pub const US_CA: Jurisdiction = Jurisdiction { country: *b"US", region: *b"CA\0" };
/// Monday 2026-01-05 00:00 UTC.
pub const MONDAY: u64 = 1_767_571_200;
pub const HOUR: u64 = 3_600;
pub const DAY: u64 = 86_400;
/// Next Monday 10:00 UTC, inside the always-open availability, a week of notice.
pub const SLOT: u64 = MONDAY + 7 * DAY + 10 * HOUR;

fn bounded<V, S: frame_support::traits::Get<u32>>(items: Vec<V>) -> frame_support::BoundedVec<V, S> {
	items.try_into().ok().expect("fits")
}

fn issue(who: AccountId, kind: CredentialKind) {
	let commitment = H256::from_low_u64_be(pallet_mv_credentials::NextCredentialId::<Test>::get() + 1);
	assert_ok!(Credentials::issue(RuntimeOrigin::signed(BOARD), who, kind, commitment, Some(1_000_000), None));
}

/// A licensed, checked therapist, always open, offering a session, a group and a program.
pub fn active_therapist(who: AccountId) {
	let license = CredentialKind::ProfessionalLicense {
		jurisdiction: US_CA,
		class: LicenseClass::Lpc,
		license_number: H256::repeat_byte(3),
	};
	issue(who, license);
	issue(who, CredentialKind::BackgroundCheck { jurisdiction: US_CA });
	let profile = Profile {
		jurisdictions: bounded(vec![US_CA]),
		specialties: bounded(vec![Specialty::Anxiety]),
		modalities: bounded(vec![]),
		languages: bounded(vec![Language(*b"en")]),
		cultural_competencies: bounded(vec![]),
		populations: bounded(vec![]),
		insurance: bounded(vec![]),
		years_experience: 5,
		utc_offset_minutes: 0,
		accepting_new_clients: true,
		crisis_on_call: false,
		document: H256::zero(),
	};
	assert_ok!(Therapists::register(RuntimeOrigin::signed(who), profile));
	let offerings = [
		(SessionKind::Standard, 50, PRICE, Some(FLOOR)),
		(SessionKind::Group { capacity: GROUP_CAPACITY }, 90, SEAT_PRICE, None),
		(SessionKind::IntensiveProgram { sessions: PROGRAM_SESSIONS }, 60, PROGRAM_PRICE, None),
	];
	for (kind, duration_minutes, price, sliding_scale_floor) in offerings {
		let offering =
			Offering { kind, duration_minutes, price, sliding_scale_floor, formats: bounded(vec![Format::Video]) };
		assert_ok!(Therapists::add_offering(RuntimeOrigin::signed(who), offering));
	}
	let always = vec![WeeklyWindow { start: 0, length: pallet_mv_therapists::MINUTES_PER_WEEK as u16 }];
	assert_ok!(Therapists::set_availability(RuntimeOrigin::signed(who), always, vec![]));
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: [BOARD, THERAPIST, OTHER_THERAPIST, CLIENT, OTHER_CLIENT, SPONSOR, FUND, Platform::get()]
			.into_iter()
			.chain(100..120)
			.into_iter()
			.map(|who| (who, 100_000))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		set_now(MONDAY);
		set_recording_consent(false);
		set_discount(0);
		set_grant(0);
		PAID.with(|p| p.borrow_mut().clear());
		assert_ok!(Credentials::accredit_issuer(
			RuntimeOrigin::root(),
			BOARD,
			vec![KindTag::ProfessionalLicense, KindTag::BackgroundCheck],
			vec![US_CA],
		));
		active_therapist(THERAPIST);
		active_therapist(OTHER_THERAPIST);
	});
	ext
}

/// Runs `test`, then checks the escrow invariant.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Booking::do_try_state().expect("invariants hold");
	});
}

/// Moves to block `n`, running the booking hooks on the way.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Booking::on_initialize(next);
	}
}

pub fn escrowed(who: AccountId) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&RuntimeHoldReason::Booking(HoldReason::Escrow), &who)
}

pub fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Booking(e) = r.event { Some(e) } else { None })
		.collect()
}

/// The client pays the list price, no recording.
pub fn terms() -> RequestTerms<AccountId, Balance> {
	RequestTerms { payer: None, price: None, client_key: [7; 32], recording: false }
}

/// The therapist's half of a key exchange.
pub fn access(tag: u8) -> TherapistAccess {
	TherapistAccess { therapist_key: [tag; 32], envelope: bounded(vec![tag; 48]) }
}

pub fn starts(at: &[u64]) -> Starts {
	bounded(at.to_vec())
}

/// `who` asks for THERAPIST's `offering` at `at` with `terms`.
pub fn ask(who: AccountId, offering: u16, at: &[u64], terms: RequestTerms<AccountId, Balance>) -> sp_runtime::DispatchResult {
	Booking::request(RuntimeOrigin::signed(who), THERAPIST, offering, starts(at), Format::Video, terms)
}

/// The id the next booking (or group, or series) will get.
pub fn next_id() -> BookingId {
	NextBookingId::<Test>::get()
}

/// CLIENT requests THERAPIST's offering 0 at `start`; returns the booking id.
pub fn request_at(start: u64) -> BookingId {
	let id = next_id();
	assert_ok!(ask(CLIENT, 0, &[start], terms()));
	id
}

pub fn confirm(id: BookingId) {
	assert_ok!(Booking::confirm(RuntimeOrigin::signed(THERAPIST), id, access(1)));
}

/// A confirmed booking at [`SLOT`].
pub fn confirmed() -> BookingId {
	let id = request_at(SLOT);
	confirm(id);
	id
}

/// THERAPIST goes on crisis call.
pub fn on_crisis_call(who: AccountId) {
	let mut profile = pallet_mv_therapists::Profiles::<Test>::get(who).expect("registered");
	profile.crisis_on_call = true;
	assert_ok!(Therapists::update_profile(RuntimeOrigin::signed(who), profile));
}

/// An approved sponsor covering CLIENT up to `max`.
pub fn sponsor_covering(max: Balance) {
	assert_ok!(Booking::approve_sponsor(RuntimeOrigin::root(), SPONSOR));
	assert_ok!(Booking::cover(RuntimeOrigin::signed(SPONSOR), CLIENT, max));
}
