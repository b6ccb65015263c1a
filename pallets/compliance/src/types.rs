//! What the compliance pallet stores: codes, commitments and pseudonymous accounts only. No
//! field can hold a name, a note, a diagnosis or contact details: purposes, record classes and
//! justifications are closed enums, records are 32-byte salted commitments.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
pub use mentalverse_primitives::{AuditEvent, BookingStep, CredentialChange};
use sp_core::H256;

/// Unix time in seconds (the timestamp pallet's milliseconds / 1000).
pub type UnixSeconds = u64;
/// Identifies one grant of consent; a grant after a revocation gets a new id.
pub type ConsentId = u64;
/// Position of an entry in its subject's trail, from 0.
pub type EntryIndex = u64;
/// Identifies a break-glass review.
pub type ReviewId = u64;

/// What a consent allows the grantee to do with the subject's records.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo, Debug, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum Purpose {
	/// Providing care: the treating therapist reads and writes session records.
	Treatment,
	/// Recording sessions (the booking pallet asks before a recorded session is booked).
	SessionRecording,
	/// Sharing records with the named provider (the grantee).
	ProviderSharing,
	/// De-identified research use.
	Research,
	/// Disclosing to the client's emergency contact.
	EmergencyContact,
	/// Psychotherapy notes, which need an authorization of their own (45 CFR 164.508(a)(2)).
	PsychotherapyNotes,
}

/// The kind of record an entry is about: the "brief description" of an accounting of
/// disclosures, and the unit of retention.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo, Debug, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum RecordClass {
	/// Progress notes of a session (part of the clinical record).
	SessionNote,
	/// Psychotherapy notes, kept apart from the clinical record.
	PsychotherapyNote,
	/// Intake and assessments.
	Assessment,
	/// Treatment plan.
	TreatmentPlan,
	/// Audio or video recording of a session.
	SessionRecording,
	/// Crisis and safety records.
	CrisisRecord,
	/// Billing and payment records.
	Billing,
}

/// Why emergency access was needed, when there was no consent to rely on.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum Justification {
	/// Imminent risk of harm to the client.
	RiskToSelf,
	/// Imminent risk of harm to others.
	RiskToOthers,
	/// A medical emergency.
	MedicalEmergency,
	/// The client cannot give consent (incapacitated) and care cannot wait.
	ClientIncapacitated,
}

/// What an entry relied on.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum Basis {
	/// The subject's consent with this id, active when the entry was made.
	Consent(ConsentId),
	/// Emergency access by a crisis on-call therapist, reviewed by governance afterwards.
	BreakGlass(Justification),
}

/// Access to a record, or its disclosure to another party.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug,
)]
pub enum Action<AccountId> {
	/// The accessor read or wrote the record.
	Access,
	/// The accessor disclosed the record to `recipient`.
	Disclosure { recipient: AccountId },
}

/// An access to, or a disclosure of, a subject's off-chain record.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug,
)]
pub struct Access<AccountId, Balance> {
	/// Who accessed or disclosed.
	pub accessor: AccountId,
	/// Salted commitment of the off-chain record.
	pub record: H256,
	pub class: RecordClass,
	pub purpose: Purpose,
	pub action: Action<AccountId>,
	pub basis: Basis,
	/// Held from the accessor while the entry is stored.
	pub deposit: Balance,
}

/// What one entry of a trail records.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug,
)]
pub enum Logged<AccountId, Balance> {
	/// An access or disclosure, logged by its accessor (the accounting of disclosures).
	Access(Access<AccountId, Balance>),
	/// The subject consented to `grantee` using their records for `purpose`.
	ConsentGranted { grantee: AccountId, purpose: Purpose, id: ConsentId, expires_at: Option<UnixSeconds> },
	/// The subject withdrew consent `id`.
	ConsentRevoked { grantee: AccountId, purpose: Purpose, id: ConsentId },
	/// A step of another pallet's process concerning the subject, caused by `actor`
	/// (`None`: governance), reported through [`mentalverse_primitives::AuditTrail`].
	Process { actor: Option<AccountId>, event: AuditEvent },
}

/// One line of a subject's trail. `prev` is the digest of the entry before it (zero for the
/// first), and the entry's own digest is `blake2_256` of its SCALE encoding, so each digest
/// commits to the whole trail before it.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug,
)]
pub struct Entry<AccountId, Balance> {
	/// When it was logged (block time).
	pub at: UnixSeconds,
	pub logged: Logged<AccountId, Balance>,
	/// Digest of the previous entry of the trail.
	pub prev: H256,
}

impl<AccountId: Encode, Balance: Encode> Entry<AccountId, Balance> {
	/// This entry's digest: what the next entry's `prev` and the trail's head commit to.
	pub fn digest(&self) -> H256 {
		H256(sp_io::hashing::blake2_256(&self.encode()))
	}

	/// The access or disclosure this entry logs, if it logs one.
	pub fn access(&self) -> Option<&Access<AccountId, Balance>> {
		match &self.logged {
			Logged::Access(access) => Some(access),
			_ => None,
		}
	}
}

