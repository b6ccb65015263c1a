//! Invariants, checked by `try_state` and after every test.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};

impl<T: Config> Pallet<T> {
	/// - every record has a profile, and every profile, offering list and availability a record;
	/// - the index holds exactly the listed therapists' profile keys, and `IndexSize` counts it;
	/// - each therapist's held deposit is the one recorded, and records agree with the count;
	/// - offering ids are unique and below the next id; ratings are 1–5 stars each.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut expected_index: BTreeMap<IndexKey, u32> = BTreeMap::new();
		let mut count = 0u32;
		for (who, record) in Records::<T>::iter() {
			count += 1;
			let profile = Profiles::<T>::get(&who).ok_or("a therapist has no profile")?;
			let listed = record.status == ListingStatus::Listed;
			for key in profile.index_keys() {
				ensure!(Index::<T>::contains_key(key, &who) == listed, "index out of step with listing");
				if listed {
					*expected_index.entry(key).or_default() += 1;
				}
			}
			let held = T::Currency::balance_on_hold(&HoldReason::RegistrationDeposit.into(), &who);
			ensure!(held == record.deposit, "held deposit differs from the recorded one");
			let offerings = Offerings::<T>::get(&who);
			ensure!(
				offerings.iter().all(|(id, _)| *id < record.next_offering_id),
				"offering id not below the next id"
			);
			ensure!(offerings.windows(2).all(|w| w[0].0 < w[1].0), "offering ids not unique and ordered");
			let rating = record.rating;
			ensure!(
				rating.sum >= rating.count && rating.sum <= rating.count.saturating_mul(5),
				"rating sum out of range"
			);
		}
		ensure!(count == TherapistCount::<T>::get(), "therapist count is wrong");
		ensure!(
			Profiles::<T>::iter_keys().all(|who| Records::<T>::contains_key(&who)),
			"a profile without a record"
		);
		ensure!(
			Offerings::<T>::iter_keys().all(|who| Records::<T>::contains_key(&who)),
			"offerings without a record"
		);
		ensure!(
			AvailabilityOf::<T>::iter_keys().all(|who| Records::<T>::contains_key(&who)),
			"availability without a record"
		);
		let sizes: BTreeMap<IndexKey, u32> = IndexSize::<T>::iter().collect();
		ensure!(sizes == expected_index, "index sizes are wrong");
		let entries = Index::<T>::iter_keys().count() as u32;
		ensure!(entries == expected_index.values().sum::<u32>(), "stray index entries");
		Ok(())
	}
}
