//! What the booking pallet asks of the registry, without reading its storage.

use crate::*;
use frame_support::pallet_prelude::DispatchResult;

/// The registry as seen by bookings.
pub trait TherapistDirectory<AccountId, Balance> {
	/// Listed and holding every required credential now: may be booked.
	fn is_bookable(therapist: &AccountId) -> bool;

	/// On crisis call (and bookable): may accept crisis requests.
	fn is_crisis_on_call(therapist: &AccountId) -> bool;

	/// The offering `id` of `therapist`, as it stands now.
	fn offering(therapist: &AccountId, id: OfferingId) -> Option<Offering<Balance>>;

	/// A session of `minutes` starting at `start` fits the therapist's availability.
	fn is_available(therapist: &AccountId, start: UnixSeconds, minutes: u32) -> bool;

	/// A booking with `therapist` was opened; retiring waits until it is closed.
	fn note_booking_opened(therapist: &AccountId) -> DispatchResult;

	/// A booking with `therapist` was settled, cancelled or expired.
	fn note_booking_closed(therapist: &AccountId);

	/// `client` completed and paid `booking` with `therapist` and may rate it once.
	fn grant_rating_right(client: &AccountId, therapist: &AccountId, booking: BookingId);
}

impl<T: Config> TherapistDirectory<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn is_bookable(therapist: &T::AccountId) -> bool {
		Self::standing(therapist) == Some(Standing::Active)
	}

	fn is_crisis_on_call(therapist: &T::AccountId) -> bool {
		Profiles::<T>::get(therapist).is_some_and(|p| p.crisis_on_call) && Self::is_bookable(therapist)
	}

	fn offering(therapist: &T::AccountId, id: OfferingId) -> Option<OfferingOf<T>> {
		Offerings::<T>::get(therapist).into_iter().find(|(o, _)| *o == id).map(|(_, offering)| offering)
	}

	fn is_available(therapist: &T::AccountId, start: UnixSeconds, minutes: u32) -> bool {
		Self::fits_availability(&AvailabilityOf::<T>::get(therapist), start, minutes)
	}

	fn note_booking_opened(therapist: &T::AccountId) -> DispatchResult {
		Records::<T>::try_mutate(therapist, |record| {
			let record = record.as_mut().ok_or(Error::<T>::NotRegistered)?;
			record.open_bookings = record.open_bookings.saturating_add(1);
			Ok(())
		})
	}

	fn note_booking_closed(therapist: &T::AccountId) {
		Records::<T>::mutate(therapist, |record| {
			if let Some(record) = record {
				record.open_bookings = record.open_bookings.saturating_sub(1);
			}
		})
	}

	fn grant_rating_right(client: &T::AccountId, therapist: &T::AccountId, booking: BookingId) {
		RatingRights::<T>::mutate(client, |rights| {
			// Bounded per client: the oldest unused right lapses first.
			if rights.is_full() {
				rights.remove(0);
			}
			let _ = rights.try_push((booking, therapist.clone()));
		});
		Self::deposit_event(Event::RatingRightGranted {
			client: client.clone(),
			therapist: therapist.clone(),
			booking,
		});
	}
}
