//! Governance: a professional Council (pallet-collective + pallet-membership), OpenGov
//! referenda with conviction voting on MentalVerse's tracks, the treasury, and the scheduler and
//! preimages they need. Periods are short on development and local networks (set at genesis in
//! the origins pallet) and realistic on the production-shaped chain.

use super::*;
use crate::{
	Balances, Council, OriginCaller, Preimage, Referenda, RuntimeHoldReason, Scheduler, Treasury,
	DAYS, HOURS, MINUTES,
};
use frame_support::{
	traits::{
		fungible::HoldConsideration, tokens::{PayFromAccount, UnityAssetBalanceConversion},
		EitherOf, EitherOfDiverse, EqualPrivilegeOnly, LinearStoragePrice,
	},
	PalletId,
};
use frame_system::{EnsureRoot, EnsureRootWithSuccess, EnsureSigned};
use pallet_mv_origins::{CredentialAuthority, PlatformParameters, ProfessionalStandards, Spender};
use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{traits::IdentityLookup, Perbill};

/// `production` blocks on the production-shaped chain, `development` on development networks.
fn period(production: BlockNumber, development: BlockNumber) -> BlockNumber {
	if pallet_mv_origins::FastGovernance::<Runtime>::get() { development } else { production }
}

parameter_types! {
	pub MotionDuration: BlockNumber = period(5 * DAYS, 5);
	pub VoteLockingPeriod: BlockNumber = period(30 * DAYS, 5);
	pub SpendPeriod: BlockNumber = period(6 * DAYS, 5);
	pub PayoutPeriod: BlockNumber = period(30 * DAYS, 50);
	pub UndecidingTimeout: BlockNumber = period(14 * DAYS, 50);
	pub const CouncilMaxProposals: u32 = 100;
	pub const CouncilMaxMembers: u32 = 13;
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
	pub const TreasuryPalletId: PalletId = PalletId(*b"py/trsry");
	pub TreasuryAccount: AccountId = Treasury::account_id();
	pub const SmallSpend: Balance = 10_000 * token::MVT;
	pub const MediumSpend: Balance = 100_000 * token::MVT;
	pub const AnySpend: Balance = Balance::MAX;
	pub MaximumSchedulerWeight: Weight = Perbill::from_percent(80) * RuntimeBlockWeights::get().max_block;
	pub const PreimageBaseDeposit: Balance = token::MVT;
	pub const PreimageByteDeposit: Balance = token::CENTS;
	pub const PreimageHoldReason: RuntimeHoldReason = RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
	/// A "minor" proposal's deposit: every referendum's submission deposit.
	pub const SubmissionDeposit: Balance = 100 * token::MVT;
}

pub type CouncilCollective = pallet_collective::Instance1;
pub type CouncilMembershipInstance = pallet_membership::Instance1;

/// Two thirds of the Council.
pub type CouncilTwoThirds = pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 2, 3>;
/// Root, or two thirds of the Council.
pub type RootOrCouncilTwoThirds = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = MotionDuration;
	type MaxProposals = CouncilMaxProposals;
	type MaxMembers = CouncilMaxMembers;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	/// Membership is managed by CouncilMembership.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	type Consideration = ();
}

impl pallet_membership::Config<CouncilMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Root (a root referendum, or sudo on development networks) or two thirds of the Council.
	type AddOrigin = RootOrCouncilTwoThirds;
	type RemoveOrigin = RootOrCouncilTwoThirds;
	type SwapOrigin = RootOrCouncilTwoThirds;
	type ResetOrigin = EnsureRoot<AccountId>;
	type PrimeOrigin = RootOrCouncilTwoThirds;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = CouncilMaxMembers;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

