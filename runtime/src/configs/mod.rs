//! The `Config` of every pallet in the runtime.

pub mod compliance;
pub mod governance;

use crate::{
	fees::{BlockAuthorFromAura, DealWithFees},
	weights::{BlockExecutionWeight, ExtrinsicBaseWeight},
	token, AccountId, Aura, Balance, Balances, Block, Credentials, Economy, Therapists, Timestamp, BlockNumber, Hash, Nonce, OriginCaller, DAYS,
	PalletInfo, Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	RuntimeOrigin, RuntimeTask, System, SLOT_DURATION, VERSION,
};
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU16, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		Weight,
	},
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::One, Perbill};
use sp_version::RuntimeVersion;

/// Share of a block's weight and length that ordinary transactions may use; the rest is kept
/// for operational transactions (e.g. governance emergency calls) and the block's own hooks.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

/// Two seconds of execution per six-second block, leaving time to import and gossip.
const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(2 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX);
/// Share of a block's weight that `on_initialize` hooks are expected to use on average.
const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(10);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// The block and extrinsic base weights are this chain's own, measured by
	/// `scripts/benchmark.sh overhead` (`crate::weights`); normal transactions may fill
	/// `NORMAL_DISPATCH_RATIO` of the block, operational ones the rest.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |weights| {
			weights.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			// Operational transactions may use what normal ones cannot.
			weights.reserved = Some(MAXIMUM_BLOCK_WEIGHT - NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.avg_block_initialization(AVERAGE_ON_INITIALIZE_RATIO)
		.build_or_panic();
	/// 5 MiB blocks; normal transactions may fill `NORMAL_DISPATCH_RATIO` of them.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAX_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * MAX_BLOCK_LENGTH
		})
		.build();
	pub const SS58Prefix: u16 = token::SS58_PREFIX;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores state in ParityDB, so its read/write costs are the ones to charge.
	type DbWeight = ParityDbWeight;
	/// System calls and the transaction extensions (nonce, era, weight checks) charge with
	/// `DbWeight`; the defaults (`()`) assume RocksDB, whose writes cost twice as much: every
	/// transaction would pay for a database the node does not use.
	type SystemWeightInfo = frame_system::weights::SubstrateWeight<Runtime>;
	type ExtensionsWeightInfo = frame_system::SubstrateExtensionsWeight<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
}

/// At most this many validators: GRANDPA's message cost grows with the square of the set.
pub const MAX_AUTHORITIES: u32 = 32;

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<MAX_AUTHORITIES>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	// No session pallet and no equivocation reports yet: a key-ownership proof cannot exist.
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = BlockAuthorFromAura;
	type EventHandler = ();
}

impl pallet_balances::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type Balance = Balance;
	/// Dust of reaped accounts is burned (it lowers total issuance, visibly).
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<{ token::EXISTENTIAL_DEPOSIT }>;
	type AccountStore = System;
	type ReserveIdentifier = [u8; 8];
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxLocks = ConstU32<50>;
	// Deposits are fungible holds (one per `HoldReason`), never named reserves.
	type MaxReserves = ConstU32<0>;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// Fees do not yet follow block fullness: a constant multiplier of one.
	pub FeeMultiplier: Multiplier = Multiplier::one();
	/// Price of one byte of transaction: 0.00001 MVT.
	pub const TransactionByteFee: Balance = token::MILLICENTS;
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, DealWithFees>;
	type WeightToFee = crate::fees::WeightToFee;
	type LengthToFee = frame_support::weights::ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	/// Operational transactions pay five times more per unit of priority.
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

// Silence "unused" for types the runtime macro needs in scope in some feature sets.
#[allow(unused_imports)]
use {PalletInfo as _, RuntimeOrigin as _, RuntimeTask as _};

parameter_types! {
	/// A credential or delegation holds 0.1 MVT plus 0.001 MVT per byte stored: a typical
	/// license (~170 bytes with its indexes) holds about 0.27 MVT, returned when it is removed.
	pub const CredentialDepositBase: Balance = 10 * token::CENTS;
	pub const CredentialDepositPerByte: Balance = 100 * token::MILLICENTS;
}

