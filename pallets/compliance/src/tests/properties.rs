//! Random interleavings of consent, access, revocation, break-glass, time and pruning: no entry
//! is ever logged as consented unless that consent was in force for that party and purpose at
//! that moment; the invariants and the total issuance hold after every step.

use crate::{mock::*, *};
use frame_support::traits::fungible::Inspect;
use proptest::prelude::*;
use std::collections::BTreeMap;

const PEOPLE: [AccountId; 5] = [THERAPIST, PROVIDER, RESEARCHER, ON_CALL, POOR];
const PURPOSES: [Purpose; 6] = [
	Purpose::Treatment,
	Purpose::SessionRecording,
	Purpose::ProviderSharing,
	Purpose::Research,
	Purpose::EmergencyContact,
	Purpose::PsychotherapyNotes,
];
const CLASSES: [RecordClass; 4] =
	[RecordClass::SessionNote, RecordClass::PsychotherapyNote, RecordClass::Assessment, RecordClass::CrisisRecord];

#[derive(Clone, Debug)]
enum Step {
	Grant { grantee: usize, purpose: usize, lasts: Option<u64> },
	Revoke { grantee: usize, purpose: usize },
	Access { who: usize, recipient: Option<usize>, purpose: usize, class: usize, cited: u64, break_glass: bool },
	Close(u64),
	Prune,
	Wait(u64),
}

fn step() -> impl Strategy<Value = Step> {
	let who = 0..PEOPLE.len();
	let purpose = 0..PURPOSES.len();
	prop_oneof![
		3 => (who.clone(), purpose.clone(), prop::option::of(1..500u64))
			.prop_map(|(grantee, purpose, lasts)| Step::Grant { grantee, purpose, lasts }),
		2 => (who.clone(), purpose.clone()).prop_map(|(grantee, purpose)| Step::Revoke { grantee, purpose }),
		6 => (who.clone(), prop::option::of(who), purpose, 0..CLASSES.len(), 0..12u64, prop::bool::weighted(0.15))
			.prop_map(|(who, recipient, purpose, class, cited, break_glass)| Step::Access { who, recipient, purpose, class, cited, break_glass }),
		1 => (0..6u64).prop_map(Step::Close),
		1 => Just(Step::Prune),
		2 => prop_oneof![1..200u64, Just(3 * YEAR)].prop_map(Step::Wait),
	]
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(120))]
	#[test]
	fn consented_entries_always_had_consent_in_force(steps in prop::collection::vec(step(), 40..90)) {
		run(|| {
			let issuance = Balances::total_issuance();
			// The model: consents in force or expired, by (grantee, purpose) → (id, expiry).
			let mut model: BTreeMap<(AccountId, Purpose), (ConsentId, Option<u64>)> = BTreeMap::new();
			let mut next_id = 0;
			for step in steps {
				match step {
					Step::Grant { grantee, purpose, lasts } => {
						let (grantee, purpose) = (PEOPLE[grantee], PURPOSES[purpose]);
						let expires = lasts.map(|l| now() + l);
						let granted = Compliance::grant_consent(signed(CLIENT), grantee, purpose, expires).is_ok();
						assert_eq!(granted, !model.contains_key(&(grantee, purpose)));
						if granted {
							model.insert((grantee, purpose), (next_id, expires));
							next_id += 1;
						}
					},
					Step::Revoke { grantee, purpose } => {
						let (grantee, purpose) = (PEOPLE[grantee], PURPOSES[purpose]);
						let revoked = Compliance::revoke_consent(signed(CLIENT), grantee, purpose).is_ok();
						assert_eq!(revoked, model.remove(&(grantee, purpose)).is_some());
					},
					Step::Access { who, recipient, purpose, class, cited, break_glass } => {
						let (accessor, purpose, class) = (PEOPLE[who], PURPOSES[purpose], CLASSES[class]);
						let action = recipient.map_or(Action::Access, |r| Action::Disclosure { recipient: PEOPLE[r] });
						let holder = recipient.map_or(accessor, |r| PEOPLE[r]);
						let basis = if break_glass { Basis::BreakGlass(Justification::MedicalEmergency) } else { Basis::Consent(cited) };
						let before = Trails::<Test>::get(CLIENT).next;
						let logged = Compliance::log_access(signed(accessor), CLIENT, record(1), class, purpose, action, basis).is_ok();
						if logged && !break_glass {
							let (id, expiry) = model.get(&(holder, purpose)).copied().expect("logged only with a consent");
							assert_eq!(id, cited, "logged only under the consent in force");
							assert!(expiry.map_or(true, |end| now() < end), "logged only before expiry");
							assert!(class != RecordClass::PsychotherapyNote || purpose == Purpose::PsychotherapyNotes);
						}
						if logged && break_glass {
							assert_eq!(accessor, ON_CALL);
						}
						// Whenever the model allows it and the accessor can pay, it is logged.
						let consent_ok = model
							.get(&(holder, purpose))
							.is_some_and(|(id, expiry)| *id == cited && expiry.map_or(true, |end| now() < end));
						let notes_ok = class != RecordClass::PsychotherapyNote || purpose == Purpose::PsychotherapyNotes;
						let allowed = !break_glass && consent_ok && notes_ok && (recipient.is_none() || holder != accessor);
						if allowed && accessor != POOR {
							assert!(logged, "a consented access by a funded accessor is accepted");
						}
						assert_eq!(Trails::<Test>::get(CLIENT).next, before + logged as u64);
					},
					Step::Close(id) => {
						let open = Reviews::<Test>::contains_key(id);
						assert_eq!(Compliance::close_review(RuntimeOrigin::root(), id, ReviewOutcome::Justified).is_ok(), open);
					},
					Step::Prune => {
						let _ = Compliance::prune_trail(signed(8), CLIENT);
					},
					Step::Wait(seconds) => advance(seconds),
				}
				Compliance::do_try_state().expect("invariants hold after every step");
				assert_eq!(Balances::total_issuance(), issuance);
			}
		});
	}
}
