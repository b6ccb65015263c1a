//! Read-only views behind the runtime API and the `mentalverse_` RPCs.

use crate::{pallet::*, *};
use alloc::vec::Vec;
use frame_support::traits::Get;

/// Entries an accounting page may read per entry it returns.
const SCAN_PER_PAGE: usize = 4;

impl<T: Config> Pallet<T> {
	/// `subject`'s accesses and disclosures logged in `[from, to]` (Unix seconds), oldest
	/// first, at most `limit` (capped at [`Config::MaxPage`]); `cursor` is the `next` of the
	/// previous page. Other entries (consents, other pallets' steps) are skipped; a page reads
	/// at most four times its size, so it may come back short with a `next`.
	pub fn accounting(
		subject: &T::AccountId,
		from: UnixSeconds,
		to: UnixSeconds,
		cursor: Option<EntryIndex>,
		limit: u32,
	) -> AccountingPage<T::AccountId, BalanceOf<T>> {
		let trail = Trails::<T>::get(subject);
		let limit = limit.min(T::MaxPage::get()) as usize;
		let mut budget = limit.saturating_mul(SCAN_PER_PAGE);
		let mut index = cursor.unwrap_or_else(|| Self::first_at_or_after(subject, &trail, from)).max(trail.first);
		let mut entries = Vec::new();
		while index < trail.next && entries.len() < limit && budget > 0 {
			let Some(entry) = Entries::<T>::get(subject, index) else { break };
			if entry.at > to {
				return AccountingPage { entries, next: None };
			}
			if entry.at >= from && entry.access().is_some() {
				entries.push((index, entry));
			}
			index += 1;
			budget -= 1;
		}
		let more = index < trail.next && Entries::<T>::get(subject, index).is_some_and(|e| e.at <= to);
		AccountingPage { entries, next: more.then_some(index) }
	}

	/// Every entry of `subject`'s trail from index `from` (or the first stored), at most
	/// `limit` (capped at [`Config::MaxPage`]): the contiguous copy a verifier checks.
	pub fn trail_entries(subject: &T::AccountId, from: EntryIndex, limit: u32) -> AccountingPage<T::AccountId, BalanceOf<T>> {
		let trail = Trails::<T>::get(subject);
		let start = from.max(trail.first);
		let end = trail.next.min(start.saturating_add(limit.min(T::MaxPage::get()) as u64));
		let entries = (start..end).filter_map(|index| Entries::<T>::get(subject, index).map(|entry| (index, entry))).collect();
		AccountingPage { entries, next: (end < trail.next).then_some(end) }
	}

	/// First stored index whose entry is at or after `from`: entries are logged in time order,
	/// so a binary search reads O(log n) entries.
	fn first_at_or_after(subject: &T::AccountId, trail: &Trail, from: UnixSeconds) -> EntryIndex {
		let (mut low, mut high) = (trail.first, trail.next);
		while low < high {
			let middle = low + (high - low) / 2;
			match Entries::<T>::get(subject, middle) {
				Some(entry) if entry.at < from => low = middle + 1,
				_ => high = middle,
			}
		}
		low
	}

	/// Checks a copy of `subject`'s entries starting at index `from` against the chain: each
	/// must link to the digest before it and hash to the stored entry's digest.
	pub fn verify_trail(subject: &T::AccountId, from: EntryIndex, copy: &[EntryOf<T>]) -> TrailCheck {
		let trail = Trails::<T>::get(subject);
		let mismatch_at = |matched: u64| TrailCheck {
			matched,
			first_mismatch: Some(from.saturating_add(matched)),
			reaches_head: false,
		};
		let Some(mut expected_prev) = Entries::<T>::get(subject, from).map(|entry| entry.prev) else {
			return mismatch_at(0);
		};
		for (offset, entry) in copy.iter().enumerate() {
			let index = from.saturating_add(offset as u64);
			let digest = entry.digest();
			let stored = Entries::<T>::get(subject, index).map(|stored| stored.digest());
			if entry.prev != expected_prev || stored != Some(digest) {
				return mismatch_at(offset as u64);
			}
			expected_prev = digest;
		}
		let end = from.saturating_add(copy.len() as u64);
		TrailCheck { matched: copy.len() as u64, first_mismatch: None, reaches_head: end == trail.next && expected_prev == trail.head }
	}

	/// Open break-glass reviews, oldest first.
	pub fn pending_reviews() -> Vec<(ReviewId, Review<T::AccountId>)> {
		let mut reviews: Vec<_> = Reviews::<T>::iter().collect();
		reviews.sort_by_key(|(id, _)| *id);
		reviews
	}
}