impl pallet_treasury::Config for Runtime {
	type Currency = Balances;
	type RejectOrigin = EnsureRoot<AccountId>;
	type RuntimeEvent = RuntimeEvent;
	type SpendPeriod = SpendPeriod;
	/// Nothing burned from the pot: the fee burn already happens at payment.
	type Burn = ();
	type PalletId = TreasuryPalletId;
	type BurnDestination = ();
	type WeightInfo = pallet_treasury::weights::SubstrateWeight<Runtime>;
	type SpendFunds = ();
	type MaxApprovals = ConstU32<100>;
	/// Root spends anything; the spender tracks up to their thresholds.
	type SpendOrigin = EitherOf<EnsureRootWithSuccess<AccountId, AnySpend>, Spender<Balance, SmallSpend, MediumSpend, AnySpend>>;
	type AssetKind = ();
	type Beneficiary = AccountId;
	type BeneficiaryLookup = IdentityLookup<AccountId>;
	type Paymaster = PayFromAccount<Balances, TreasuryAccount>;
	type BalanceConverter = UnityAssetBalanceConversion;
	type PayoutPeriod = PayoutPeriod;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
	type BlockNumberProvider = System;
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_conviction_voting::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type Polls = Referenda;
	type MaxTurnout = frame_support::traits::TotalIssuanceOf<Balances, AccountId>;
	type MaxVotes = ConstU32<512>;
	/// Conviction 1x locks for 30 days, each further step doubles it (6x: 960 days).
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

impl pallet_mv_origins::Config for Runtime {}

impl pallet_referenda::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin = EnsureSigned<AccountId>;
	/// The Council's veto: two thirds of it (or root) cancel a referendum, deposits returned.
	type CancelOrigin = RootOrCouncilTwoThirds;
	type KillOrigin = EnsureRoot<AccountId>;
	type Slash = Treasury;
	type Votes = pallet_conviction_voting::VotesOf<Runtime>;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = ConstU32<1>;
	type Tracks = TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

/// Track ids.
pub mod tracks {
	pub const ROOT: u16 = 0;
	pub const SMALL_SPENDER: u16 = 10;
	pub const MEDIUM_SPENDER: u16 = 11;
	pub const BIG_SPENDER: u16 = 12;
	pub const CREDENTIAL_AUTHORITY: u16 = 20;
	pub const PROFESSIONAL_STANDARDS: u16 = 21;
	pub const PLATFORM_PARAMETERS: u16 = 22;
}

const fn name(text: &str) -> [u8; 25] {
	let mut out = [0u8; 25];
	let bytes = text.as_bytes();
	let mut i = 0;
	while i < bytes.len() && i < 25 {
		out[i] = bytes[i];
		i += 1;
	}
	out
}

/// Approval falls linearly from `ceil` to `floor` over the decision period.
const fn approval(ceil: u32, floor: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::from_percent(100),
		floor: Perbill::from_percent(floor),
		ceil: Perbill::from_percent(ceil),
	}
}

/// Support (turnout of the issuance) falls from `ceil` to `floor` per mille.
const fn support(ceil: u32, floor: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::from_percent(100),
		floor: Perbill::from_perthousand(floor),
		ceil: Perbill::from_perthousand(ceil),
	}
}

/// One track's terms: deposit in MVT, periods as (production, development) blocks.
struct Terms {
	id: u16,
	name: &'static str,
	max_deciding: u32,
	deposit_mvt: Balance,
	prepare: (BlockNumber, BlockNumber),
	decision: (BlockNumber, BlockNumber),
	confirm: (BlockNumber, BlockNumber),
	enactment: (BlockNumber, BlockNumber),
	approval: Curve,
	support: Curve,
}

