//! Loyalty rewards for released, paid sessions, capped per account and period.

use crate::*;
use frame_support::traits::{fungible::Mutate, tokens::Preservation, Get};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	pub(crate) fn loyalty_terms_valid(terms: &LoyaltyTermsOf<T>) -> bool {
		let unit = T::Unit::get();
		let within = |amount: BalanceOf<T>, low: u32, high: u32| {
			amount >= unit.saturating_mul(low.into()) && amount <= unit.saturating_mul(high.into())
		};
		within(terms.client_reward, 10, 50) &&
			within(terms.professional_reward, 100, 500) &&
			!terms.period.is_zero() &&
			terms.max_per_period > 0
	}

	/// Pays `who` a loyalty reward of `amount` from `pool` unless the period's cap is reached
	/// or the pool's unreserved funds cannot cover it.
	fn reward(who: &T::AccountId, pool: RewardsPool, amount: BalanceOf<T>, terms: &LoyaltyTermsOf<T>) {
		let now = frame_system::Pallet::<T>::block_number();
		let mut count = LoyaltyCounts::<T>::get(who);
		if count.rewards == 0 || now >= count.period_start.saturating_add(terms.period) {
			count = LoyaltyCount { period_start: now, rewards: 0 };
		}
		if count.rewards >= terms.max_per_period {
			Self::deposit_event(Event::LoyaltyCapped { who: who.clone() });
			return;
		}
		if amount > Self::unreserved(pool) ||
			T::Currency::transfer(&Self::pool_account(pool), who, amount, Preservation::Preserve).is_err()
		{
			Self::deposit_event(Event::LoyaltyUnfunded { who: who.clone(), pool });
			return;
		}
		count.rewards = count.rewards.saturating_add(1);
		LoyaltyCounts::<T>::insert(who, count);
		Self::deposit_event(Event::LoyaltyRewarded { who: who.clone(), amount });
	}
}

impl<T: Config> pallet_mv_booking::OnSessionPaid<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn on_session_paid(client: &T::AccountId, therapist: &T::AccountId, paid: BalanceOf<T>) {
		let Some(terms) = Loyalty::<T>::get() else { return };
		if paid < terms.min_paid {
			return;
		}
		Self::reward(client, RewardsPool::Users, terms.client_reward, &terms);
		Self::reward(therapist, RewardsPool::Professionals, terms.professional_reward, &terms);
	}
}
