//! MVT, the native token: units, supply and the fee split.
//!
//! MVT has **8 decimals**, as the MVT MentalVerse issued before this chain did: balances carried
//! over from it map one to one, without rounding. A `u128` balance leaves ample room: the whole
//! supply is 10^17 base units against a limit of about 3.4 × 10^38.

use crate::Balance;
use sp_runtime::Percent;

/// Ticker shown by wallets (`system_properties.tokenSymbol`).
pub const SYMBOL: &str = "MVT";
/// Number of decimals (`system_properties.tokenDecimals`).
pub const DECIMALS: u8 = 8;
/// One MVT in base units.
pub const MVT: Balance = 10u128.pow(DECIMALS as u32);
/// One hundredth of an MVT.
pub const CENTS: Balance = MVT / 100;
/// One thousandth of a cent.
pub const MILLICENTS: Balance = CENTS / 1_000;

/// The fixed supply created at genesis: 1,000,000,000 MVT. Every genesis preset allocates
/// exactly this amount; afterwards issuance only falls (fee burns) until a later, explicit
/// rule (governance-capped inflation) adds to it.
pub const GENESIS_SUPPLY: Balance = 1_000_000_000 * MVT;

/// An account holding less than this is removed (and its dust burned). One cent keeps state
/// bloat expensive while staying far below any session price.
pub const EXISTENTIAL_DEPOSIT: Balance = CENTS;

/// Share of every transaction fee that is burned (MentalVerse tokenomics). The rest goes to the
/// block author until a treasury exists. Tips are not fees: they go whole to the author.
pub const FEE_BURN: Percent = Percent::from_percent(25);

/// The SS58 address prefix. 42 is the generic Substrate prefix: every wallet already renders
/// it, and MentalVerse has no registered prefix of its own yet.
pub const SS58_PREFIX: u16 = 42;

/// How much of `fee` is burned; the rest is `fee - burned_part_of(fee)`, so nothing is lost to
/// rounding (the burn rounds down, the author's share takes the remainder).
pub fn burned_part_of(fee: Balance) -> Balance {
	FEE_BURN.mul_floor(fee)
}
