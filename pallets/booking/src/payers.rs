//! Who pays: the client, or a governance-approved sponsor covering the client.

use crate::*;
use sp_runtime::traits::Zero;
use frame_support::{
	ensure,
	pallet_prelude::{DispatchError, DispatchResult},
	traits::{tokens::Precision, Get},
};

impl<T: Config> Pallet<T> {
	/// The account whose funds a booking of `escrow` for `client` holds.
	pub(crate) fn payer_for(
		client: &T::AccountId,
		sponsor: Option<&T::AccountId>,
		escrow: BalanceOf<T>,
	) -> Result<T::AccountId, DispatchError> {
		let Some(sponsor) = sponsor.filter(|sponsor| *sponsor != client) else {
			return Ok(client.clone());
		};
		if T::Scholarship::account().as_ref() == Some(sponsor) {
			T::Scholarship::draw(client, escrow)?;
			return Ok(sponsor.clone());
		}
		ensure!(Sponsors::<T>::contains_key(sponsor), Error::<T>::NotSponsor);
		let coverage = Coverages::<T>::get(sponsor, client).ok_or(Error::<T>::NotCovered)?;
		ensure!(escrow <= coverage.max_per_booking, Error::<T>::AboveCoverage);
		Ok(sponsor.clone())
	}

	/// A refund to the scholarship fund goes back to the client's grant.
	pub(crate) fn note_refund(payer: &T::AccountId, client: &T::AccountId, refunded: BalanceOf<T>) {
		if !refunded.is_zero() && T::Scholarship::account().as_ref() == Some(payer) {
			T::Scholarship::restore(client, refunded);
		}
	}

	pub(crate) fn do_cover(sponsor: T::AccountId, client: T::AccountId, max_per_booking: BalanceOf<T>) -> DispatchResult {
		ensure!(Sponsors::<T>::contains_key(&sponsor), Error::<T>::NotSponsor);
		ensure!(sponsor != client, Error::<T>::SelfBooking);
		let deposit = match Coverages::<T>::get(&sponsor, &client) {
			Some(existing) => existing.deposit,
			None => {
				let deposit = T::CoverageDeposit::get();
				T::Currency::hold(&HoldReason::CoverageDeposit.into(), &sponsor, deposit)
					.map_err(|_| Error::<T>::InsufficientFunds)?;
				deposit
			},
		};
		Coverages::<T>::insert(&sponsor, &client, Coverage { max_per_booking, deposit });
		Self::deposit_event(Event::CoverageSet { sponsor, client, max_per_booking });
		Ok(())
	}

	pub(crate) fn do_uncover(sponsor: T::AccountId, client: T::AccountId) -> DispatchResult {
		let coverage = Coverages::<T>::take(&sponsor, &client).ok_or(Error::<T>::NotCovered)?;
		T::Currency::release(&HoldReason::CoverageDeposit.into(), &sponsor, coverage.deposit, Precision::BestEffort)?;
		Self::deposit_event(Event::CoverageEnded { sponsor, client });
		Ok(())
	}
}
