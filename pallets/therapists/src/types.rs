//! The types of the therapist registry. A profile is public professional information chosen
//! by the therapist: typed codes, numbers and a content hash. Nothing describes a client.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use pallet_mv_credentials::Jurisdiction;
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_core::H256;

/// Seconds since the Unix epoch, UTC. Sessions are scheduled in wall-clock time, not blocks.
pub type UnixSeconds = u64;
/// Identifies an offering within one therapist's offerings.
pub type OfferingId = u16;
/// Identifies a booking (assigned by the booking pallet).
pub type BookingId = u64;
/// Minutes in a week: availability repeats weekly.
pub const MINUTES_PER_WEEK: u32 = 7 * 24 * 60;
/// Seconds in a day: blocked dates are whole UTC days.
pub const SECONDS_PER_DAY: u64 = 86_400;

macro_rules! code_enum {
	($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
		$(#[$meta])*
		#[derive(
			Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode,
			DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Serialize, Deserialize,
		)]
		#[serde(rename_all = "camelCase")]
		pub enum $name { $($(#[$vmeta])* $variant),+ }

		impl $name {
			/// Every code, in encoding order.
			pub const ALL: &'static [Self] = &[$(Self::$variant),+];
		}
	};
}

code_enum! {
	/// What a therapist treats. Codes are encoded as their index (`Anxiety` = 0, ...).
	Specialty {
		Anxiety, Depression, TraumaPtsd, Addiction, EatingDisorders, Ocd, Bipolar, Grief,
		Relationships, Family, ChildAdolescent, LgbtqAffirming, CrisisIntervention, Adhd,
		/// Sleep problems and insomnia.
		Sleep,
		/// Work, academic and life stress, burnout.
		Stress,
		/// Self-harm and suicidality (long-term care; acute crises use crisis requests).
		SelfHarm,
		/// Psychosis and schizophrenia-spectrum conditions.
		Psychosis,
		/// Perinatal and postpartum mental health.
		Perinatal,
		/// Chronic illness and pain.
		ChronicIllness,
	}
}

code_enum! {
	/// How a therapist works.
	Modality {
		/// Cognitive behavioral therapy.
		Cbt,
		/// Dialectical behavior therapy.
		Dbt,
		/// Acceptance and commitment therapy.
		Act,
		Psychodynamic,
		/// Trauma-informed care in general.
		TraumaInformed,
		/// Eye movement desensitization and reprocessing (a trauma-informed modality).
		Emdr,
		/// Mindfulness-based interventions (MBCT, MBSR).
		MindfulnessBased,
		/// Person-centred and other humanistic therapies.
		Humanistic,
		/// Family systems therapy.
		FamilySystems,
		/// Solution-focused brief therapy.
		SolutionFocused,
		/// Motivational interviewing.
		MotivationalInterviewing,
		/// Exposure and response prevention.
		ExposureResponsePrevention,
		/// Interpersonal therapy.
		Interpersonal,
	}
}

code_enum! {
	/// Cultural competencies a therapist offers (about the therapist's practice, not identity).
	CulturalCompetency {
		BlackAfricanDiaspora, LatinoHispanic, AsianPacificIslander, Indigenous,
		MiddleEasternNorthAfrican, ImmigrantRefugee, FaithBased, MilitaryVeterans,
		LgbtqPlus, Disability, Neurodivergent,
	}
}

code_enum! {
	/// Who a therapist sees.
	Population { Children, Adolescents, Adults, OlderAdults, Couples, Families, Groups }
}

code_enum! {
	/// How a session is held.
	Format { Text, Voice, Video }
}

/// A language as an ISO 639-1 code, two lowercase letters (`*b"en"`); `"en"` in JSON.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, DecodeWithMemTracking,
	MaxEncodedLen, TypeInfo,
)]
pub struct Language(pub [u8; 2]);

impl Language {
	pub fn is_well_formed(&self) -> bool {
		self.0.iter().all(u8::is_ascii_lowercase)
	}

	/// Parses `"en"`.
	pub fn parse(text: &str) -> Option<Self> {
		let code: [u8; 2] = text.as_bytes().try_into().ok()?;
		Some(Self(code)).filter(Self::is_well_formed)
	}
}

impl Serialize for Language {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		serializer.collect_str(&format_args!("{}{}", self.0[0] as char, self.0[1] as char))
	}
}

impl<'de> Deserialize<'de> for Language {
	fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		let text = <alloc::borrow::Cow<'de, str>>::deserialize(deserializer)?;
		Self::parse(&text).ok_or_else(|| serde::de::Error::custom("expected an ISO 639-1 code such as en"))
	}
}

/// An insurance network accepted, by its code in the platform's published payer list.
pub type InsuranceCode = u16;

