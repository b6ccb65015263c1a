//! Read-only queries behind the runtime API: an account's upcoming sessions (for reminder
//! services, no indexer needed) and the crisis queue (for on-call therapists).

use crate::*;
use alloc::vec::Vec;
use pallet_mv_therapists::UnixSeconds;

impl<T: Config> Pallet<T> {
	/// `who`'s requested or confirmed bookings, as client or therapist, with a session
	/// starting in `[from, to)`, by start.
	pub fn upcoming_sessions(who: &T::AccountId, from: UnixSeconds, to: UnixSeconds) -> Vec<(BookingId, BookingOf<T>)> {
		let mut found: Vec<_> = Parties::<T>::iter_key_prefix(who)
			.filter_map(|id| Bookings::<T>::get(id).map(|booking| (id, booking)))
			.filter(|(_, booking)| booking.is_open() && booking.sessions().any(|(start, _)| from <= start && start < to))
			.collect();
		found.sort_by_key(|(id, booking)| (booking.start, *id));
		found
	}

	/// Crisis requests waiting for a therapist, oldest first.
	pub fn crisis_queue() -> Vec<(BookingId, CrisisOf<T>)> {
		let mut queue: Vec<_> = CrisisQueue::<T>::iter().collect();
		queue.sort_by_key(|(id, request)| (request.raised_at, *id));
		queue
	}
}
