//! The scholarship fund: donations in, governance-approved grants out, drawn by bookings.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::Mutate, tokens::Preservation, Get},
};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_donate(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		T::Currency::transfer(&who, &Self::scholarship_account(), amount, Preservation::Preserve)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		Self::deposit_event(Event::Donated { who, amount });
		Ok(())
	}
}

impl<T: Config> pallet_mv_booking::ScholarshipFund<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn account() -> Option<T::AccountId> {
		Some(Self::scholarship_account())
	}

	fn draw(client: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		Grants::<T>::try_mutate(client, |grant| {
			let grant = grant.as_mut().ok_or(Error::<T>::NotBeneficiary)?;
			if now >= grant.period_start.saturating_add(T::GrantPeriod::get()) {
				grant.period_start = now;
				grant.used = Zero::zero();
			}
			let used = grant.used.saturating_add(amount);
			ensure!(used <= grant.cap_per_period, Error::<T>::GrantExhausted);
			grant.used = used;
			Ok(())
		})
	}

	fn restore(client: &T::AccountId, amount: BalanceOf<T>) {
		Grants::<T>::mutate(client, |grant| {
			if let Some(grant) = grant {
				grant.used = grant.used.saturating_sub(amount);
			}
		});
	}
}