/// Public professional information, bounded. The bio and photo live off chain; `document`
/// is the hash of that document so apps can check what they display.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
	/// Where the therapist practises: a valid license in at least one is required to be
	/// listed, and a client's jurisdiction filter matches only those licensed there.
	pub jurisdictions: BoundedVec<Jurisdiction, ConstU32<8>>,
	pub specialties: BoundedVec<Specialty, ConstU32<10>>,
	pub modalities: BoundedVec<Modality, ConstU32<8>>,
	pub languages: BoundedVec<Language, ConstU32<6>>,
	pub cultural_competencies: BoundedVec<CulturalCompetency, ConstU32<6>>,
	pub populations: BoundedVec<Population, ConstU32<7>>,
	pub insurance: BoundedVec<InsuranceCode, ConstU32<16>>,
	pub years_experience: u8,
	/// Offset of the therapist's local time from UTC in minutes (−720 to +840), for display:
	/// availability itself is stored in UTC.
	pub utc_offset_minutes: i16,
	pub accepting_new_clients: bool,
	pub crisis_on_call: bool,
	/// Hash of the off-chain profile document (bio, photo).
	pub document: H256,
}

/// The kinds of session, with the durations each allows.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum SessionKind {
	/// Check-in or consultation, 15–30 minutes.
	BriefConsultation,
	/// Individual session, 45–50 minutes.
	Standard,
	/// Individual session, 75–90 minutes.
	Extended,
	/// A bundle of `sessions` sessions (2–20) of 45–90 minutes each, paid as one.
	IntensiveProgram { sessions: u8 },
	/// Ongoing support and relapse prevention, 15–50 minutes.
	Maintenance,
	/// A group of up to `capacity` clients (2–`MaxGroupCapacity`), 45–120 minutes.
	Group { capacity: u16 },
}

/// [`SessionKind`] without its parameters, for filtering.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, DecodeWithMemTracking,
	MaxEncodedLen, TypeInfo, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum SessionKindTag {
	BriefConsultation,
	Standard,
	Extended,
	IntensiveProgram,
	Maintenance,
	Group,
}

impl SessionKind {
	pub fn tag(&self) -> SessionKindTag {
		match self {
			Self::BriefConsultation => SessionKindTag::BriefConsultation,
			Self::Standard => SessionKindTag::Standard,
			Self::Extended => SessionKindTag::Extended,
			Self::IntensiveProgram { .. } => SessionKindTag::IntensiveProgram,
			Self::Maintenance => SessionKindTag::Maintenance,
			Self::Group { .. } => SessionKindTag::Group,
		}
	}

	/// Allowed session length in minutes, inclusive.
	pub fn duration_range(&self) -> (u16, u16) {
		match self {
			Self::BriefConsultation => (15, 30),
			Self::Standard => (45, 50),
			Self::Extended => (75, 90),
			Self::IntensiveProgram { .. } => (45, 90),
			Self::Maintenance => (15, 50),
			Self::Group { .. } => (45, 120),
		}
	}
}

/// A session a therapist offers. The price is for one session, or for the whole bundle of an
/// intensive program; for a group it is per participant.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
	Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Offering<Balance> {
	pub kind: SessionKind,
	/// Length of each session in minutes.
	pub duration_minutes: u16,
	pub price: Balance,
	/// Lowest price the therapist may agree for a client on a sliding scale.
	pub sliding_scale_floor: Option<Balance>,
	pub formats: BoundedVec<Format, ConstU32<3>>,
}

/// A weekly recurring window in UTC: from `start` (minutes after Monday 00:00 UTC) for
/// `length` minutes. A window may run past Sunday midnight into Monday.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, DecodeWithMemTracking,
	MaxEncodedLen, TypeInfo, Serialize, Deserialize,
)]
pub struct WeeklyWindow {
	pub start: u16,
	pub length: u16,
}

impl WeeklyWindow {
	/// Whether `[minute, minute + minutes)` (minutes after Monday 00:00 UTC) lies inside.
	pub fn covers(&self, minute: u32, minutes: u32) -> bool {
		let offset = (minute + MINUTES_PER_WEEK - self.start as u32) % MINUTES_PER_WEEK;
		offset.saturating_add(minutes) <= self.length as u32
	}
}

/// When a therapist can be booked: weekly windows in UTC, minus whole blocked UTC days
/// (days since the Unix epoch).
#[derive(
	frame_support::CloneNoBound, frame_support::PartialEqNoBound, frame_support::EqNoBound,
	frame_support::DebugNoBound, frame_support::DefaultNoBound, Encode, Decode,
	DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Serialize, Deserialize,
)]
#[scale_info(skip_type_params(MaxWindows, MaxBlocked))]
#[serde(bound = "")]
pub struct Availability<MaxWindows: frame_support::traits::Get<u32>, MaxBlocked: frame_support::traits::Get<u32>> {
	/// Sorted by start, not overlapping.
	pub weekly: BoundedVec<WeeklyWindow, MaxWindows>,
	/// Sorted, unique.
	pub blocked_days: BoundedVec<u32, MaxBlocked>,
}