impl pallet_mv_credentials::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Root or the credential-authority track: accredit, suspend, remove issuers.
	type GovernanceOrigin = governance::CredentialAuthorityOrigin;
	/// Root or the platform-parameters track: CE hours and required training.
	type RequirementsOrigin = governance::PlatformParametersOrigin;
	/// A year of full-time work is about 2,000 hours; boards ask for 20–50 hours every two years.
	type MaxCeHours = ConstU32<200>;
	type DepositBase = CredentialDepositBase;
	type DepositPerByte = CredentialDepositPerByte;
	type MaxKindsPerIssuer = ConstU32<6>;
	type MaxJurisdictionsPerIssuer = ConstU32<64>;
	type MaxCredentialsPerSubject = ConstU32<64>;
	type MaxDelegationDepth = ConstU8<4>;
	type MaxDelegationsPerDelegator = ConstU32<256>;
	/// 100,000 expiries in one hour are 167 per block on average: 1,000 per block clears even
	/// all of them falling in one block within 100 blocks (10 minutes).
	type MaxExpiriesPerBlock = ConstU32<1_000>;
	type WeightInfo = pallet_mv_credentials::weights::SubstrateWeight<Runtime>;
	/// Standing changes enter the holder's audit trail.
	type AuditTrail = AuditTrail;
}

/// The compliance pallet's trail, whose append each reporting call adds to its own weight
/// (`AuditTrail::weight`, benchmarked in the compliance pallet). The reporting pallets'
/// benchmarks therefore measure their own work only: in a benchmarking build they report to
/// no trail, so the append is not counted twice.
#[cfg(not(feature = "runtime-benchmarks"))]
pub type AuditTrail = crate::Compliance;
#[cfg(feature = "runtime-benchmarks")]
pub type AuditTrail = ();

parameter_types! {
	/// A registration holds 5 MVT plus 0.001 MVT per byte of profile, offerings, availability
	/// and search-index entries: a typical profile (about 17 index rows) holds about 7 MVT,
	/// the largest (every list full, 16 offerings) about 20 MVT; all of it returns on
	/// retirement. The base makes mass fake registrations costly; the per-byte part pays for
	/// the index rows each one creates.
	pub const TherapistDepositBase: Balance = 5 * token::MVT;
	pub const TherapistDepositPerByte: Balance = 100 * token::MILLICENTS;
}

impl pallet_mv_therapists::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Credentials = Credentials;
	/// Root, the professional-standards track, or two thirds of the Council (suspensions).
	type GovernanceOrigin = governance::ProfessionalStandardsOrigin;
	type UnixTime = Timestamp;
	type DepositBase = TherapistDepositBase;
	type DepositPerByte = TherapistDepositPerByte;
	type MaxOfferings = ConstU32<16>;
	/// Four windows a day, every day.
	type MaxWeeklyWindows = ConstU32<28>;
	/// A quarter of a year of days off.
	type MaxBlockedDays = ConstU32<90>;
	/// Therapy groups run at 6–12; 16 leaves room for psychoeducation groups.
	type MaxGroupCapacity = ConstU16<16>;
	type MaxPendingRatings = ConstU32<16>;
	/// Bounds one match query's work; a query whose smallest index entry is larger says so
	/// (`complete: false`) so the app can ask for a narrower search.
	type MaxMatchCandidates = ConstU32<5_000>;
	type WeightInfo = pallet_mv_therapists::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const BlocksPerHour: BlockNumber = (60 * 60 * 1000 / SLOT_DURATION) as BlockNumber;
	/// 60 MVT for a 50-minute crisis session; unaccepted requests escalate every 5 minutes.
	pub const CrisisDefaults: pallet_mv_booking::CrisisTerms<Balance, BlockNumber> =
		pallet_mv_booking::CrisisTerms { price: 60 * token::MVT, minutes: 50, escalate_after: 50 };
	/// 1 MVT: an escrow doubles as its booking's storage deposit.
	pub const MinimumEscrow: Balance = token::MVT;
	pub const MaxPlatformFee: sp_runtime::Permill = sp_runtime::Permill::from_percent(20);
	/// 1 MVT per client a sponsor keeps covered.
	pub const CoverageDeposit: Balance = token::MVT;
}

