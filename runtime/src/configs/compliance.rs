//! Consents and the audit trail (`pallets/compliance`), and the adapters that let the booking
//! pallet ask for recording consent and the trail ask who is on crisis call.

use super::governance;
use crate::{token, AccountId, Balance, Balances, Compliance, Runtime, RuntimeEvent, RuntimeHoldReason, Therapists, Timestamp};
use frame_support::{parameter_types, traits::ConstU32};
use pallet_mv_compliance::Purpose;
use pallet_mv_therapists::TherapistDirectory;

parameter_types! {
	/// 1 MVT per consent, returned on revocation: a consent is ~150 bytes of state that a
	/// client keeps for as long as care lasts.
	pub const ConsentDeposit: Balance = token::MVT;
	/// 0.01 MVT per trail entry (~190 bytes), returned when the entry is pruned after its
	/// retention: ten accesses a day for six years hold about 220 MVT.
	pub const EntryDeposit: Balance = token::MVT / 100;
	/// Six years and two days (leap years): the accounting of disclosures covers six years.
	pub const TrailRetention: u64 = (6 * 365 + 2) * 86_400;
	/// Thirty years: the longest any record-keeping rule we know of asks for (minors' records
	/// are kept until majority plus a period).
	pub const MaxRetention: u64 = 30 * 365 * 86_400;
	/// 5 MVT per erasure request until its subject closes it.
	pub const ErasureDeposit: Balance = 5 * token::MVT;
	/// One month, the GDPR's answer time (Art. 12(3)).
	pub const DefaultErasureDeadline: u64 = 30 * 86_400;
	/// Three months: the GDPR's one-month time extended by its two further months.
	pub const MaxErasureDeadline: u64 = 90 * 86_400;
}

impl pallet_mv_compliance::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type UnixTime = Timestamp;
	type OnCall = CrisisOnCall;
	/// Root, the professional-standards track or two thirds of the Council.
	type ReviewOrigin = governance::ProfessionalStandardsOrigin;
	/// Retention periods and the erasure deadline: the platform-parameters track.
	type ParametersOrigin = governance::PlatformParametersOrigin;
	/// Custodians are storage services the platform relies on: the same track.
	type CustodianOrigin = governance::PlatformParametersOrigin;
	type ConsentDeposit = ConsentDeposit;
	type EntryDeposit = EntryDeposit;
	type ErasureDeposit = ErasureDeposit;
	type TrailRetention = TrailRetention;
	type MaxRetention = MaxRetention;
	type DefaultErasureDeadline = DefaultErasureDeadline;
	type MaxErasureDeadline = MaxErasureDeadline;
	type MaxCustodians = ConstU32<8>;
	type MaxOverduePerBlock = ConstU32<20>;
	type MaxPage = ConstU32<100>;
	type MaxPrune = ConstU32<50>;
	type WeightInfo = pallet_mv_compliance::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ComplianceBenchmarkHelper;
}

/// Therapists in good standing who are on crisis call now: the only break-glass accessors.
pub struct CrisisOnCall;
impl frame_support::traits::Contains<AccountId> for CrisisOnCall {
	fn contains(who: &AccountId) -> bool {
		<Therapists as TherapistDirectory<AccountId, Balance>>::is_crisis_on_call(who)
	}
}

/// A session may be recorded only with the client's session-recording consent to its therapist.
pub struct RecordingConsent;
impl pallet_mv_booking::RecordingConsent<AccountId> for RecordingConsent {
	fn allows_recording(client: &AccountId, therapist: &AccountId) -> bool {
		Compliance::has_consent(client, therapist, Purpose::SessionRecording)
	}
}

/// On-call therapists through the real credentials and therapists pallets (as the booking
/// benchmarks make them); time through the timestamp pallet.
#[cfg(feature = "runtime-benchmarks")]
pub struct ComplianceBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_mv_compliance::benchmarking::BenchmarkHelper<AccountId> for ComplianceBenchmarkHelper {
	fn make_on_call(who: &AccountId) {
		<super::BookingBenchmarkHelper as pallet_mv_booking::benchmarking::BenchmarkHelper<AccountId>>::make_bookable(who)
	}

	fn set_now(seconds: u64) {
		pallet_timestamp::Now::<Runtime>::put(seconds.saturating_mul(1_000));
	}
}