/// The Monday-based minute of the week of a Unix time. 1970-01-01 was a Thursday.
pub fn minute_of_week(at: UnixSeconds) -> u32 {
	const THURSDAY_OFFSET_MINUTES: u64 = 3 * 24 * 60;
	((at / 60 + THURSDAY_OFFSET_MINUTES) % MINUTES_PER_WEEK as u64) as u32
}

/// The UTC day (days since the Unix epoch) of a Unix time.
pub fn day_of(at: UnixSeconds) -> u32 {
	(at / SECONDS_PER_DAY) as u32
}

/// Why governance suspended a therapist.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum SuspensionReason {
	/// A client complaint is under review.
	ComplaintUnderReview,
	/// A finding of an ethics or conduct violation.
	EthicsViolation,
	/// A licensing board investigation was reported.
	LicenseInvestigation,
	/// Irregular billing or payment behaviour.
	BillingIrregularity,
	/// The account is reported as impersonating a professional.
	ImpersonationReport,
	/// Any other reason, by its code in the platform's published list.
	Other(u16),
}

/// Listing state as stored. Whether a listed therapist is bookable also depends on their
/// credentials *now*; see [`Standing`].
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum ListingStatus {
	/// Listed: active whenever the credentials requirements are met.
	Listed,
	/// Paused by the therapist: not listed, not bookable.
	Paused,
	/// Suspended by governance: not listed, not bookable.
	Suspended(SuspensionReason),
}

/// How a therapist reads at a block, everywhere (matching, booking, apps).
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo, Serialize, Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub enum Standing {
	/// Listed and holding every required credential: found by matching, bookable.
	Active,
	/// Listed, but a required credential is missing, expired, suspended or revoked.
	PendingVerification,
	Paused,
	Suspended(SuspensionReason),
}

/// Aggregate of ratings: `sum` of stars (1–5 each) over `count` ratings.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, DecodeWithMemTracking,
	MaxEncodedLen, TypeInfo, Serialize, Deserialize,
)]
pub struct Rating {
	pub sum: u32,
	pub count: u32,
}

impl Rating {
	/// Prior for ranking: a therapist with few ratings is pulled towards 4 stars, as if it
	/// had `PRIOR_COUNT` ratings of 4.
	pub const PRIOR_MEAN_MILLI: u64 = 4_000;
	pub const PRIOR_COUNT: u64 = 5;

	/// Bayesian average in thousandths of a star.
	pub fn ranking_score(&self) -> u64 {
		(self.sum as u64 * 1000 + Self::PRIOR_MEAN_MILLI * Self::PRIOR_COUNT) /
			(self.count as u64 + Self::PRIOR_COUNT)
	}
}

/// The registry's record of a therapist.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo)]
pub struct TherapistRecord<Balance, BlockNumber> {
	pub status: ListingStatus,
	/// Held under the registration reason; covers the profile, offerings, availability and
	/// index entries.
	pub deposit: Balance,
	pub registered_at: BlockNumber,
	pub rating: Rating,
	/// Bookings not yet settled (reported by the booking pallet); retiring needs none.
	pub open_bookings: u32,
	/// Id the next offering gets; offerings are never renumbered.
	pub next_offering_id: OfferingId,
}

/// A key of the search index: one value of one filterable attribute.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, DecodeWithMemTracking,
	MaxEncodedLen, TypeInfo,
)]
pub enum IndexKey {
	Specialty(Specialty),
	Modality(Modality),
	Language(Language),
	Jurisdiction(Jurisdiction),
	Insurance(InsuranceCode),
	Competency(CulturalCompetency),
	CrisisOnCall,
	/// Jurisdiction and specialty together: nearly every search names both (the client's state
	/// and their need), and this key is far smaller than either alone.
	JurisdictionSpecialty(Jurisdiction, Specialty),
}

impl Profile {
	/// The index keys a listed therapist with this profile is found under.
	pub fn index_keys(&self) -> impl Iterator<Item = IndexKey> + '_ {
		self.specialties
			.iter()
			.map(|s| IndexKey::Specialty(*s))
			.chain(self.modalities.iter().map(|m| IndexKey::Modality(*m)))
			.chain(self.languages.iter().map(|l| IndexKey::Language(*l)))
			.chain(self.jurisdictions.iter().map(|j| IndexKey::Jurisdiction(*j)))
			.chain(self.insurance.iter().map(|i| IndexKey::Insurance(*i)))
			.chain(self.cultural_competencies.iter().map(|c| IndexKey::Competency(*c)))
			.chain(self.crisis_on_call.then_some(IndexKey::CrisisOnCall))
			.chain(self.jurisdictions.iter().flat_map(move |j| {
				self.specialties.iter().map(move |s| IndexKey::JurisdictionSpecialty(*j, *s))
			}))
	}
}
