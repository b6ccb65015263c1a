use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use pallet_mv_booking::FeeDiscount;
use sp_runtime::Percent;

#[test]
fn the_stake_score_selects_a_fee_discount_tier() {
	run(|| {
		assert_eq!(Economy::platform_fee_discount(&THERAPIST), Percent::zero());
		assert_ok!(Economy::stake(RuntimeOrigin::signed(THERAPIST), StakingPool::General, 100 * MVT, 30));
		assert_eq!(Economy::stake_score(&THERAPIST), 100 * MVT * 30);
		assert_eq!(Economy::platform_fee_discount(&THERAPIST), Percent::from_percent(10));
		assert_ok!(Economy::stake(RuntimeOrigin::signed(THERAPIST), StakingPool::Professional, 10_000 * MVT, 90));
		assert_eq!(Economy::platform_fee_discount(&THERAPIST), Percent::from_percent(50));
		// A position whose lock has ended no longer counts.
		run_to_block(1 + 90 * DAY);
		assert_eq!(Economy::platform_fee_discount(&THERAPIST), Percent::zero());
	});
}

#[test]
fn tiers_must_rise() {
	run(|| {
		let p = Percent::from_percent;
		assert_noop!(Economy::set_discount_tiers(RuntimeOrigin::root(), vec![(10, p(20)), (20, p(10))]), Error::<Test>::InvalidTiers);
		assert_noop!(Economy::set_discount_tiers(RuntimeOrigin::root(), vec![(10, p(10)), (10, p(20))]), Error::<Test>::InvalidTiers);
		assert_noop!(
			Economy::set_discount_tiers(RuntimeOrigin::root(), (1..=5).map(|n| (n, p(n as u8))).collect()),
			Error::<Test>::InvalidTiers
		);
		assert_ok!(Economy::set_discount_tiers(RuntimeOrigin::root(), vec![(1, p(5))]));
		assert!(events().contains(&Event::TiersSet));
	});
}