impl pallet_mv_booking::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Directory = Therapists;
	/// The client's session-recording consent to the therapist, in the compliance pallet.
	type Consent = compliance::RecordingConsent;
	/// Each step of a booking enters its client's audit trail.
	type AuditTrail = AuditTrail;
	/// Loyalty rewards, stake-tier fee discounts and the scholarship fund.
	type OnSessionPaid = Economy;
	type FeeDiscount = Economy;
	type Scholarship = Economy;
	type UnixTime = Timestamp;
	/// Root or the platform-parameters track: bounds, fees, notice, crisis terms, sponsors.
	type GovernanceOrigin = governance::PlatformParametersOrigin;
	/// Root, the professional-standards track or two thirds of the Council: disputes.
	type DisputeOrigin = governance::ProfessionalStandardsOrigin;
	/// Platform fees go to the treasury, to be spent by governance.
	type PlatformAccount = governance::TreasuryAccount;
	/// One hour, until governance sets otherwise.
	type DefaultMinNotice = ConstU64<3_600>;
	/// A day for the therapist to answer.
	type DefaultConfirmationPeriod = ConstU32<{ 24 * 600 }>;
	type BlocksPerHour = BlocksPerHour;
	/// Fifteen minutes' grace before a no-show may be recorded.
	type NoShowGrace = ConstU64<900>;
	type MaxDuePerBlock = ConstU32<500>;
	type MaxScheduled = ConstU32<512>;
	/// The registry's group capacity bound.
	type MaxGroupSeats = ConstU32<16>;
	/// Ten weekly sessions ahead, as practice software caps recurring series.
	type MaxSeriesAhead = ConstU32<10>;
	/// A fifth of each session at most: therapists keep the bulk of what clients pay.
	type MaxPlatformFee = MaxPlatformFee;
	/// A week: longer notice would make the platform useless for ordinary scheduling.
	type MaxMinNotice = ConstU64<{ 7 * 24 * 3_600 }>;
	/// A week for therapists to answer a request.
	type MaxConfirmationPeriod = ConstU32<{ 7 * 24 * 600 }>;
	type MinimumEscrow = MinimumEscrow;
	type CoverageDeposit = CoverageDeposit;
	type DefaultCrisisTerms = CrisisDefaults;
	type WeightInfo = pallet_mv_booking::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BookingBenchmarkHelper;
}

/// Bookable therapists through the real credentials and therapists pallets; time through
/// the timestamp pallet.
#[cfg(feature = "runtime-benchmarks")]
pub struct BookingBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_mv_booking::benchmarking::BenchmarkHelper<AccountId> for BookingBenchmarkHelper {
	fn make_bookable(who: &AccountId) {
		use pallet_mv_booking::benchmarking::{BenchmarkHelper, WithCredentials};
		<WithCredentials<Runtime> as BenchmarkHelper<AccountId>>::make_bookable(who)
	}

	fn set_time(now: u64) {
		pallet_timestamp::Now::<Runtime>::put(now.saturating_mul(1_000));
	}
}

parameter_types! {
	pub const EconomyPalletId: frame_support::PalletId = frame_support::PalletId(*b"mv/econo");
	pub UnvestedFundsAllowedWithdrawReasons: frame_support::traits::WithdrawReasons =
		frame_support::traits::WithdrawReasons::except(
			frame_support::traits::WithdrawReasons::TRANSFER.union(frame_support::traits::WithdrawReasons::RESERVE),
		);
}

impl pallet_vesting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BlockNumberToBalance = sp_runtime::traits::ConvertInto;
	/// Vested transfers of less than 1 MVT would only bloat storage.
	type MinVestedTransfer = ConstU128<{ token::MVT }>;
	type WeightInfo = pallet_vesting::weights::SubstrateWeight<Runtime>;
	/// Locked, unvested funds may still pay transaction fees.
	type UnvestedFundsAllowedWithdrawReasons = UnvestedFundsAllowedWithdrawReasons;
	type BlockNumberProvider = System;
	const MAX_VESTING_SCHEDULES: u32 = 28;
}

/// Registered therapists, for the professional staking pool.
pub struct RegisteredTherapists;
impl frame_support::traits::Contains<AccountId> for RegisteredTherapists {
	fn contains(who: &AccountId) -> bool {
		pallet_mv_therapists::Records::<Runtime>::contains_key(who)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_mv_economy::benchmarking::BenchmarkHelper<AccountId> for RegisteredTherapists {
	fn make_professional(who: &AccountId) {
		<BookingBenchmarkHelper as pallet_mv_booking::benchmarking::BenchmarkHelper<AccountId>>::make_bookable(who)
	}
}

impl pallet_mv_economy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	/// Root or the platform-parameters track (staking terms, tiers, loyalty, inflation, grants).
	type GovernanceOrigin = governance::PlatformParametersOrigin;
	type Professionals = RegisteredTherapists;
	type PalletId = EconomyPalletId;
	type Unit = ConstU128<{ token::MVT }>;
	type BlocksPerDay = ConstU32<DAYS>;
	type MaxPositions = ConstU32<16>;
	type MaxTiers = ConstU32<8>;
	/// Scholarship grants renew monthly.
	type GrantPeriod = ConstU32<{ 30 * DAYS }>;
	/// 1,000 MVT a day, as MentalVerse's testnet faucet gave.
	type FaucetAmount = ConstU128<{ 1_000 * token::MVT }>;
	type FaucetPeriod = ConstU32<DAYS>;
	type MaxFaucetClaimsPerBlock = ConstU32<50>;
	type WeightInfo = pallet_mv_economy::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RegisteredTherapists;
}
