//! A test runtime: balances and the economy pallet; accounts 10–19 are therapists.

use crate as pallet_mv_economy;
use crate::*;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, Contains},
	PalletId,
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

/// Wide enough that the pools' derived sub-accounts differ ("modl" + id + 4 bytes of tag).
pub type AccountId = u128;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Economy: pallet_mv_economy,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

thread_local! {
	static REGISTERED: core::cell::RefCell<Vec<AccountId>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// Accounts 10–19, and any the benchmark helper registers.
pub struct Therapists;
impl Contains<AccountId> for Therapists {
	fn contains(who: &AccountId) -> bool {
		(10..20).contains(who) || REGISTERED.with(|r| r.borrow().contains(who))
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<AccountId> for Therapists {
	fn make_professional(who: &AccountId) {
		REGISTERED.with(|r| r.borrow_mut().push(*who));
	}
}

/// One MVT: 100 base units, so amounts stay readable.
pub const MVT: Balance = 100;
/// Ten blocks a day: a year is 3,650 blocks.
pub const DAY: u64 = 10;

parameter_types! {
	pub const EconomyId: PalletId = PalletId(*b"mv/econo");
}

impl Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type Professionals = Therapists;
	type PalletId = EconomyId;
	type Unit = frame_support::traits::ConstU128<MVT>;
	type BlocksPerDay = ConstU64<DAY>;
	type MaxPositions = ConstU32<4>;
	type MaxTiers = ConstU32<4>;
	type GrantPeriod = ConstU64<{ 30 * DAY }>;
	type FaucetAmount = frame_support::traits::ConstU128<{ 1_000 * MVT }>;
	type FaucetPeriod = ConstU64<DAY>;
	type MaxFaucetClaimsPerBlock = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Therapists;
}

pub const STAKER: AccountId = 1;
pub const OTHER: AccountId = 2;
pub const POOR: AccountId = 3;
pub const THERAPIST: AccountId = 10;
pub const FUNDS: Balance = 1_000_000 * MVT;
pub const POOL_FUNDS: Balance = 10_000 * MVT;

pub fn users_pool() -> AccountId {
	Economy::pool_account(RewardsPool::Users)
}

pub fn professionals_pool() -> AccountId {
	Economy::pool_account(RewardsPool::Professionals)
}

pub fn new_test_ext(faucet: bool) -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances: Vec<(AccountId, Balance)> =
		[STAKER, OTHER, THERAPIST, 11].into_iter().map(|who| (who, FUNDS)).collect();
	balances.push((POOR, 10 * MVT));
	balances.extend([users_pool(), professionals_pool(), Economy::faucet_account()].map(|pool| (pool, POOL_FUNDS)));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	pallet_mv_economy::GenesisConfig::<Test> {
		faucet,
		loyalty: Some(LoyaltyTerms {
			client_reward: 20 * MVT,
			professional_reward: 200 * MVT,
			min_paid: 50 * MVT,
			period: 30 * DAY,
			max_per_period: 2,
		}),
		discount_tiers: vec![(100 * MVT * 30, sp_runtime::Percent::from_percent(10)), (10_000 * MVT * 90, sp_runtime::Percent::from_percent(50))],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on a chain without the faucet, then checks the invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext(false).execute_with(|| {
		test();
		Economy::do_try_state().expect("invariants hold");
	});
}

pub fn run_to_block(n: u64) {
	System::set_block_number(n);
}

pub fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

pub fn staked(who: AccountId) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&RuntimeHoldReason::Economy(HoldReason::Staked), &who)
}

pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::Economy(e) = r.event { Some(e) } else { None })
		.collect()
}
