//! Invariants, checked by `try_state` and after every test.

use crate::*;
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// - each payer's escrow hold equals the escrow of its open bookings;
	/// - each booking is in the queue its state says, and only there;
	/// - schedules list exactly the confirmed bookings, without overlaps.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut escrow: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut confirmed = 0usize;
		for (id, booking) in Bookings::<T>::iter() {
			let total = escrow.entry(booking.payer.clone()).or_default();
			*total = total.saturating_add(booking.escrow);
			let queued_confirm = ConfirmationDeadlines::<T>::iter().filter(|(_, b, _)| *b == id).count();
			let queued_release = Releases::<T>::iter().filter(|(_, b, _)| *b == id).count();
			let scheduled = Schedule::<T>::get(&booking.therapist).iter().filter(|(_, _, b)| *b == id).count();
			let expected = match booking.status {
				BookingStatus::Requested { .. } => (1, 0, 0),
				BookingStatus::Confirmed => (0, 0, 1),
				BookingStatus::Completed { .. } => (0, 1, 0),
				BookingStatus::Disputed => (0, 0, 0),
			};
			confirmed += expected.2;
			ensure!((queued_confirm, queued_release, scheduled) == expected, "booking state and queues disagree");
		}
		for (payer, total) in escrow {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Escrow.into(), &payer) == total,
				"escrow held differs from open bookings"
			);
		}
		let mut listed = 0usize;
		for (_, sessions) in Schedule::<T>::iter() {
			listed += sessions.len();
			ensure!(sessions.windows(2).all(|w| w[0].1 <= w[1].0), "overlapping confirmed sessions");
		}
		ensure!(listed == confirmed, "schedule lists sessions that are not confirmed bookings");
		Ok(())
	}
}
