//! The search index and the deposit that pays for it.

use crate::*;
use codec::{Encode, MaxEncodedLen};
use frame_support::traits::Get;
use sp_runtime::{traits::Saturating, SaturatedConversion};

/// Bytes one index entry occupies: two hashed keys (16-byte hash + key) and the map prefix.
fn index_entry_bytes<AccountId: MaxEncodedLen>() -> usize {
	32 + 16 + IndexKey::max_encoded_len() + 16 + AccountId::max_encoded_len()
}

impl<T: Config> Pallet<T> {
	/// Lists `who` under every index key of `profile`.
	pub(crate) fn add_to_index(who: &T::AccountId, profile: &Profile) {
		for key in profile.index_keys() {
			Index::<T>::insert(key, who, ());
			IndexSize::<T>::mutate(key, |n| *n = n.saturating_add(1));
		}
	}

	/// Removes `who` from every index key of `profile`.
	pub(crate) fn remove_from_index(who: &T::AccountId, profile: &Profile) {
		for key in profile.index_keys() {
			Index::<T>::remove(key, who);
			IndexSize::<T>::mutate_exists(key, |n| {
				*n = n.map(|n| n.saturating_sub(1)).filter(|n| *n > 0);
			});
		}
	}

	/// `DepositBase + DepositPerByte × bytes`, where the bytes are the stored profile,
	/// offerings and availability plus the index entries a listed profile creates (counted
	/// whether or not listed right now, so pausing does not change the deposit).
	pub fn deposit_for(
		profile: &Profile,
		offerings: &OfferingsOf<T>,
		availability: &AvailabilityFor<T>,
	) -> BalanceOf<T> {
		let bytes = profile.encoded_size() +
			offerings.encoded_size() +
			availability.encoded_size() +
			profile.index_keys().count() * index_entry_bytes::<T::AccountId>();
		let bytes: BalanceOf<T> = (bytes as u64).saturated_into();
		T::DepositBase::get().saturating_add(T::DepositPerByte::get().saturating_mul(bytes))
	}
}
