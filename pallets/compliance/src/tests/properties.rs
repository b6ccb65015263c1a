//! Random interleavings of consent, access, revocation, break-glass, time and pruning: no entry
//! is ever logged as consented unless that consent was in force for that party and purpose at
//! that moment; the invariants and the total issuance hold after every step.

use crate::{mock::*, *};
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
						let before = Trails::<Test>::get(CLIENT).next;
						let granted = Compliance::grant_consent(signed(CLIENT), grantee, purpose, expires).is_ok();
						assert_eq!(granted, !model.contains_key(&(grantee, purpose)));
						// Each grant, and nothing else, enters the trail.
						assert_eq!(Trails::<Test>::get(CLIENT).next, before + granted as u64);
						if granted {
							let entry = Entries::<Test>::get(CLIENT, before).expect("logged");
							assert_eq!(entry.logged, Logged::ConsentGranted { grantee, purpose, id: next_id, expires_at: expires });
						}
						if granted {
							model.insert((grantee, purpose), (next_id, expires));
							next_id += 1;
						}
					},
					Step::Revoke { grantee, purpose } => {
						let (grantee, purpose) = (PEOPLE[grantee], PURPOSES[purpose]);
						let before = Trails::<Test>::get(CLIENT).next;
						let revoked = Compliance::revoke_consent(signed(CLIENT), grantee, purpose).is_ok();
						assert_eq!(revoked, model.remove(&(grantee, purpose)).is_some());
						assert_eq!(Trails::<Test>::get(CLIENT).next, before + revoked as u64);
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

#[derive(Clone, Debug)]
enum ErasureStep {
	Request(Vec<usize>),
	Attest { id: u64, custodian: usize },
	Close(u64),
	Block { seconds: u64 },
}

const CUSTODIANS: [AccountId; 3] = [VAULT, BACKUP, THERAPIST];

fn erasure_step() -> impl Strategy<Value = ErasureStep> {
	prop_oneof![
		2 => prop::collection::vec(0..CUSTODIANS.len(), 0..3).prop_map(ErasureStep::Request),
		3 => (0..8u64, 0..CUSTODIANS.len()).prop_map(|(id, custodian)| ErasureStep::Attest { id, custodian }),
		1 => (0..8u64).prop_map(ErasureStep::Close),
		3 => prop_oneof![1..DAY, Just(10 * DAY), Just(31 * DAY)].prop_map(|seconds| ErasureStep::Block { seconds }),
	]
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(120))]
	/// Random requests, attestations, closings and blocks: a request completes exactly when
	/// its last custodian attests, is flagged overdue only once its deadline has passed and
	/// never after completing, and deposits come back in full.
	#[test]
	fn erasure_requests_follow_their_custodians_and_deadlines(steps in prop::collection::vec(erasure_step(), 20..60)) {
		run(|| {
			let (free, issuance) = (Balances::free_balance(CLIENT), Balances::total_issuance());
			for step in steps {
				match step {
					ErasureStep::Request(picked) => {
						let named: Vec<AccountId> = picked.iter().map(|i| CUSTODIANS[*i]).collect();
						let valid = !named.is_empty() &&
							named.iter().all(|c| *c != THERAPIST) &&
							named.iter().enumerate().all(|(i, c)| !named[i + 1..].contains(c));
						let filed = Compliance::request_erasure(
							signed(CLIENT),
							record(1),
							RecordClass::SessionNote,
							frame_support::BoundedVec::truncate_from(named),
						)
						.is_ok();
						assert_eq!(filed, valid);
					},
					ErasureStep::Attest { id, custodian } => {
						let before = Erasures::<Test>::get(id);
						let attested = Compliance::attest_erasure(signed(CUSTODIANS[custodian]), id, record(9)).is_ok();
						let expected = before.as_ref().is_some_and(|request| {
							request.custodians.iter().any(|c| c.custodian == CUSTODIANS[custodian] && c.certificate.is_none())
						});
						assert_eq!(attested, expected);
						if let Some(after) = Erasures::<Test>::get(id) {
							let completed = matches!(after.status, ErasureStatus::Completed { .. });
							assert_eq!(completed, after.all_attested());
						}
					},
					ErasureStep::Close(id) => {
						let exists = Erasures::<Test>::contains_key(id);
						assert_eq!(Compliance::close_erasure(signed(CLIENT), id).is_ok(), exists);
					},
					ErasureStep::Block { seconds } => {
						let before: Vec<_> = Erasures::<Test>::iter().collect();
						next_block_after(seconds);
						for (id, request) in before {
							let after = Erasures::<Test>::get(id).map(|r| r.status);
							if after == Some(ErasureStatus::Overdue) && request.status != ErasureStatus::Overdue {
								assert_eq!(request.status, ErasureStatus::Pending, "only pending requests turn overdue");
								assert!(request.deadline <= now(), "flagged only after the deadline");
							}
						}
					},
				}
				Compliance::do_try_state().expect("invariants hold after every step");
			}
			for id in 0..NextErasureId::<Test>::get() {
				let _ = Compliance::close_erasure(signed(CLIENT), id);
			}
			assert_eq!(Balances::free_balance(CLIENT), free, "every deposit came back");
			assert_eq!(Balances::total_issuance(), issuance);
		});
	}
}