/// MentalVerse's tracks. Deposits follow the published categories: constitutional 10,000 MVT
/// (root, big spends), major 5,000 (medium spends), economic 1,000 (small spends, platform
/// parameters), feature 500 (credential authority), minor 100 (professional standards).
const TRACKS: [Terms; 7] = [
	Terms { id: tracks::ROOT, name: "root", max_deciding: 1, deposit_mvt: 10_000, prepare: (2 * HOURS, 1), decision: (14 * DAYS, 20), confirm: (DAYS, 2), enactment: (DAYS, 1), approval: approval(100, 66), support: support(500, 50) },
	Terms { id: tracks::SMALL_SPENDER, name: "small_spender", max_deciding: 10, deposit_mvt: 1_000, prepare: (HOURS, 1), decision: (7 * DAYS, 20), confirm: (12 * HOURS, 2), enactment: (DAYS, 1), approval: approval(60, 50), support: support(100, 5) },
	Terms { id: tracks::MEDIUM_SPENDER, name: "medium_spender", max_deciding: 5, deposit_mvt: 5_000, prepare: (2 * HOURS, 1), decision: (14 * DAYS, 20), confirm: (DAYS, 2), enactment: (2 * DAYS, 1), approval: approval(80, 66), support: support(200, 10) },
	Terms { id: tracks::BIG_SPENDER, name: "big_spender", max_deciding: 2, deposit_mvt: 10_000, prepare: (4 * HOURS, 1), decision: (28 * DAYS, 20), confirm: (2 * DAYS, 2), enactment: (7 * DAYS, 3), approval: approval(90, 66), support: support(300, 20) },
	Terms { id: tracks::CREDENTIAL_AUTHORITY, name: "credential_authority", max_deciding: 5, deposit_mvt: 500, prepare: (HOURS, 1), decision: (7 * DAYS, 20), confirm: (12 * HOURS, 2), enactment: (10 * MINUTES, 1), approval: approval(80, 55), support: support(100, 5) },
	Terms { id: tracks::PROFESSIONAL_STANDARDS, name: "professional_standards", max_deciding: 10, deposit_mvt: 100, prepare: (30 * MINUTES, 1), decision: (3 * DAYS, 20), confirm: (3 * HOURS, 2), enactment: (10 * MINUTES, 1), approval: approval(70, 55), support: support(50, 5) },
	Terms { id: tracks::PLATFORM_PARAMETERS, name: "platform_parameters", max_deciding: 5, deposit_mvt: 1_000, prepare: (2 * HOURS, 1), decision: (7 * DAYS, 20), confirm: (DAYS, 2), enactment: (DAYS, 1), approval: approval(80, 60), support: support(100, 10) },
];

/// MentalVerse's referendum tracks.
pub struct TracksInfo;
impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = u16;
	type RuntimeOrigin = <RuntimeOrigin as frame_support::traits::OriginTrait>::PalletsOrigin;

	fn tracks() -> impl Iterator<Item = alloc::borrow::Cow<'static, Track<u16, Balance, BlockNumber>>> {
		TRACKS.iter().map(|terms| {
			alloc::borrow::Cow::Owned(Track {
				id: terms.id,
				info: TrackInfo {
					name: name(terms.name),
					max_deciding: terms.max_deciding,
					decision_deposit: terms.deposit_mvt * token::MVT,
					prepare_period: period(terms.prepare.0, terms.prepare.1),
					decision_period: period(terms.decision.0, terms.decision.1),
					confirm_period: period(terms.confirm.0, terms.confirm.1),
					min_enactment_period: period(terms.enactment.0, terms.enactment.1),
					min_approval: terms.approval.clone(),
					min_support: terms.support.clone(),
				},
			})
		})
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<u16, ()> {
		use pallet_mv_origins::Origin;
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(tracks::ROOT),
			OriginCaller::Origins(Origin::SmallSpender) => Ok(tracks::SMALL_SPENDER),
			OriginCaller::Origins(Origin::MediumSpender) => Ok(tracks::MEDIUM_SPENDER),
			OriginCaller::Origins(Origin::BigSpender) => Ok(tracks::BIG_SPENDER),
			OriginCaller::Origins(Origin::CredentialAuthority) => Ok(tracks::CREDENTIAL_AUTHORITY),
			OriginCaller::Origins(Origin::ProfessionalStandards) => Ok(tracks::PROFESSIONAL_STANDARDS),
			OriginCaller::Origins(Origin::PlatformParameters) => Ok(tracks::PLATFORM_PARAMETERS),
			_ => Err(()),
		}
	}
}

/// Root, or a passed credential-authority referendum.
pub type CredentialAuthorityOrigin = EitherOfDiverse<EnsureRoot<AccountId>, CredentialAuthority>;
/// Root, a passed professional-standards referendum, or two thirds of the Council (fast-track
/// for urgent suspensions).
pub type ProfessionalStandardsOrigin =
	EitherOfDiverse<EnsureRoot<AccountId>, EitherOfDiverse<ProfessionalStandards, CouncilTwoThirds>>;
/// Root, or a passed platform-parameters referendum.
pub type PlatformParametersOrigin = EitherOfDiverse<EnsureRoot<AccountId>, PlatformParameters>;
