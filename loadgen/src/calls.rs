//! The runtime calls the load generator sends, built from the runtime's own types so that a
//! change of a call's shape breaks this crate's build rather than the benchmark.

use codec::Encode;
use mentalverse_runtime::{AccountId, Balance, RuntimeCall, MVT};
use pallet_mv_booking::{CancellationPolicy, PolicyBounds, RequestTerms, TherapistAccess};
use pallet_mv_credentials::{CredentialKind, Jurisdiction, KindTag, LicenseClass};
use pallet_mv_therapists::{Format, Language, Modality, Offering, Population, Profile, SessionKind, Specialty, WeeklyWindow};
use frame_support::{traits::Get, Blake2_256, BoundedVec, StorageHasher};
use sp_core::H256;
use sp_runtime::{MultiAddress, Percent};

/// Price of the load therapists' one offering.
pub const SESSION_PRICE: Balance = 90 * MVT;
/// Seconds of notice a session needs, set by the set-up (the default is an hour).
pub const MIN_NOTICE_SECONDS: u64 = 12;

const US_CA: Jurisdiction = Jurisdiction { country: *b"US", region: *b"CA\0" };

fn bounded<T, S: Get<u32>>(items: Vec<T>) -> BoundedVec<T, S> {
	BoundedVec::truncate_from(items)
}

/// A commitment unique to `(label, n)`: stands in for the hash of an off-chain document.
pub fn commitment(label: &str, n: u64) -> H256 {
	Blake2_256::hash(&(label, n).encode()).into()
}

pub fn transfer(to: &AccountId, value: Balance) -> RuntimeCall {
	pallet_balances::Call::transfer_keep_alive { dest: MultiAddress::Id(to.clone()), value }.into()
}

pub fn batch_all(calls: Vec<RuntimeCall>) -> RuntimeCall {
	pallet_utility::Call::batch_all { calls }.into()
}

pub fn sudo(call: RuntimeCall) -> RuntimeCall {
	pallet_sudo::Call::sudo { call: Box::new(call) }.into()
}

/// Governance set-up: `issuer` licenses in California, sessions may start `MIN_NOTICE_SECONDS`
/// from now, and policies may release escrow as soon as a session is completed.
pub fn governance_setup(issuer: &AccountId) -> RuntimeCall {
	sudo(batch_all(vec![
		pallet_mv_credentials::Call::accredit_issuer {
			issuer: issuer.clone(),
			kinds: vec![KindTag::ProfessionalLicense, KindTag::BackgroundCheck],
			jurisdictions: vec![US_CA],
		}
		.into(),
		pallet_mv_booking::Call::set_min_notice { seconds: MIN_NOTICE_SECONDS }.into(),
		pallet_mv_booking::Call::set_bounds {
			bounds: PolicyBounds {
				min_free_cancel_hours: 0,
				max_free_cancel_hours: 72,
				max_late_cancel_fee: Percent::from_percent(100),
				max_no_show_fee: Percent::from_percent(100),
				min_dispute_hours: 0,
				max_dispute_hours: 168,
			},
		}
		.into(),
	]))
}

/// The credentials a therapist needs to be listed: a license and a background check.
pub fn license(therapist: &AccountId, n: u64) -> [RuntimeCall; 2] {
	let issue = |kind, label| pallet_mv_credentials::Call::issue {
		subject: therapist.clone(),
		kind,
		commitment: commitment(label, n),
		// Licenses must expire; about two months of blocks.
		valid_until: Some(1_000_000),
		delegation: None,
	};
	[
		issue(
			CredentialKind::ProfessionalLicense {
				jurisdiction: US_CA,
				class: LicenseClass::Lpc,
				license_number: commitment("license-number", n),
			},
			"license",
		)
		.into(),
		issue(CredentialKind::BackgroundCheck { jurisdiction: US_CA }, "background").into(),
	]
}

/// A therapist lists itself: profile, one 50-minute video offering, open all week, a policy
/// without dispute window (escrow is released in the block after completion).
pub fn listing(n: u64) -> RuntimeCall {
	let profile = Profile {
		jurisdictions: bounded(vec![US_CA]),
		specialties: bounded(vec![Specialty::Anxiety]),
		modalities: bounded(vec![Modality::Cbt]),
		languages: bounded(vec![Language(*b"en")]),
		cultural_competencies: bounded(vec![]),
		populations: bounded(vec![Population::Adults]),
		insurance: bounded(vec![]),
		years_experience: 3,
		utc_offset_minutes: 0,
		accepting_new_clients: true,
		crisis_on_call: false,
		document: commitment("profile", n),
	};
	let offering = Offering {
		kind: SessionKind::Standard,
		duration_minutes: SESSION_MINUTES as u16,
		price: SESSION_PRICE,
		sliding_scale_floor: None,
		formats: bounded(vec![Format::Video]),
	};
	batch_all(vec![
		pallet_mv_therapists::Call::register { profile }.into(),
		pallet_mv_therapists::Call::add_offering { offering }.into(),
		pallet_mv_therapists::Call::set_availability {
			weekly: vec![WeeklyWindow { start: 0, length: 7 * 24 * 60 }],
			blocked_days: vec![],
		}
		.into(),
		pallet_mv_booking::Call::set_policy {
			policy: CancellationPolicy {
				free_cancel_hours: 0,
				late_cancel_fee: Percent::from_percent(50),
				no_show_fee: Percent::from_percent(100),
				dispute_hours: 0,
			},
		}
		.into(),
	])
}

/// Minutes of the load therapists' sessions.
const SESSION_MINUTES: u32 = 50;

/// `at`, or the start of the next week if a session at `at` would run past the end of the
/// therapists' all-week availability window (windows do not wrap around the week).
fn bookable(at: u64) -> u64 {
	const WEEK: u32 = 7 * 24 * 60;
	let minute = pallet_mv_therapists::minute_of_week(at);
	if minute + SESSION_MINUTES > WEEK { at + u64::from(WEEK - minute) * 60 } else { at }
}

/// A client's request for one session at `start` (unix seconds, moved out of the last minutes
/// of the week), paid by the client.
pub fn request(therapist: &AccountId, start: u64, n: u64) -> RuntimeCall {
	pallet_mv_booking::Call::request {
		therapist: therapist.clone(),
		offering: 0,
		starts: bounded(vec![bookable(start)]),
		format: Format::Video,
		terms: RequestTerms { payer: None, price: None, client_key: commitment("client-key", n).0, recording: false },
	}
	.into()
}

pub fn confirm(id: u64, n: u64) -> RuntimeCall {
	let access = TherapistAccess {
		therapist_key: commitment("therapist-key", n).0,
		envelope: bounded(commitment("envelope", n).0.to_vec()),
	};
	pallet_mv_booking::Call::confirm { id, access }.into()
}

pub fn complete(id: u64) -> RuntimeCall {
	pallet_mv_booking::Call::complete { id, record: None }.into()
}
