//! The types of the credentials pallet. Every field is a code, a number, a commitment or an
//! account: nothing here is personal data in clear.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use scale_info::TypeInfo;
use sp_core::H256;

/// Identifies a credential; assigned sequentially.
pub type CredentialId = u64;
/// Identifies a delegation; assigned sequentially.
pub type DelegationId = u64;

/// Where a license or check applies: an ISO 3166-1 alpha-2 country and, optionally, an ISO
/// 3166-2 subdivision code (up to three characters; all zero for the whole country).
/// `US-CA` is `{ country: *b"US", region: *b"CA\0" }`.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, DecodeWithMemTracking,
	MaxEncodedLen, TypeInfo,
)]
pub struct Jurisdiction {
	pub country: [u8; 2],
	pub region: [u8; 3],
}

impl Jurisdiction {
	/// A whole country.
	pub const fn country(code: [u8; 2]) -> Self {
		Self { country: code, region: [0; 3] }
	}

	/// Country uppercase A–Z; region uppercase alphanumerics, left-aligned, zero-padded.
	pub fn is_well_formed(&self) -> bool {
		let country_ok = self.country.iter().all(u8::is_ascii_uppercase);
		let used = self.region.iter().take_while(|b| **b != 0).count();
		let region_ok = self.region[..used]
			.iter()
			.all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) &&
			self.region[used..].iter().all(|b| *b == 0);
		country_ok && region_ok
	}

	/// Parses the text form, `US` or `US-CA`.
	pub fn parse(text: &str) -> Option<Self> {
		let (country, region) = text.split_once('-').unwrap_or((text, ""));
		let country: [u8; 2] = country.as_bytes().try_into().ok()?;
		if region.len() > 3 || (text.contains('-') && region.is_empty()) {
			return None;
		}
		let mut code = [0u8; 3];
		code[..region.len()].copy_from_slice(region.as_bytes());
		Some(Self { country, region: code }).filter(Self::is_well_formed)
	}

	/// Whether a license in `self` is covered by an accreditation for `scope`: the same
	/// jurisdiction, or the whole country of it.
	pub fn is_within(&self, scope: &Jurisdiction) -> bool {
		self == scope || (scope.region == [0; 3] && scope.country == self.country)
	}
}

/// The text form: `US`, `US-CA`.
impl core::fmt::Display for Jurisdiction {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		let used = self.region.iter().take_while(|b| **b != 0).count();
		for byte in self.country {
			write!(f, "{}", byte as char)?;
		}
		if used > 0 {
			write!(f, "-")?;
			for byte in &self.region[..used] {
				write!(f, "{}", *byte as char)?;
			}
		}
		Ok(())
	}
}

/// JSON (genesis, RPC) uses the text form.
impl serde::Serialize for Jurisdiction {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		serializer.collect_str(self)
	}
}

impl<'de> serde::Deserialize<'de> for Jurisdiction {
	fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		let text = <alloc::borrow::Cow<'de, str>>::deserialize(deserializer)?;
		Self::parse(&text)
			.ok_or_else(|| serde::de::Error::custom("expected an ISO 3166 code such as US or US-CA"))
	}
}

/// Class of a professional license.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub enum LicenseClass {
	/// Licensed Clinical Social Worker.
	Lcsw,
	/// Licensed Professional Counselor (also LPCC, LMHC).
	Lpc,
	/// Licensed Marriage and Family Therapist.
	Lmft,
	/// Licensed psychologist, Doctor of Psychology.
	PsyD,
	/// Licensed psychologist, Doctor of Philosophy.
	PhD,
	/// Psychiatrist (Doctor of Medicine or Osteopathy).
	Md,
	/// Psychiatric Mental Health Nurse Practitioner.
	Pmhnp,
	/// Licensed addiction / substance-use counselor.
	Ladc,
}

/// Level of an academic degree.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub enum DegreeLevel {
	Bachelor,
	Master,
	Doctorate,
}

/// Category of continuing-education hours.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub enum CeCategory {
	General,
	Ethics,
	CulturalCompetency,
	SuicidePrevention,
	Telehealth,
	Supervision,
}

/// The onboarding curriculum of the platform.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, DecodeWithMemTracking,
	MaxEncodedLen, TypeInfo,
)]
pub enum TrainingModule {
	Web3Fundamentals,
	PlatformNavigation,
	SecurityProtocols,
	EthicalGuidelines,
	CrisisManagement,
}

impl TrainingModule {
	/// The whole curriculum.
	pub const ALL: &'static [Self] = &[
		Self::Web3Fundamentals,
		Self::PlatformNavigation,
		Self::SecurityProtocols,
		Self::EthicalGuidelines,
		Self::CrisisManagement,
	];
}

