//! The expiry sweep.
//!
//! Expiry itself needs no sweep: [`Pallet::effective_status_of`] compares `valid_until` with the
//! current block, so a credential reads as expired from its `valid_until` block on, everywhere.
//! The sweep only makes that visible: it marks the stored status `Expired` and emits
//! [`Event::CredentialExpired`], for at most [`Config::MaxExpiriesPerBlock`] credentials per
//! block, oldest first. 100,000 credentials expiring in one hour (600 blocks) need 167 per block
//! on average; when more fall due at once, the events follow within a few blocks while every
//! query already answers "expired".

use crate::*;
use frame_support::{traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	/// Records due expiries up to block `now`; returns the weight used.
	pub(crate) fn sweep_expiries(now: BlockNumberFor<T>) -> Weight {
		let budget = T::MaxExpiriesPerBlock::get();
		let mut cursor = SweepCursor::<T>::get();
		let (mut expired, mut blocks_advanced) = (0u32, 0u32);

		while cursor <= now && expired < budget && blocks_advanced < budget {
			let remaining = (budget - expired) as usize;
			let due: Vec<CredentialId> =
				ExpiryQueue::<T>::drain_prefix(cursor).take(remaining).map(|(id, ())| id).collect();
			for id in &due {
				Self::record_expiry(*id, cursor);
			}
			expired = expired.saturating_add(due.len() as u32);
			if due.len() < remaining {
				// This block's queue is empty: move on to the next one.
				cursor = cursor.saturating_add(One::one());
				blocks_advanced += 1;
			}
		}
		SweepCursor::<T>::put(cursor);
		T::WeightInfo::on_initialize_sweep(expired, blocks_advanced)
	}

	fn record_expiry(id: CredentialId, at: BlockNumberFor<T>) {
		CredentialById::<T>::mutate(id, |credential| {
			if let Some(credential) = credential {
				if matches!(credential.status, CredentialStatus::Active | CredentialStatus::Suspended) {
					credential.status = CredentialStatus::Expired;
					Self::deposit_event(Event::CredentialExpired { id, at });
				}
			}
		});
	}

	/// Invariants: every held deposit is recorded on a stored item and vice versa; indexes
	/// point at stored credentials; queued expiries match `valid_until`.
	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::{ensure, traits::fungible::InspectHold};

		let mut recorded: BTreeMap<(T::AccountId, bool), BalanceOf<T>> = BTreeMap::new();
		for (id, credential) in CredentialById::<T>::iter() {
			let entry = recorded.entry((credential.depositor.clone(), true)).or_default();
			*entry = entry.saturating_add(credential.deposit);
			ensure!(
				CommitmentIndex::<T>::get(credential.commitment) == Some(id),
				"credential's commitment is not indexed to it"
			);
			ensure!(
				CredentialsOf::<T>::get(&credential.subject).contains(&id),
				"credential missing from its subject's list"
			);
			if let (Some(until), CredentialStatus::Active | CredentialStatus::Suspended) =
				(credential.valid_until, credential.status)
			{
				ensure!(
					ExpiryQueue::<T>::contains_key(until, id),
					"an unswept credential is missing from the expiry queue"
				);
			}
		}
		let mut counted: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (_, delegation) in Delegations::<T>::iter() {
			let entry = recorded.entry((delegation.delegator.clone(), false)).or_default();
			*entry = entry.saturating_add(delegation.deposit);
			*counted.entry(delegation.delegator).or_default() += 1;
		}
		ensure!(
			counted.into_iter().all(|(who, n)| DelegationCount::<T>::get(&who) == n) &&
				DelegationCount::<T>::iter().all(|(who, n)| n > 0 &&
					Delegations::<T>::iter_values().filter(|d| d.delegator == who).count() as u32 == n),
			"delegation counts differ from stored delegations"
		);
		for ((who, is_credential), amount) in recorded {
			let reason = if is_credential {
				HoldReason::CredentialDeposit
			} else {
				HoldReason::DelegationDeposit
			};
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), &who) == amount,
				"deposits held differ from deposits recorded"
			);
		}
		for (subject, ids) in CredentialsOf::<T>::iter() {
			for id in ids {
				let credential = CredentialById::<T>::get(id).ok_or("listed credential does not exist")?;
				ensure!(credential.subject == subject, "credential listed under another subject");
			}
		}
		for (commitment, id) in CommitmentIndex::<T>::iter() {
			let credential = CredentialById::<T>::get(id).ok_or("indexed credential does not exist")?;
			ensure!(credential.commitment == commitment, "index points at another commitment");
		}
		Ok(())
	}
}
