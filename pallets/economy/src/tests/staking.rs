use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::Perbill;

fn stake(who: AccountId, pool: StakingPool, amount: Balance, days: u32) -> sp_runtime::DispatchResult {
	Economy::stake(RuntimeOrigin::signed(who), pool, amount, days)
}

#[test]
fn rates_rise_with_the_lock() {
	run(|| {
		let general = Economy::terms(StakingPool::General);
		assert_eq!(general.apy(30), Perbill::from_percent(5));
		assert_eq!(general.apy(365), Perbill::from_percent(15));
		// A fifth of the way from 30 to 365 days: a fifth of the way from 5% to 15%.
		assert_eq!(general.apy(97), Perbill::from_percent(7));
		let professional = Economy::terms(StakingPool::Professional);
		assert_eq!(professional.apy(90), Perbill::from_percent(8));
		assert_eq!(professional.apy(730), Perbill::from_percent(20));
	});
}

#[test]
fn staking_holds_the_principal_and_reserves_the_whole_reward() {
	run(|| {
		// 15% for a year on 1,000 MVT: 150 MVT promised.
		assert_ok!(stake(STAKER, StakingPool::General, 1_000 * MVT, 365));
		assert_eq!(staked(STAKER), 1_000 * MVT);
		assert_eq!(Liabilities::<Test>::get(RewardsPool::Users), 150 * MVT);
		let position = Positions::<Test>::get(STAKER)[0].clone();
		assert_eq!((position.promised, position.start, position.end), (150 * MVT, 1, 1 + 365 * DAY));
		assert!(events().contains(&Event::Staked {
			who: STAKER,
			position: 0,
			pool: StakingPool::General,
			amount: 1_000 * MVT,
			lock_days: 365,
			apy: Perbill::from_percent(15),
			promised: 150 * MVT,
		}));
	});
}

#[test]
fn rewards_accrue_per_block_and_are_claimed_exactly() {
	run(|| {
		assert_ok!(stake(STAKER, StakingPool::General, 1_000 * MVT, 365));
		let before = free(STAKER);
		assert_noop!(Economy::claim(RuntimeOrigin::signed(STAKER), 0), Error::<Test>::NothingToClaim);
		// A tenth of the lock: a tenth of 15,000 base units.
		run_to_block(1 + 365);
		assert_ok!(Economy::claim(RuntimeOrigin::signed(STAKER), 0));
		assert_eq!(free(STAKER), before + 1_500);
		assert!(events().contains(&Event::RewardPaid { who: STAKER, position: 0, amount: 1_500 }));
		// Rounding down never overpays: 7 blocks later, 15,000 × 372 / 3,650 = 1,528.76 → 1,528.
		run_to_block(1 + 372);
		assert_ok!(Economy::claim(RuntimeOrigin::signed(STAKER), 0));
		assert_eq!(free(STAKER), before + 1_528);
		assert_eq!(Liabilities::<Test>::get(RewardsPool::Users), 15_000 - 1_528);
	});
}

#[test]
fn unstaking_after_the_lock_pays_the_rest_and_releases_the_principal() {
	run(|| {
		assert_ok!(stake(STAKER, StakingPool::General, 1_000 * MVT, 30));
		let promised = Positions::<Test>::get(STAKER)[0].promised;
		let (before, pool) = (free(STAKER), free(users_pool()));
		run_to_block(1 + 30 * DAY - 1);
		assert_noop!(Economy::unstake(RuntimeOrigin::signed(STAKER), 0), Error::<Test>::StillLocked);
		run_to_block(1 + 30 * DAY + 100);
		assert_ok!(Economy::unstake(RuntimeOrigin::signed(STAKER), 0));
		assert_eq!(free(STAKER), before + 1_000 * MVT + promised, "no more than promised, however late");
		assert_eq!(free(users_pool()), pool - promised);
		assert_eq!((staked(STAKER), Liabilities::<Test>::get(RewardsPool::Users)), (0, 0));
		assert!(Positions::<Test>::get(STAKER).is_empty());
		assert_noop!(Economy::unstake(RuntimeOrigin::signed(STAKER), 0), Error::<Test>::UnknownPosition);
	});
}

