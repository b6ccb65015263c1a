//! A test runtime: balances and the compliance pallet, a settable clock; account 7 is on
//! crisis call.

use crate as pallet_mv_compliance;
use crate::*;
use core::cell::Cell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, Contains},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

pub type AccountId = u64;
pub type Balance = u64;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Compliance: pallet_mv_compliance,
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

pub const CLIENT: AccountId = 1;
pub const THERAPIST: AccountId = 2;
pub const PROVIDER: AccountId = 3;
pub const RESEARCHER: AccountId = 4;
pub const POOR: AccountId = 5;
pub const ON_CALL: AccountId = 7;
pub const CONSENT_DEPOSIT: Balance = 10;
pub const ENTRY_DEPOSIT: Balance = 2;
pub const ERASURE_DEPOSIT: Balance = 20;
/// Registered as custodians by `run`.
pub const VAULT: AccountId = 10;
pub const BACKUP: AccountId = 11;
pub const YEAR: u64 = 365 * 86_400;
/// Unix time at the start of every test: 2026-01-01.
pub const START: u64 = 1_767_225_600;

thread_local! {
	static NOW: Cell<u64> = const { Cell::new(START) };
}

pub struct MockTime;
impl frame_support::traits::UnixTime for MockTime {
	fn now() -> core::time::Duration {
		core::time::Duration::from_secs(NOW.with(|now| now.get()))
	}
}

pub fn now() -> u64 {
	NOW.with(|now| now.get())
}

pub fn advance(seconds: u64) {
	NOW.with(|now| now.set(now.get() + seconds));
}

pub struct OnCall;
impl Contains<AccountId> for OnCall {
	fn contains(who: &AccountId) -> bool {
		*who == ON_CALL || EXTRA_ON_CALL.with(|on_call| on_call.borrow().contains(who))
	}
}

parameter_types! {
	pub const SixYears: u64 = 6 * YEAR;
}

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type UnixTime = MockTime;
	type OnCall = OnCall;
	type ReviewOrigin = EnsureRoot<AccountId>;
	type ParametersOrigin = EnsureRoot<AccountId>;
	type CustodianOrigin = EnsureRoot<AccountId>;
	type ConsentDeposit = ConstU64<CONSENT_DEPOSIT>;
	type EntryDeposit = ConstU64<ENTRY_DEPOSIT>;
	type ErasureDeposit = ConstU64<ERASURE_DEPOSIT>;
	type TrailRetention = SixYears;
	type MaxRetention = ConstU64<{ 30 * YEAR }>;
	type DefaultErasureDeadline = ConstU64<{ 30 * DAY }>;
	type MaxErasureDeadline = ConstU64<{ 90 * DAY }>;
	type MaxCustodians = ConstU32<3>;
	type MaxOverduePerBlock = ConstU32<2>;
	type MaxPage = ConstU32<5>;
	type MaxPrune = ConstU32<3>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchHelper;
}

thread_local! {
	static EXTRA_ON_CALL: core::cell::RefCell<Vec<AccountId>> = const { core::cell::RefCell::new(Vec::new()) };
}

#[cfg(feature = "runtime-benchmarks")]
pub struct BenchHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<AccountId> for BenchHelper {
	fn make_on_call(who: &AccountId) {
		EXTRA_ON_CALL.with(|on_call| on_call.borrow_mut().push(*who));
	}
	fn set_now(seconds: u64) {
		NOW.with(|now| now.set(seconds));
	}
}

/// Externalities for the benchmark tests: genesis, block 1.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	NOW.with(|now| now.set(START));
	EXTRA_ON_CALL.with(|on_call| on_call.borrow_mut().clear());
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().expect("genesis");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` from genesis (every account but `POOR` funded), checking the invariants after.
pub fn run(test: impl FnOnce()) {
	NOW.with(|now| now.set(START));
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().expect("genesis");
	pallet_balances::GenesisConfig::<Test> {
		balances: [CLIENT, THERAPIST, PROVIDER, RESEARCHER, ON_CALL, 8, 9, VAULT, BACKUP]
			.iter()
			.map(|who| (*who, 1_000))
			.collect(),
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.expect("balances");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		Custodians::<Test>::insert(VAULT, START);
		Custodians::<Test>::insert(BACKUP, START);
		test();
		Compliance::do_try_state().expect("invariants hold");
	});
}

pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| if let RuntimeEvent::Compliance(event) = record.event { Some(event) } else { None })
		.collect()
}

pub fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

/// The access CLIENT's trail logs at `index`.
pub fn access_at(index: crate::EntryIndex) -> crate::Access<AccountId, Balance> {
	crate::Entries::<Test>::get(CLIENT, index).and_then(|entry| entry.access().cloned()).expect("an access")
}

pub fn record(n: u8) -> sp_core::H256 {
	sp_core::H256::repeat_byte(n)
}

/// Moves the clock and runs the next block's `on_initialize`.
pub fn next_block_after(seconds: u64) {
	use frame_support::traits::Hooks;
	advance(seconds);
	let block = System::block_number() + 1;
	System::set_block_number(block);
	Compliance::on_initialize(block);
}
