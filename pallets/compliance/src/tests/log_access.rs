use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use sp_core::H256;

fn consent(grantee: AccountId, purpose: Purpose) -> ConsentId {
	assert_ok!(Compliance::grant_consent(signed(CLIENT), grantee, purpose, None));
	Consents::<Test>::get((CLIENT, grantee, purpose)).expect("granted").id
}

fn access(who: AccountId, n: u8, class: RecordClass, purpose: Purpose, basis: Basis) -> sp_runtime::DispatchResult {
	Compliance::log_access(signed(who), CLIENT, record(n), class, purpose, Action::Access, basis)
}

#[test]
fn a_consented_access_is_appended_and_chained() {
	run(|| {
		let id = consent(THERAPIST, Purpose::Treatment);
		assert_ok!(access(THERAPIST, 1, RecordClass::SessionNote, Purpose::Treatment, Basis::Consent(id)));
		advance(60);
		assert_ok!(access(THERAPIST, 2, RecordClass::TreatmentPlan, Purpose::Treatment, Basis::Consent(id)));
		// Entry 0 is the consent's grant.
		let grant = Entries::<Test>::get(CLIENT, 0).expect("logged");
		let first = Entries::<Test>::get(CLIENT, 1).expect("logged");
		let second = Entries::<Test>::get(CLIENT, 2).expect("logged");
		assert_eq!(grant.prev, H256::zero());
		assert_eq!(first.prev, grant.digest());
		assert_eq!(second.prev, first.digest());
		assert_eq!((first.at, second.at), (START, START + 60));
		assert_eq!((access_at(1).accessor, access_at(2).record), (THERAPIST, record(2)));
		assert_eq!(Trails::<Test>::get(CLIENT), Trail { first: 0, next: 3, head: second.digest() });
		assert!(events().contains(&Event::EntryLogged { subject: CLIENT, index: 2, digest: second.digest() }));
		assert_eq!(Balances::balance_on_hold(&HoldReason::TrailEntry.into(), &THERAPIST), 2 * ENTRY_DEPOSIT);
	});
}

#[test]
fn an_access_needs_the_accessors_consent_for_that_purpose() {
	run(|| {
		let id = consent(THERAPIST, Purpose::Treatment);
		// No consent at all, another grantee's consent, another purpose.
		assert_noop!(access(PROVIDER, 1, RecordClass::SessionNote, Purpose::Treatment, Basis::Consent(id)), Error::<Test>::NoConsent);
		assert_noop!(access(THERAPIST, 1, RecordClass::Assessment, Purpose::Research, Basis::Consent(id)), Error::<Test>::NoConsent);
		// A stale id: the consent was revoked and granted again.
		assert_ok!(Compliance::revoke_consent(signed(CLIENT), THERAPIST, Purpose::Treatment));
		assert_noop!(access(THERAPIST, 1, RecordClass::SessionNote, Purpose::Treatment, Basis::Consent(id)), Error::<Test>::NoConsent);
		let again = consent(THERAPIST, Purpose::Treatment);
		assert_noop!(access(THERAPIST, 1, RecordClass::SessionNote, Purpose::Treatment, Basis::Consent(id)), Error::<Test>::ConsentMismatch);
		assert_ok!(access(THERAPIST, 1, RecordClass::SessionNote, Purpose::Treatment, Basis::Consent(again)));
	});
}

#[test]
fn an_expired_consent_supports_no_access() {
	run(|| {
		assert_ok!(Compliance::grant_consent(signed(CLIENT), RESEARCHER, Purpose::Research, Some(now() + 30)));
		advance(30);
		assert_noop!(access(RESEARCHER, 1, RecordClass::Assessment, Purpose::Research, Basis::Consent(0)), Error::<Test>::ConsentExpired);
	});
}

#[test]
fn psychotherapy_notes_need_their_own_consent() {
	run(|| {
		let treatment = consent(THERAPIST, Purpose::Treatment);
		assert_noop!(
			access(THERAPIST, 1, RecordClass::PsychotherapyNote, Purpose::Treatment, Basis::Consent(treatment)),
			Error::<Test>::PsychotherapyNotesNeedOwnConsent
		);
		let notes = consent(THERAPIST, Purpose::PsychotherapyNotes);
		assert_ok!(access(THERAPIST, 1, RecordClass::PsychotherapyNote, Purpose::PsychotherapyNotes, Basis::Consent(notes)));
	});
}

#[test]
fn a_disclosure_needs_the_recipients_consent() {
	run(|| {
		let disclose = |basis| {
			Compliance::log_access(
				signed(THERAPIST),
				CLIENT,
				record(9),
				RecordClass::TreatmentPlan,
				Purpose::ProviderSharing,
				Action::Disclosure { recipient: PROVIDER },
				basis,
			)
		};
		let own = consent(THERAPIST, Purpose::ProviderSharing);
		assert_noop!(disclose(Basis::Consent(own)), Error::<Test>::NoConsent);
		let sharing = consent(PROVIDER, Purpose::ProviderSharing);
		assert_ok!(disclose(Basis::Consent(sharing)));
		// After the two grants.
		let entry = access_at(2);
		assert_eq!((entry.accessor, entry.action), (THERAPIST, Action::Disclosure { recipient: PROVIDER }));
		assert_noop!(
			Compliance::log_access(
				signed(PROVIDER),
				CLIENT,
				record(9),
				RecordClass::TreatmentPlan,
				Purpose::ProviderSharing,
				Action::Disclosure { recipient: PROVIDER },
				Basis::Consent(sharing),
			),
			Error::<Test>::SelfDisclosure
		);
	});
}

#[test]
fn the_accessor_pays_for_the_entry() {
	run(|| {
		assert_ok!(Compliance::grant_consent(signed(CLIENT), POOR, Purpose::Treatment, None));
		assert_noop!(access(POOR, 1, RecordClass::SessionNote, Purpose::Treatment, Basis::Consent(0)), Error::<Test>::CannotPayDeposit);
	});
}
