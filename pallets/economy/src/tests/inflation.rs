use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::Perbill;

#[test]
fn minting_is_capped_by_the_yearly_inflation_cap() {
	run(|| {
		let issuance = Balances::total_issuance();
		assert_noop!(Economy::mint_rewards(RuntimeOrigin::root(), RewardsPool::Users, 1), Error::<Test>::InflationCapExceeded);
		assert_noop!(
			Economy::set_inflation_cap(RuntimeOrigin::root(), Perbill::from_parts(50_000_001)),
			Error::<Test>::InflationCapTooHigh
		);
		assert_ok!(Economy::set_inflation_cap(RuntimeOrigin::root(), Perbill::from_percent(1)));
		let cap = issuance / 100;
		assert_ok!(Economy::mint_rewards(RuntimeOrigin::root(), RewardsPool::Users, cap - 10));
		assert_noop!(Economy::mint_rewards(RuntimeOrigin::root(), RewardsPool::Professionals, 11), Error::<Test>::InflationCapExceeded);
		assert_ok!(Economy::mint_rewards(RuntimeOrigin::root(), RewardsPool::Professionals, 10));
		assert_eq!(Balances::total_issuance(), issuance + cap);
		assert_eq!(free(users_pool()), POOL_FUNDS + cap - 10);
		// A new year, a new allowance on the grown issuance.
		run_to_block(1 + 365 * DAY);
		assert_ok!(Economy::mint_rewards(RuntimeOrigin::root(), RewardsPool::Users, (issuance + cap) / 100));
		assert_noop!(Economy::mint_rewards(RuntimeOrigin::signed(STAKER), RewardsPool::Users, 1), sp_runtime::DispatchError::BadOrigin);
	});
}
