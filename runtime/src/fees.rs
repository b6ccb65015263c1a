//! Where transaction fees go, and what weight costs.
//!
//! Every fee is withdrawn as a `Credit` (tokens taken out of an account and not yet put
//! anywhere). [`DealWithFees`] splits it: [`token::FEE_BURN`] of it is dropped, which lowers
//! total issuance by exactly that amount, and the remainder is deposited to the treasury.
//! Tips go whole to the block author. No other path exists, so `issuance before - issuance
//! after` equals the burned part of the fee, to the base unit.

use crate::{token, AccountId, Aura, Authorship, Balance, Balances, Runtime, Treasury};
use frame_support::{
	traits::{
		fungible::{Balanced, Credit},
		tokens::imbalance::OnUnbalanced,
		FindAuthor, Imbalance,
	},
	weights::{WeightToFeeCoefficient, WeightToFeeCoefficients, WeightToFeePolynomial},
	ConsensusEngineId,
};
use smallvec::smallvec;
use sp_runtime::Perbill;

/// Fees and tips as the transaction-payment pallet hands them over.
pub type FeeCredit = Credit<AccountId, Balances>;

/// Burns [`token::FEE_BURN`] of every fee, pays the rest to the treasury and the whole tip to
/// the block author.
pub struct DealWithFees;

impl OnUnbalanced<FeeCredit> for DealWithFees {
	fn on_unbalanceds(mut fees_then_tips: impl Iterator<Item = FeeCredit>) {
		let Some(fee) = fees_then_tips.next() else { return };
		let burned = token::burned_part_of(fee.peek());
		// Dropping a credit burns it: total issuance falls by `burned`.
		let (_burn, to_treasury) = fee.split(burned);
		// The treasury account exists from genesis (it holds the existential deposit), so any
		// amount can be deposited; `resolve` hands a failed deposit back and dropping it burns it.
		let _ = <Balances as Balanced<AccountId>>::resolve(&Treasury::account_id(), to_treasury);
		if let Some(mut tips) = fees_then_tips.next() {
			for tip in fees_then_tips {
				tips.subsume(tip);
			}
			pay_block_author(tips);
		}
	}
}

/// Deposits `credit` to the current block's author. If there is no author (never on a running
/// chain, where Aura always names one) or the deposit would leave a new account below the
/// existential deposit, the credit is burned: the rule is explicit and total issuance shows it.
fn pay_block_author(credit: FeeCredit) {
	if let Some(author) = Authorship::author() {
		// `resolve` hands the credit back on failure; dropping it then burns it.
		let _ = <Balances as Balanced<AccountId>>::resolve(&author, credit);
	}
}

/// Finds the block author's account from the Aura pre-digest. A validator's account is its
/// Aura (sr25519) public key, so fees reach the account the validator holds the key for.
pub struct BlockAuthorFromAura;

impl FindAuthor<AccountId> for BlockAuthorFromAura {
	fn find_author<'a, I>(digests: I) -> Option<AccountId>
	where
		I: 'a + IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
	{
		let index = <Aura as FindAuthor<u32>>::find_author(digests)?;
		let authorities = pallet_aura::Authorities::<Runtime>::get();
		let key = authorities.get(index as usize)?;
		Some(key.clone().into_inner().into())
	}
}

/// Weight to fee: one MVT-cent per 10^9 units of weight (1 ms of execution on the reference
/// machine), so a balance transfer (~0.3 ms with its base extrinsic cost) costs about 0.003 MVT
/// plus its length fee.
pub struct WeightToFee;

impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		// fee = ref_time × CENTS / 10^9 = ref_time / 10^3 with 8 decimals.
		let per_unit = Perbill::from_rational(token::CENTS, 1_000_000_000u128);
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: per_unit,
			coeff_integer: 0,
		}]
	}
}
