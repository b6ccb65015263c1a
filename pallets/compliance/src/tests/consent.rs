use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Consent.into(), &who)
}

#[test]
fn granting_holds_a_deposit_and_answers_the_query() {
	run(|| {
		assert!(!Compliance::has_consent(&CLIENT, &THERAPIST, Purpose::Treatment));
		assert_ok!(Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::Treatment, None));
		// The grant enters the client's trail too.
		let digest = Entries::<Test>::get(CLIENT, 0).expect("logged").digest();
		assert_eq!(events(), vec![
			Event::EntryLogged { subject: CLIENT, index: 0, digest },
			Event::ConsentGranted { subject: CLIENT, grantee: THERAPIST, purpose: Purpose::Treatment, id: 0, expires_at: None },
		]);
		assert!(Compliance::has_consent(&CLIENT, &THERAPIST, Purpose::Treatment));
		// One purpose, one grantee: nothing else is implied.
		assert!(!Compliance::has_consent(&CLIENT, &THERAPIST, Purpose::SessionRecording));
		assert!(!Compliance::has_consent(&CLIENT, &PROVIDER, Purpose::Treatment));
		assert!(!Compliance::has_consent(&THERAPIST, &CLIENT, Purpose::Treatment));
		assert_eq!(held(CLIENT), CONSENT_DEPOSIT);
	});
}

#[test]
fn granting_refuses_bad_input() {
	run(|| {
		assert_noop!(Compliance::grant_consent(signed(CLIENT), CLIENT, Purpose::Treatment, None), Error::<Test>::SelfConsent);
		assert_noop!(
			Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::Treatment, Some(now())),
			Error::<Test>::ExpiryInPast
		);
		assert_noop!(
			Compliance::grant_consent(signed(POOR), THERAPIST, Purpose::Treatment, None),
			Error::<Test>::CannotPayDeposit
		);
		assert_ok!(Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::Treatment, None));
		assert_noop!(
			Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::Treatment, Some(now() + 10)),
			Error::<Test>::AlreadyGranted
		);
	});
}

#[test]
fn a_consent_lapses_at_its_expiry() {
	run(|| {
		assert_ok!(Compliance::grant_consent(signed(CLIENT), RESEARCHER, Purpose::Research, Some(now() + 100)));
		advance(99);
		assert!(Compliance::has_consent(&CLIENT, &RESEARCHER, Purpose::Research));
		advance(1);
		assert!(!Compliance::has_consent(&CLIENT, &RESEARCHER, Purpose::Research));
	});
}

#[test]
fn revoking_returns_the_deposit_and_a_new_grant_gets_a_new_id() {
	run(|| {
		assert_ok!(Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::SessionRecording, None));
		assert_noop!(Compliance::revoke_consent(signed(CLIENT), PROVIDER, Purpose::SessionRecording), Error::<Test>::NoConsent);
		// Only the subject can revoke its consent.
		assert_noop!(Compliance::revoke_consent(signed(THERAPIST), THERAPIST, Purpose::SessionRecording), Error::<Test>::NoConsent);
		assert_ok!(Compliance::revoke_consent(signed(CLIENT), THERAPIST, Purpose::SessionRecording));
		assert_eq!(events().last(), Some(&Event::ConsentRevoked {
			subject: CLIENT,
			grantee: THERAPIST,
			purpose: Purpose::SessionRecording,
			id: 0,
		}));
		assert!(!Compliance::has_consent(&CLIENT, &THERAPIST, Purpose::SessionRecording));
		assert_eq!(held(CLIENT), 0);
		assert_eq!(Balances::free_balance(CLIENT), 1_000);
		assert_ok!(Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::SessionRecording, None));
		assert_eq!(Consents::<Test>::get((CLIENT, THERAPIST, Purpose::SessionRecording)).map(|c| c.id), Some(1));
	});
}

#[test]
fn an_expired_consent_can_still_be_revoked() {
	run(|| {
		assert_ok!(Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::Treatment, Some(now() + 5)));
		advance(10);
		assert_ok!(Compliance::revoke_consent(signed(CLIENT), THERAPIST, Purpose::Treatment));
		assert_eq!(held(CLIENT), 0);
	});
}
