//! The types of the economy pallet, with the reward formulas.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{Saturating, UniqueSaturatedFrom, UniqueSaturatedInto},
	Perbill, Percent,
	Rounding,
};

/// Days in a year, for annual rates.
pub const DAYS_PER_YEAR: u32 = 365;

/// The time-locked staking pools (not validator staking).
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, DecodeWithMemTracking,
	MaxEncodedLen, TypeInfo,
)]
pub enum StakingPool {
	/// Anyone: from 100 MVT, 30–365 days, 5–15% a year.
	General,
	/// Registered therapists: from 1,000 MVT, 90–730 days, 8–20% a year.
	Professional,
}

impl StakingPool {
	pub const ALL: [Self; 2] = [Self::General, Self::Professional];

	/// The rewards pool that pays this staking pool's rewards.
	pub fn rewards_from(&self) -> RewardsPool {
		match self {
			Self::General => RewardsPool::Users,
			Self::Professional => RewardsPool::Professionals,
		}
	}
}

/// The keyless accounts the chain pays rewards from.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, DecodeWithMemTracking,
	MaxEncodedLen, TypeInfo,
)]
pub enum RewardsPool {
	/// User rewards (25% of the supply): general staking and client loyalty rewards.
	Users,
	/// Professional rewards (15%): professional staking and therapist loyalty rewards.
	Professionals,
}

impl RewardsPool {
	pub const ALL: [Self; 2] = [Self::Users, Self::Professionals];
}

/// A staking pool's terms. Rates rise linearly with the lock, from `min_apy` at `min_lock_days`
/// to `max_apy` at `max_lock_days`.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo,
)]
pub struct PoolTerms<Balance> {
	pub min_stake: Balance,
	pub min_lock_days: u32,
	pub max_lock_days: u32,
	pub min_apy: Perbill,
	pub max_apy: Perbill,
}

impl<Balance> PoolTerms<Balance> {
	/// The annual rate for a lock of `days` (within the terms):
	/// `min_apy + (max_apy − min_apy) × (days − min_lock) / (max_lock − min_lock)`.
	pub fn apy(&self, days: u32) -> Perbill {
		let span = self.max_lock_days.saturating_sub(self.min_lock_days);
		if span == 0 {
			return self.min_apy;
		}
		let rise = self.max_apy.saturating_sub(self.min_apy);
		let along = Perbill::from_rational(days.saturating_sub(self.min_lock_days).min(span), span);
		self.min_apy.saturating_add(along * rise)
	}

	/// Within `bounds`: every figure inside the published range.
	pub fn within(&self, bounds: &PoolTerms<Balance>) -> bool
	where
		Balance: PartialOrd,
	{
		self.min_stake >= bounds.min_stake &&
			bounds.min_lock_days <= self.min_lock_days &&
			self.min_lock_days <= self.max_lock_days &&
			self.max_lock_days <= bounds.max_lock_days &&
			bounds.min_apy <= self.min_apy &&
			self.min_apy <= self.max_apy &&
			self.max_apy <= bounds.max_apy
	}
}

/// `amount × numerator / denominator`, rounded down, in 128 bits.
pub fn mul_div<Balance>(amount: Balance, numerator: u128, denominator: u128) -> Balance
where
	Balance: UniqueSaturatedInto<u128> + UniqueSaturatedFrom<u128>,
{
	if denominator == 0 {
		return Balance::unique_saturated_from(0u128);
	}
	let amount: u128 = amount.unique_saturated_into();
	Balance::unique_saturated_from(
		multiply_by_rational_with_rounding(amount, numerator, denominator, Rounding::Down).unwrap_or(0),
	)
}

/// A staked position.
#[derive(
	Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Position<Balance, BlockNumber> {
	pub id: u32,
	pub pool: StakingPool,
	/// Held from the staker until the lock ends.
	pub amount: Balance,
	pub lock_days: u32,
	pub apy: Perbill,
	pub start: BlockNumber,
	pub end: BlockNumber,
	/// Every reward the position earns over its lock: `amount × apy × lock_days / 365`, fixed
	/// at staking and reserved in its rewards pool.
	pub promised: Balance,
	/// Rewards claimed so far.
	pub paid: Balance,
}

/// The loyalty rewards of a released, paid booking.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen,
	TypeInfo, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct LoyaltyTerms<Balance, BlockNumber> {
	/// To the client, from the user rewards pool (10–50 MVT).
	pub client_reward: Balance,
	/// To the therapist, from the professional rewards pool (100–500 MVT).
	pub professional_reward: Balance,
	/// A session paying the therapist less earns nothing.
	pub min_paid: Balance,
	/// Length of a reward period.
	pub period: BlockNumber,
	/// Rewards one account may earn per period.
	pub max_per_period: u32,
}

/// An account's loyalty rewards in the current period.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
pub struct LoyaltyCount<BlockNumber> {
	pub period_start: BlockNumber,
	pub rewards: u32,
}

/// A scholarship beneficiary's grant.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
pub struct Grant<Balance, BlockNumber> {
	/// Most the fund pays for the beneficiary per period.
	pub cap_per_period: Balance,
	pub period_start: BlockNumber,
	pub used: Balance,
}

/// Issuance minted into the rewards pools in the current year, under the inflation cap.
#[derive(
	Clone, Copy, PartialEq, Eq, Debug, Default, Encode, Decode, MaxEncodedLen, TypeInfo,
)]
pub struct InflationYear<Balance, BlockNumber> {
	pub year_start: BlockNumber,
	/// Total issuance when the year started: the cap is a share of it.
	pub base: Balance,
	pub minted: Balance,
}

/// A fee-discount tier: a stake score (Σ amount × lock days of running positions) and the
/// share of the platform fee it waives.
pub type Tier = (u128, Percent);