/// What a credential attests, with the facts that can be filtered on. Documents themselves
/// stay off chain; `license_number` is a salted commitment, never the number.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum CredentialKind {
	ProfessionalLicense { jurisdiction: Jurisdiction, class: LicenseClass, license_number: H256 },
	AcademicDegree { level: DegreeLevel },
	/// `board` is the certifying board's code in the platform's published list.
	BoardCertification { board: u16 },
	BackgroundCheck { jurisdiction: Jurisdiction },
	ContinuingEducation { hours: u16, category: CeCategory },
	PlatformTraining { module: TrainingModule },
}

/// The kind without its details: what issuers are accredited for and what queries ask about.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, DecodeWithMemTracking,
	MaxEncodedLen, TypeInfo,
)]
pub enum KindTag {
	ProfessionalLicense,
	AcademicDegree,
	BoardCertification,
	BackgroundCheck,
	ContinuingEducation,
	PlatformTraining,
}

impl CredentialKind {
	pub fn tag(&self) -> KindTag {
		match self {
			Self::ProfessionalLicense { .. } => KindTag::ProfessionalLicense,
			Self::AcademicDegree { .. } => KindTag::AcademicDegree,
			Self::BoardCertification { .. } => KindTag::BoardCertification,
			Self::BackgroundCheck { .. } => KindTag::BackgroundCheck,
			Self::ContinuingEducation { .. } => KindTag::ContinuingEducation,
			Self::PlatformTraining { .. } => KindTag::PlatformTraining,
		}
	}

	/// The jurisdiction the credential is bound to, if its kind has one.
	pub fn jurisdiction(&self) -> Option<Jurisdiction> {
		match self {
			Self::ProfessionalLicense { jurisdiction, .. } |
			Self::BackgroundCheck { jurisdiction } => Some(*jurisdiction),
			_ => None,
		}
	}

	/// Licenses and background checks must carry an expiry: both lapse in the real world.
	pub fn requires_expiry(&self) -> bool {
		matches!(self.tag(), KindTag::ProfessionalLicense | KindTag::BackgroundCheck)
	}
}

/// Whether an accredited issuer may issue now.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub enum IssuerStatus {
	Active,
	Suspended,
}

/// An accredited issuer: what it may attest, and where.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
#[scale_info(skip_type_params(MaxKinds, MaxJurisdictions))]
pub struct IssuerInfo<MaxKinds: frame_support::traits::Get<u32>, MaxJurisdictions: frame_support::traits::Get<u32>> {
	pub status: IssuerStatus,
	pub kinds: BoundedVec<KindTag, MaxKinds>,
	/// Empty for kinds without a jurisdiction only (degrees, training, CE).
	pub jurisdictions: BoundedVec<Jurisdiction, MaxJurisdictions>,
}

/// Permission to issue (and possibly to delegate further) on behalf of a root issuer.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Delegation<AccountId, Balance> {
	/// The accredited issuer at the root of this chain.
	pub root_issuer: AccountId,
	/// The delegation this one was made under; `None` when made by the root issuer directly.
	pub parent: Option<DelegationId>,
	/// Who made this delegation and paid its deposit.
	pub delegator: AccountId,
	/// Who may act under it.
	pub delegate: AccountId,
	/// 1 for a delegation made by the root issuer.
	pub depth: u8,
	pub can_issue: bool,
	pub can_delegate: bool,
	pub deposit: Balance,
}

/// Status as stored. Expiry is not stored as a transition that someone must make: a credential
/// whose `valid_until` has passed *is* expired (see [`EffectiveStatus`]).
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub enum CredentialStatus {
	Active,
	Suspended,
	Revoked,
	/// Set by the expiry sweep for bookkeeping; expiry takes effect before that, by time.
	Expired,
}

/// Status as everyone should read it, at a given block.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub enum EffectiveStatus {
	Active,
	Suspended,
	Revoked,
	Expired,
	/// Its issuer is suspended or no longer accredited, or the delegation it was issued under
	/// was revoked: it does not count until that is resolved.
	IssuerInactive,
}

/// A credential. `commitment` binds the off-chain document: a hash of the document together
/// with a random salt, so the chain cannot be used to guess or confirm its contents.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct Credential<AccountId, Balance, BlockNumber> {
	pub subject: AccountId,
	pub kind: CredentialKind,
	pub issuer: AccountId,
	pub delegation: Option<DelegationId>,
	pub commitment: H256,
	pub issued_at: BlockNumber,
	pub valid_until: Option<BlockNumber>,
	pub status: CredentialStatus,
	/// Who paid the storage deposit, and how much is held.
	pub depositor: AccountId,
	pub deposit: Balance,
}

/// The required set of training modules, bounded by the number of modules there are.
pub type TrainingSet = BoundedVec<TrainingModule, ConstU32<8>>;
