use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};

fn deposit_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::Booking(HoldReason::CoverageDeposit), &who)
}

fn sponsored() -> RequestTerms<AccountId, Balance> {
	RequestTerms { payer: Some(SPONSOR), ..terms() }
}

#[test]
fn an_approved_sponsor_pays_the_escrow_of_a_client_it_covers() {
	run(|| {
		assert_noop!(ask(CLIENT, 0, &[SLOT], sponsored()), Error::<Test>::NotSponsor);
		assert_ok!(Booking::approve_sponsor(RuntimeOrigin::root(), SPONSOR));
		assert_noop!(ask(CLIENT, 0, &[SLOT], sponsored()), Error::<Test>::NotCovered);
		assert_ok!(Booking::cover(RuntimeOrigin::signed(SPONSOR), CLIENT, 999));
		assert_eq!(deposit_held(SPONSOR), 50);
		assert_noop!(ask(CLIENT, 0, &[SLOT], sponsored()), Error::<Test>::AboveCoverage);
		assert_ok!(Booking::cover(RuntimeOrigin::signed(SPONSOR), CLIENT, PRICE));
		assert_eq!(deposit_held(SPONSOR), 50, "one deposit per client");
		let (client, therapist) = (free(CLIENT), free(THERAPIST));
		let id = next_id();
		assert_ok!(ask(CLIENT, 0, &[SLOT], sponsored()));
		assert_eq!((escrowed(SPONSOR), escrowed(CLIENT)), (PRICE, 0));
		confirm(id);
		set_now(SLOT);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), id, None));
		run_to_block(1 + 168 * 2);
		assert_eq!((free(CLIENT), free(THERAPIST)), (client, therapist + PRICE));
		assert_eq!(escrowed(SPONSOR), 0);
		// The client, not the sponsor, may rate.
		assert_eq!(pallet_mv_therapists::RatingRights::<Test>::get(CLIENT).len(), 1);
	});
}

#[test]
fn sponsors_are_managed_by_governance_and_coverage_by_the_sponsor() {
	run(|| {
		assert_noop!(Booking::approve_sponsor(RuntimeOrigin::signed(SPONSOR), SPONSOR), sp_runtime::DispatchError::BadOrigin);
		assert_noop!(Booking::cover(RuntimeOrigin::signed(SPONSOR), CLIENT, PRICE), Error::<Test>::NotSponsor);
		sponsor_covering(PRICE);
		assert_noop!(Booking::cover(RuntimeOrigin::signed(SPONSOR), SPONSOR, PRICE), Error::<Test>::SelfBooking);
		let id = next_id();
		assert_ok!(ask(CLIENT, 0, &[SLOT], sponsored()));
		assert_ok!(Booking::revoke_sponsor(RuntimeOrigin::root(), SPONSOR));
		assert!(events().contains(&Event::SponsorRevoked { sponsor: SPONSOR }));
		assert_noop!(Booking::revoke_sponsor(RuntimeOrigin::root(), SPONSOR), Error::<Test>::NotSponsor);
		assert_noop!(ask(CLIENT, 0, &[SLOT + DAY], sponsored()), Error::<Test>::NotSponsor);
		// The open booking stays paid; declining refunds the sponsor.
		assert_ok!(Booking::decline(RuntimeOrigin::signed(THERAPIST), id));
		assert_eq!(escrowed(SPONSOR), 0);
		assert_ok!(Booking::uncover(RuntimeOrigin::signed(SPONSOR), CLIENT));
		assert_eq!(deposit_held(SPONSOR), 0);
		assert_noop!(Booking::uncover(RuntimeOrigin::signed(SPONSOR), CLIENT), Error::<Test>::NotCovered);
	});
}

#[test]
fn sliding_scale_prices_lie_between_the_floor_and_the_list_price() {
	run(|| {
		let propose = |price| ask(CLIENT, 0, &[SLOT], RequestTerms { price: Some(price), ..terms() });
		assert_noop!(propose(FLOOR - 1), Error::<Test>::BelowSlidingScaleFloor);
		assert_noop!(propose(PRICE + 1), Error::<Test>::AboveListPrice);
		assert_noop!(
			ask(CLIENT, GROUP, &[SLOT], RequestTerms { price: Some(SEAT_PRICE), ..terms() }),
			Error::<Test>::NoSlidingScale
		);
		let id = next_id();
		assert_ok!(propose(FLOOR));
		assert_eq!(escrowed(CLIENT), FLOOR);
		assert_eq!(Bookings::<Test>::get(id).unwrap().escrow, FLOOR);
	});
}

#[test]
fn the_scholarship_fund_pays_within_the_clients_grant_and_refunds_restore_it() {
	run(|| {
		let fund = RequestTerms { payer: Some(FUND), ..terms() };
		assert_noop!(ask(CLIENT, 0, &[SLOT], fund.clone()), sp_runtime::DispatchError::Other("no grant"));
		set_grant(1_500);
		let id = next_id();
		assert_ok!(ask(CLIENT, 0, &[SLOT], fund.clone()));
		assert_eq!((escrowed(FUND), escrowed(CLIENT), grant_left()), (PRICE, 0, 500));
		assert_noop!(ask(CLIENT, 0, &[SLOT + DAY], fund.clone()), sp_runtime::DispatchError::Other("no grant"));
		assert_ok!(Booking::cancel(RuntimeOrigin::signed(CLIENT), id));
		assert_eq!((escrowed(FUND), grant_left()), (0, 1_500), "the refund restores the grant");
	});
}

#[test]
fn a_therapists_discount_reduces_the_platform_fee() {
	run(|| {
		assert_ok!(Booking::set_platform_fee(RuntimeOrigin::root(), sp_runtime::Permill::from_percent(10)));
		set_discount(25);
		let (therapist, platform) = (free(THERAPIST), free(Platform::get()));
		let id = confirmed();
		set_now(SLOT);
		assert_ok!(Booking::complete(RuntimeOrigin::signed(THERAPIST), id, None));
		run_to_block(1 + 168 * 2);
		// 10% of 1,000 is 100; a quarter of it waived.
		assert_eq!(free(Platform::get()), platform + 75);
		assert_eq!(free(THERAPIST), therapist + 925);
	});
}
