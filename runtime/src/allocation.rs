//! The genesis allocation of the 1,000,000,000 MVT, as MentalVerse published it, with the
//! vesting schedules (pallet-vesting) where published.
//!
//! | share | of the supply | to | vesting |
//! |---|---|---|---|
//! | user rewards pool | 25% | keyless pool (economy pallet) | paid out by rule |
//! | community incentives | 10% | named account | 20% at genesis, 80% over 3 years |
//! | airdrop & marketing | 5% | named account | none |
//! | professional rewards pool | 15% | keyless pool (economy pallet) | paid out by rule |
//! | professional onboarding | 5% | named account | 25% at genesis, 75% over 2 years |
//! | core development | 10% | named account | 10% at genesis, 90% over 4 years after a 1-year cliff |
//! | operations | 5% | named account | none |
//! | emergency fund | 5% | named account | all locked for 2 years |
//! | partnerships | 5% | named account | none |
//! | private sale | 7% | named account | 6-month cliff, then 24 months linear |
//! | advisors & team | 3% | named account | 12-month cliff, then 36 months linear |
//! | liquidity | 5% | named account | none |
//!
//! Named accounts here are placeholders whose keys nobody holds (the hash of their label): the
//! tokens stay put until a launch puts the holders' own (multisig) accounts in the chain spec,
//! as it does the validators' keys (README, "Launching a network").

use crate::{token::GENESIS_SUPPLY, AccountId, Balance, BlockNumber, DAYS};
use alloc::vec::Vec;
use pallet_mv_economy::RewardsPool;
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	Percent,
};

/// A year of blocks (365 days).
pub const YEAR: BlockNumber = 365 * DAYS;
/// A month of blocks (a twelfth of a year).
pub const MONTH: BlockNumber = YEAR / 12;

/// Who receives a share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recipient {
	/// A keyless rewards pool of the economy pallet.
	Pool(RewardsPool),
	/// A named holder (placeholder account until launch).
	Named(&'static str),
}

/// How a share unlocks: `liquid` at genesis, the rest linearly over `length` blocks from
/// block `begin` (a cliff is a later `begin`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vesting {
	pub liquid: Percent,
	pub begin: BlockNumber,
	pub length: BlockNumber,
}

/// One line of the allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
	pub name: &'static str,
	pub percent: u8,
	pub to: Recipient,
	pub vesting: Option<Vesting>,
}

const fn vest(liquid: u8, begin: BlockNumber, length: BlockNumber) -> Option<Vesting> {
	Some(Vesting { liquid: Percent::from_percent(liquid), begin, length })
}

/// The published split, summing to 100%.
pub const SHARES: [Share; 12] = [
	Share { name: "user rewards pool", percent: 25, to: Recipient::Pool(RewardsPool::Users), vesting: None },
	Share { name: "community incentives", percent: 10, to: Recipient::Named("community-incentives"), vesting: vest(20, 0, 3 * YEAR) },
	Share { name: "airdrop and marketing", percent: 5, to: Recipient::Named("airdrop-marketing"), vesting: None },
	Share { name: "professional rewards pool", percent: 15, to: Recipient::Pool(RewardsPool::Professionals), vesting: None },
	Share { name: "professional onboarding", percent: 5, to: Recipient::Named("professional-onboarding"), vesting: vest(25, 0, 2 * YEAR) },
	Share { name: "core development", percent: 10, to: Recipient::Named("core-development"), vesting: vest(10, YEAR, 4 * YEAR) },
	Share { name: "operations", percent: 5, to: Recipient::Named("operations"), vesting: None },
	// Locked for two years: nothing vests until then, everything in the block after.
	Share { name: "emergency fund", percent: 5, to: Recipient::Named("emergency-fund"), vesting: vest(0, 2 * YEAR, 1) },
	Share { name: "partnerships", percent: 5, to: Recipient::Named("partnerships"), vesting: None },
	Share { name: "private sale", percent: 7, to: Recipient::Named("private-sale"), vesting: vest(0, 6 * MONTH, 24 * MONTH) },
	Share { name: "advisors and team", percent: 3, to: Recipient::Named("advisors-team"), vesting: vest(0, 12 * MONTH, 36 * MONTH) },
	Share { name: "liquidity", percent: 5, to: Recipient::Named("liquidity"), vesting: None },
];

/// The placeholder account of a named holder: the hash of its label, so no key controls it.
pub fn named_account(label: &str) -> AccountId {
	let mut seed = b"mentalverse/allocation/".to_vec();
	seed.extend_from_slice(label.as_bytes());
	AccountId::new(<BlakeTwo256 as Hash>::hash(&seed).into())
}

pub fn account_of(to: Recipient) -> AccountId {
	match to {
		Recipient::Pool(pool) => crate::Economy::pool_account(pool),
		Recipient::Named(label) => named_account(label),
	}
}

/// The amount of each share. Whole percents of a supply that is a multiple of 100 MVT: the
/// amounts sum to the supply exactly.
pub fn amount_of(share: &Share) -> Balance {
	GENESIS_SUPPLY / 100 * share.percent as Balance
}

/// The treasury account's existential deposit, so that fee shares of any size can be paid into
/// it from the first block (the treasury pallet would otherwise mint it at genesis). In the
/// production allocation it comes out of the operations share.
pub fn treasury_seed() -> (AccountId, Balance) {
	(crate::Treasury::account_id(), crate::EXISTENTIAL_DEPOSIT)
}

/// Balances and vesting schedules `(who, begin, length, liquid)` of the production allocation.
pub fn production() -> (Vec<(AccountId, Balance)>, Vec<(AccountId, BlockNumber, BlockNumber, Balance)>) {
	let (treasury, seed) = treasury_seed();
	let mut balances: Vec<(AccountId, Balance)> = SHARES
		.iter()
		.map(|share| {
			let amount = amount_of(share);
			let amount = if share.name == "operations" { amount.saturating_sub(seed) } else { amount };
			(account_of(share.to), amount)
		})
		.collect();
	balances.push((treasury, seed));
	let vesting = SHARES
		.iter()
		.filter_map(|share| {
			let plan = share.vesting?;
			Some((account_of(share.to), plan.begin, plan.length, plan.liquid.mul_floor(amount_of(share))))
		})
		.collect();
	(balances, vesting)
}
