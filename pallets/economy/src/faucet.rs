//! The testnet faucet: development and local networks only, one claim per account per period.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::Mutate, tokens::Preservation, Get},
};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Whether `who` may claim now (checked by the transaction pool and at dispatch).
	pub(crate) fn check_faucet(who: &T::AccountId) -> DispatchResult {
		ensure!(FaucetEnabled::<T>::get(), Error::<T>::FaucetDisabled);
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(last) = LastClaim::<T>::get(who) {
			ensure!(now >= last.saturating_add(T::FaucetPeriod::get()), Error::<T>::FaucetTooSoon);
		}
		ensure!(Self::claims_in(now) < T::MaxFaucetClaimsPerBlock::get(), Error::<T>::FaucetBusy);
		Ok(())
	}

	fn claims_in(block: frame_system::pallet_prelude::BlockNumberFor<T>) -> u32 {
		let (at, claims) = FaucetClaims::<T>::get();
		if at == block { claims } else { 0 }
	}

	pub(crate) fn do_claim_faucet(who: T::AccountId) -> DispatchResult {
		Self::check_faucet(&who)?;
		let amount = T::FaucetAmount::get();
		T::Currency::transfer(&Self::faucet_account(), &who, amount, Preservation::Preserve)
			.map_err(|_| Error::<T>::FaucetEmpty)?;
		let now = frame_system::Pallet::<T>::block_number();
		LastClaim::<T>::insert(&who, now);
		FaucetClaims::<T>::put((now, Self::claims_in(now).saturating_add(1)));
		Self::deposit_event(Event::FaucetClaimed { who, amount });
		Ok(())
	}
}