#[test]
fn leaving_early_forfeits_unclaimed_rewards_only() {
	run(|| {
		assert_ok!(stake(STAKER, StakingPool::General, 1_000 * MVT, 365));
		run_to_block(1 + 365);
		assert_ok!(Economy::claim(RuntimeOrigin::signed(STAKER), 0));
		run_to_block(1 + 730);
		let before = free(STAKER);
		assert_ok!(Economy::exit_early(RuntimeOrigin::signed(STAKER), 0));
		assert_eq!(free(STAKER), before + 1_000 * MVT, "principal back, the unclaimed 1,500 forfeited");
		assert!(events().contains(&Event::ExitedEarly { who: STAKER, position: 0, amount: 1_000 * MVT, forfeited: 13_500 }));
		assert_eq!(Liabilities::<Test>::get(RewardsPool::Users), 0);
		assert_ok!(stake(STAKER, StakingPool::General, 100 * MVT, 30));
		run_to_block(1 + 730 + 30 * DAY);
		assert_noop!(Economy::exit_early(RuntimeOrigin::signed(STAKER), 1), Error::<Test>::LockEnded);
	});
}

#[test]
fn stakes_are_checked() {
	run(|| {
		assert_noop!(stake(STAKER, StakingPool::General, 99 * MVT, 30), Error::<Test>::BelowMinimumStake);
		assert_noop!(stake(STAKER, StakingPool::General, 100 * MVT, 29), Error::<Test>::LockOutOfRange);
		assert_noop!(stake(STAKER, StakingPool::General, 100 * MVT, 366), Error::<Test>::LockOutOfRange);
		assert_noop!(stake(STAKER, StakingPool::Professional, 1_000 * MVT, 90), Error::<Test>::NotProfessional);
		assert_noop!(stake(THERAPIST, StakingPool::Professional, 999 * MVT, 90), Error::<Test>::BelowMinimumStake);
		assert_noop!(stake(POOR, StakingPool::General, 100 * MVT, 30), Error::<Test>::InsufficientFunds);
		// The users pool holds 10,000 MVT: 15% of 70,000 MVT for a year would be 10,500.
		assert_noop!(stake(STAKER, StakingPool::General, 70_000 * MVT, 365), Error::<Test>::PoolCannotPay);
		for _ in 0..4 {
			assert_ok!(stake(STAKER, StakingPool::General, 100 * MVT, 30));
		}
		assert_noop!(stake(STAKER, StakingPool::General, 100 * MVT, 30), Error::<Test>::TooManyPositions);
		assert_ok!(stake(THERAPIST, StakingPool::Professional, 1_000 * MVT, 730));
		assert_eq!(Liabilities::<Test>::get(RewardsPool::Professionals), 400 * MVT);
	});
}

#[test]
fn governance_sets_terms_within_the_published_ranges() {
	run(|| {
		let mut terms = Economy::terms(StakingPool::General);
		terms.max_apy = Perbill::from_percent(12);
		assert_noop!(
			Economy::set_terms(RuntimeOrigin::signed(STAKER), StakingPool::General, terms),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Economy::set_terms(RuntimeOrigin::root(), StakingPool::General, terms));
		assert_eq!(Economy::terms(StakingPool::General).apy(365), Perbill::from_percent(12));
		terms.max_apy = Perbill::from_percent(16);
		assert_noop!(Economy::set_terms(RuntimeOrigin::root(), StakingPool::General, terms), Error::<Test>::TermsOutOfBounds);
		let mut low = Economy::terms(StakingPool::Professional);
		low.min_stake = 10 * MVT;
		assert_noop!(Economy::set_terms(RuntimeOrigin::root(), StakingPool::Professional, low), Error::<Test>::TermsOutOfBounds);
	});
}