/// A subject's trail: entries `first..next` are stored; `head` is the digest of entry `next - 1`
/// (zero while empty). Entries older than the retention period may be pruned from the front;
/// `head` and `next` never go back.
#[derive(
	Clone, Copy, PartialEq, Eq, Default, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo, Debug,
)]
pub struct Trail {
	pub first: EntryIndex,
	pub next: EntryIndex,
	pub head: H256,
}

/// A consent in force (or expired and not yet removed).
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug,
)]
pub struct Consent<Balance> {
	pub id: ConsentId,
	pub granted_at: UnixSeconds,
	/// The consent lapses at this time, if set.
	pub expires_at: Option<UnixSeconds>,
	/// Held from the subject while the consent is stored.
	pub deposit: Balance,
}

impl<Balance> Consent<Balance> {
	/// In force at `now`.
	pub fn is_active(&self, now: UnixSeconds) -> bool {
		self.expires_at.map_or(true, |end| now < end)
	}
}

/// A break-glass access waiting for governance's review.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug,
)]
pub struct Review<AccountId> {
	pub subject: AccountId,
	pub entry: EntryIndex,
	pub accessor: AccountId,
	pub justification: Justification,
	pub raised_at: UnixSeconds,
}

/// Governance's finding on a break-glass access.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum ReviewOutcome {
	/// The emergency justified the access.
	Justified,
	/// It did not; the professional-standards process takes over.
	Unjustified,
	/// Referred to the licensing board or another authority.
	Referred,
}

/// One page of a subject's accounting: entries by index, and where the next page starts.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct AccountingPage<AccountId, Balance> {
	pub entries: alloc::vec::Vec<(EntryIndex, Entry<AccountId, Balance>)>,
	/// Index to pass as the cursor for the next page, if the range holds more.
	pub next: Option<EntryIndex>,
}

/// Result of checking a copy of trail entries against the chain.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct TrailCheck {
	/// Entries of the copy that matched, in order from the first.
	pub matched: u64,
	/// Index of the first entry that did not chain or differs from the chain's, if any.
	pub first_mismatch: Option<EntryIndex>,
	/// The copy ends at the trail's head and its last digest is the head.
	pub reaches_head: bool,
}

/// Identifies an erasure request.
pub type ErasureId = u64;

/// A governance-set parameter of this pallet, with its unit in the variant.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug,
)]
pub enum GovernedParameter {
	/// Seconds a record of this class, and the trail entries about it, are kept after an
	/// entry is logged. Bounded by [`crate::Config::TrailRetention`] (the six-year floor of
	/// the accounting) and [`crate::Config::MaxRetention`].
	Retention(RecordClass, UnixSeconds),
	/// Seconds custodians have to honour an erasure request. From one day to
	/// [`crate::Config::MaxErasureDeadline`].
	ErasureDeadline(UnixSeconds),
}

/// Where an erasure request stands.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum ErasureStatus {
	/// Waiting for custodians' attestations, before the deadline.
	Pending,
	/// The deadline passed before every custodian attested.
	Overdue,
	/// Every custodian attested destruction of the data and its keys, the last one at `at`.
	Completed { at: UnixSeconds },
}

/// A custodian named in an erasure request, and the digest of its destruction certificate
/// once it has attested.
#[derive(
	Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Debug,
)]
pub struct CustodianAttestation<AccountId> {
	pub custodian: AccountId,
	pub certificate: Option<H256>,
}

/// A client's request that every copy of an off-chain record, and the keys that decrypt it,
/// be destroyed. The record is named by its commitment only.
#[derive(
	frame_support::CloneNoBound, frame_support::PartialEqNoBound, frame_support::EqNoBound,
	frame_support::DebugNoBound, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
#[codec(mel_bound(AccountId: MaxEncodedLen, Balance: MaxEncodedLen))]
#[scale_info(skip_type_params(MaxCustodians))]
pub struct ErasureRequest<
	AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxCustodians: frame_support::traits::Get<u32>,
> {
	pub subject: AccountId,
	pub record: H256,
	pub class: RecordClass,
	pub filed_at: UnixSeconds,
	/// `filed_at` plus the erasure deadline in force when it was filed.
	pub deadline: UnixSeconds,
	pub custodians: frame_support::BoundedVec<CustodianAttestation<AccountId>, MaxCustodians>,
	pub status: ErasureStatus,
	/// Held from the subject until the request is closed.
	pub deposit: Balance,
}

impl<
		AccountId: Clone + PartialEq + Eq + core::fmt::Debug,
		Balance: Clone + PartialEq + Eq + core::fmt::Debug,
		MaxCustodians: frame_support::traits::Get<u32>,
	> ErasureRequest<AccountId, Balance, MaxCustodians>
{
	/// Every named custodian has attested.
	pub fn all_attested(&self) -> bool {
		self.custodians.iter().all(|c| c.certificate.is_some())
	}
}
