//! Invariants checked by `try_state` and by the tests after every step.

use crate::{pallet::*, *};
use alloc::collections::btree_map::BTreeMap;
use frame_support::traits::fungible::InspectHold;
use sp_core::H256;
use sp_runtime::{
	traits::{Saturating, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// - every trail links: each stored entry's `prev` is the digest of the one before it, the
	///   last one's digest is the head, and exactly `first..next` is stored;
	/// - holds equal deposits: each account's consent hold is the sum of its consents'
	///   deposits, its trail-entry hold the sum of its access entries' deposits (other entries
///   are paid by fees);
	/// - ids are below their counters; every open review names a break-glass entry's accessor;
	/// - erasure requests name distinct custodians, are completed exactly when all attested,
	///   are never pending behind the overdue cursor, and their holds equal their deposits.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut entry_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut stored = 0u64;
		for (subject, trail) in Trails::<T>::iter() {
			ensure_that(trail.first <= trail.next, "a trail's range is ordered")?;
			let mut prev: Option<H256> = None;
			for index in trail.first..trail.next {
				let entry = Entries::<T>::get(&subject, index).ok_or("a trail's range is stored")?;
				if let Some(prev) = prev {
					ensure_that(entry.prev == prev, "each entry links to the one before")?;
				} else if trail.first == 0 {
					ensure_that(entry.prev == H256::zero(), "a trail starts from zero")?;
				}
				prev = Some(entry.digest());
				if let Some(access) = entry.access() {
					let held = entry_deposits.entry(access.accessor.clone()).or_insert_with(Zero::zero);
					*held = held.saturating_add(access.deposit);
				}
				stored += 1;
			}
			ensure_that(prev.unwrap_or(trail.head) == trail.head, "the head is the last entry's digest")?;
			ensure_that(trail.next > 0 || trail.head == H256::zero(), "an empty trail has a zero head")?;
		}
		ensure_that(Entries::<T>::iter_keys().count() as u64 == stored, "no entry outside a trail's range")?;

		let mut consent_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let next_consent = NextConsentId::<T>::get();
		for ((subject, grantee, _), consent) in Consents::<T>::iter() {
			ensure_that(subject != grantee, "nobody consents to itself")?;
			ensure_that(consent.id < next_consent, "consent ids come from the counter")?;
			let held = consent_deposits.entry(subject).or_insert_with(Zero::zero);
			*held = held.saturating_add(consent.deposit);
		}
		let mut erasure_deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let (next_erasure, cursor) = (NextErasureId::<T>::get(), OverdueCursor::<T>::get());
		ensure_that(cursor <= next_erasure, "the overdue cursor is within the ids")?;
		for (id, request) in Erasures::<T>::iter() {
			ensure_that(id < next_erasure, "erasure ids come from the counter")?;
			ensure_that(!request.custodians.is_empty(), "a request names custodians")?;
			for (i, named) in request.custodians.iter().enumerate() {
				ensure_that(
					request.custodians.iter().skip(i + 1).all(|other| other.custodian != named.custodian),
					"a request names each custodian once",
				)?;
			}
			let completed = matches!(request.status, ErasureStatus::Completed { .. });
			ensure_that(completed == request.all_attested(), "completed exactly when every custodian attested")?;
			ensure_that(
				id >= cursor || request.status != ErasureStatus::Pending,
				"requests behind the cursor are not pending",
			)?;
			let held = erasure_deposits.entry(request.subject.clone()).or_insert_with(Zero::zero);
			*held = held.saturating_add(request.deposit);
		}

		let holders: alloc::collections::btree_set::BTreeSet<T::AccountId> = entry_deposits
			.keys()
			.chain(consent_deposits.keys())
			.chain(erasure_deposits.keys())
			.cloned()
			.collect();
		for who in holders {
			let zero = Zero::zero();
			ensure_that(
				T::Currency::balance_on_hold(&HoldReason::TrailEntry.into(), &who) ==
					*entry_deposits.get(&who).unwrap_or(&zero),
				"trail-entry holds equal the entries' deposits",
			)?;
			ensure_that(
				T::Currency::balance_on_hold(&HoldReason::Consent.into(), &who) ==
					*consent_deposits.get(&who).unwrap_or(&zero),
				"consent holds equal the consents' deposits",
			)?;
			ensure_that(
				T::Currency::balance_on_hold(&HoldReason::Erasure.into(), &who) ==
					*erasure_deposits.get(&who).unwrap_or(&zero),
				"erasure holds equal the requests' deposits",
			)?;
		}

		let next_review = NextReviewId::<T>::get();
		for (id, review) in Reviews::<T>::iter() {
			ensure_that(id < next_review, "review ids come from the counter")?;
			ensure_that(review.entry < Trails::<T>::get(&review.subject).next, "a review is about a logged entry")?;
		}
		Ok(())
	}
}

fn ensure_that(condition: bool, message: &'static str) -> Result<(), TryRuntimeError> {
	if condition {
		Ok(())
	} else {
		Err(TryRuntimeError::Other(message))
	}
}
