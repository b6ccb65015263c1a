//! Invariants, checked by `try_state` and after every test.

use crate::*;
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::{ensure, traits::fungible::InspectHold};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

type Queued<T> = BTreeSet<(BlockNumberFor<T>, BookingId)>;

impl<T: Config> Pallet<T> {
	/// - each payer's escrow hold equals the escrow of its open bookings and crisis requests,
	///   each sponsor's deposit hold the deposits of its coverages;
	/// - each booking is in exactly one state, in the queue that state names, and only there;
	///   indexed under both parties;
	/// - schedules list exactly the confirmed sessions and scheduled groups, without overlaps;
	/// - groups hold only their open seats, within capacity; series count their open bookings;
	/// - each crisis request is queued for escalation and is its client's only one.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let confirmations: Queued<T> = ConfirmationDeadlines::<T>::iter_keys().collect();
		let releases: Queued<T> = Releases::<T>::iter_keys().collect();
		let escalations: Queued<T> = Escalations::<T>::iter_keys().collect();
		let mut scheduled: BTreeMap<BookingId, usize> = BTreeMap::new();
		for (_, sessions) in Schedule::<T>::iter() {
			ensure!(sessions.windows(2).all(|w| w[0].1 <= w[1].0), "overlapping confirmed sessions");
			for (_, _, entry) in sessions.iter() {
				*scheduled.entry(*entry).or_default() += 1;
			}
		}

		let mut escrow: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut seats: BTreeMap<BookingId, BTreeSet<BookingId>> = BTreeMap::new();
		let mut series_open: BTreeMap<BookingId, u32> = BTreeMap::new();
		let mut expected_schedule = 0usize;
		let mut bookings = 0usize;
		for (id, booking) in Bookings::<T>::iter() {
			bookings += 1;
			let total = escrow.entry(booking.payer.clone()).or_default();
			*total = total.saturating_add(booking.escrow);
			ensure!(
				Parties::<T>::contains_key(&booking.client, id) && Parties::<T>::contains_key(&booking.therapist, id),
				"booking not indexed under its parties"
			);
			let in_confirmations = confirmations.iter().filter(|(_, b)| *b == id).count();
			let in_releases = releases.iter().filter(|(_, b)| *b == id).count();
			let own_slots = scheduled.get(&id).copied().unwrap_or(0);
			let sessions = booking.sessions().count();
			let (want_confirm, want_release, want_slots) = match booking.status {
				BookingStatus::Requested { confirm_by } => {
					ensure!(confirmations.contains(&(confirm_by, id)), "request not queued at its deadline");
					(1, 0, 0)
				},
				BookingStatus::Confirmed => (0, 0, if booking.group.is_some() { 0 } else { sessions }),
				BookingStatus::Completed { release_at } => {
					ensure!(releases.contains(&(release_at, id)), "completed booking not queued at its release");
					(0, 1, 0)
				},
				BookingStatus::Disputed => (0, 0, 0),
			};
			ensure!(
				(in_confirmations, in_releases, own_slots) == (want_confirm, want_release, want_slots),
				"booking state and queues disagree"
			);
			expected_schedule += want_slots;
			if booking.is_open() {
				if let Some(group) = booking.group {
					seats.entry(group).or_default().insert(id);
				}
				if let Some(series) = booking.series {
					*series_open.entry(series).or_default() += 1;
				}
			}
		}
		ensure!(Parties::<T>::iter_keys().count() == 2 * bookings, "party index lists closed bookings");

		for (group_id, group) in Groups::<T>::iter() {
			let listed: BTreeSet<BookingId> = group.seats.iter().copied().collect();
			ensure!(listed.len() == group.seats.len() && !listed.is_empty(), "group seats empty or repeated");
			ensure!(seats.remove(&group_id).as_ref() == Some(&listed), "group seats differ from its open bookings");
			ensure!(group.seats.len() <= group.capacity as usize, "group over capacity");
			ensure!(GroupAt::<T>::get(&group.therapist, group.start) == Some(group_id), "group not found at its slot");
			let slots = scheduled.get(&group_id).copied().unwrap_or(0);
			ensure!(slots == group.scheduled as usize, "group scheduled state differs from the schedule");
			expected_schedule += slots;
		}
		ensure!(seats.is_empty(), "seat of a group that does not exist");
		ensure!(GroupAt::<T>::iter().count() == Groups::<T>::iter().count(), "stale group slot");
		ensure!(scheduled.values().sum::<usize>() == expected_schedule, "schedule lists unknown sessions");

		for (series, info) in Series::<T>::iter() {
			ensure!(info.open > 0 && series_open.get(&series).copied().unwrap_or(0) == info.open, "series count wrong");
		}

		for (id, request) in CrisisQueue::<T>::iter() {
			let total = escrow.entry(request.payer.clone()).or_default();
			*total = total.saturating_add(request.escrow);
			ensure!(CrisisOfClient::<T>::get(&request.client) == Some(id), "crisis request not its client's");
			ensure!(escalations.contains(&(request.escalate_at, id)), "crisis request not queued to escalate");
		}
		ensure!(escalations.len() == CrisisQueue::<T>::iter().count(), "stale escalation");
		ensure!(CrisisOfClient::<T>::iter().count() == CrisisQueue::<T>::iter().count(), "stale crisis index");

		for (payer, total) in escrow {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Escrow.into(), &payer) == total,
				"escrow held differs from open bookings"
			);
		}
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (sponsor, _, coverage) in Coverages::<T>::iter() {
			let total = deposits.entry(sponsor).or_default();
			*total = total.saturating_add(coverage.deposit);
		}
		for (sponsor, total) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::CoverageDeposit.into(), &sponsor) == total,
				"coverage deposits held differ from coverages"
			);
		}
		Ok(())
	}
}
