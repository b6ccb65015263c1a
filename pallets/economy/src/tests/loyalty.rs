use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use pallet_mv_booking::OnSessionPaid;

#[test]
fn a_paid_session_rewards_both_sides_from_their_pools() {
	run(|| {
		let (client, therapist) = (free(STAKER), free(THERAPIST));
		Economy::on_session_paid(&STAKER, &THERAPIST, 90 * MVT);
		assert_eq!(free(STAKER), client + 20 * MVT);
		assert_eq!(free(THERAPIST), therapist + 200 * MVT);
		assert_eq!(free(users_pool()), POOL_FUNDS - 20 * MVT);
		assert_eq!(free(professionals_pool()), POOL_FUNDS - 200 * MVT);
		assert!(events().contains(&Event::LoyaltyRewarded { who: STAKER, amount: 20 * MVT }));
	});
}

#[test]
fn rewards_stop_at_the_cap_and_resume_next_period() {
	run(|| {
		Economy::on_session_paid(&STAKER, &THERAPIST, 90 * MVT);
		Economy::on_session_paid(&STAKER, &THERAPIST, 90 * MVT);
		let client = free(STAKER);
		Economy::on_session_paid(&STAKER, &THERAPIST, 90 * MVT);
		assert_eq!(free(STAKER), client, "a third reward in the period is refused");
		assert!(events().contains(&Event::LoyaltyCapped { who: STAKER }));
		run_to_block(1 + 30 * DAY);
		Economy::on_session_paid(&STAKER, &THERAPIST, 90 * MVT);
		assert_eq!(free(STAKER), client + 20 * MVT);
	});
}

#[test]
fn cheap_sessions_earn_nothing_and_reserved_rewards_are_untouchable() {
	run(|| {
		let client = free(STAKER);
		Economy::on_session_paid(&STAKER, &THERAPIST, 49 * MVT);
		assert_eq!(free(STAKER), client);
		// Reserve almost all of the professionals pool for a therapist's stake: 40% of 24,950.
		assert_ok!(Economy::stake(RuntimeOrigin::signed(11), StakingPool::Professional, 24_950 * MVT, 730));
		assert!(Economy::unreserved(RewardsPool::Professionals) < 200 * MVT);
		let therapist = free(THERAPIST);
		Economy::on_session_paid(&STAKER, &THERAPIST, 90 * MVT);
		assert_eq!(free(THERAPIST), therapist);
		assert!(events().contains(&Event::LoyaltyUnfunded { who: THERAPIST, pool: RewardsPool::Professionals }));
	});
}

#[test]
fn governance_sets_rewards_within_the_published_ranges() {
	run(|| {
		let terms = Loyalty::<Test>::get().unwrap();
		assert_noop!(
			Economy::set_loyalty(RuntimeOrigin::root(), LoyaltyTerms { client_reward: 51 * MVT, ..terms }),
			Error::<Test>::InvalidLoyaltyTerms
		);
		assert_noop!(
			Economy::set_loyalty(RuntimeOrigin::root(), LoyaltyTerms { professional_reward: 99 * MVT, ..terms }),
			Error::<Test>::InvalidLoyaltyTerms
		);
		assert_noop!(Economy::set_loyalty(RuntimeOrigin::root(), LoyaltyTerms { period: 0, ..terms }), Error::<Test>::InvalidLoyaltyTerms);
		assert_noop!(Economy::set_loyalty(RuntimeOrigin::signed(STAKER), terms), sp_runtime::DispatchError::BadOrigin);
		assert_ok!(Economy::set_loyalty(RuntimeOrigin::root(), LoyaltyTerms { client_reward: 50 * MVT, ..terms }));
	});
}
