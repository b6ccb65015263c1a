use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use pallet_mv_booking::ScholarshipFund;

#[test]
fn donations_fund_grants_that_bookings_draw_on() {
	run(|| {
		assert_noop!(Economy::donate(RuntimeOrigin::signed(STAKER), 0), Error::<Test>::ZeroAmount);
		assert_noop!(Economy::donate(RuntimeOrigin::signed(POOR), 100 * MVT), Error::<Test>::InsufficientFunds);
		assert_ok!(Economy::donate(RuntimeOrigin::signed(STAKER), 500 * MVT));
		assert_eq!(free(Economy::scholarship_account()), 500 * MVT);
		assert!(events().contains(&Event::Donated { who: STAKER, amount: 500 * MVT }));
		assert_eq!(<Economy as ScholarshipFund<_, _>>::account(), Some(Economy::scholarship_account()));

		assert_noop!(Economy::draw(&OTHER, 90 * MVT), Error::<Test>::NotBeneficiary);
		assert_noop!(Economy::set_grant(RuntimeOrigin::signed(STAKER), OTHER, 200 * MVT), sp_runtime::DispatchError::BadOrigin);
		assert_ok!(Economy::set_grant(RuntimeOrigin::root(), OTHER, 200 * MVT));
		assert_ok!(Economy::draw(&OTHER, 90 * MVT));
		assert_ok!(Economy::draw(&OTHER, 90 * MVT));
		assert_noop!(Economy::draw(&OTHER, 90 * MVT), Error::<Test>::GrantExhausted);
		// A refund restores the grant; a new period renews it.
		Economy::restore(&OTHER, 90 * MVT);
		assert_ok!(Economy::draw(&OTHER, 90 * MVT));
		run_to_block(1 + 30 * DAY);
		assert_ok!(Economy::draw(&OTHER, 200 * MVT));
		assert_ok!(Economy::remove_grant(RuntimeOrigin::root(), OTHER));
		assert_noop!(Economy::remove_grant(RuntimeOrigin::root(), OTHER), Error::<Test>::NotBeneficiary);
		assert_noop!(Economy::draw(&OTHER, 1), Error::<Test>::NotBeneficiary);
	});
}
