//! Rolling weekly series: a fixed number of sessions ahead, topped up as each is held.

use crate::*;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get};
use pallet_mv_therapists::{Format, OfferingId, SessionKind, TherapistDirectory, UnixSeconds};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_request_series(
		client: T::AccountId,
		therapist: T::AccountId,
		offering: OfferingId,
		start: UnixSeconds,
		format: Format,
		terms: TermsOf<T>,
		sessions: u32,
	) -> DispatchResult {
		ensure!((1..=T::MaxSeriesAhead::get()).contains(&sessions), Error::<T>::SeriesLength);
		let kind = T::Directory::offering(&therapist, offering).ok_or(Error::<T>::UnknownOffering)?.kind;
		ensure!(
			!matches!(kind, SessionKind::Group { .. } | SessionKind::IntensiveProgram { .. }),
			Error::<T>::NotRecurring
		);
		let series = Self::next_id();
		let mut at = start;
		for _ in 0..sessions {
			Self::do_request(client.clone(), therapist.clone(), offering, Self::one(at), format, terms.clone(), Some(series))?;
			at = at.saturating_add(WEEK);
		}
		Series::<T>::insert(
			series,
			SeriesInfo { client: client.clone(), therapist: therapist.clone(), offering, format, terms, next_start: Some(at), open: sessions },
		);
		Self::deposit_event(Event::SeriesStarted { series, client, therapist, sessions });
		Ok(())
	}

	fn one(start: UnixSeconds) -> Starts {
		let mut starts = Starts::new();
		// Capacity is at least one.
		let _ = starts.try_push(start);
		starts
	}

	/// A series booking left the requested/confirmed states; a series with nothing ahead ends.
	pub(crate) fn note_series_closed(series: BookingId) {
		let ended = Series::<T>::mutate_exists(series, |entry| {
			let Some(info) = entry else { return false };
			info.open = info.open.saturating_sub(1);
			if info.open == 0 {
				*entry = None;
				return true;
			}
			false
		});
		if ended {
			Self::deposit_event(Event::SeriesEnded { series });
		}
	}

	/// When a session is held (before it leaves the count), books the series' next week; if
	/// that fails the series stops rolling.
	pub(crate) fn roll_series(series: BookingId) {
		let Some(mut info) = Series::<T>::get(series) else { return };
		let Some(next_start) = info.next_start else { return };
		let next = frame_support::storage::with_storage_layer(|| {
			Self::do_request(
				info.client.clone(),
				info.therapist.clone(),
				info.offering,
				Self::one(next_start),
				info.format,
				info.terms.clone(),
				Some(series),
			)
		});
		match next {
			Ok(_) => {
				info.open = info.open.saturating_add(1);
				info.next_start = Some(next_start.saturating_add(WEEK));
				Series::<T>::insert(series, info);
			},
			Err(error) => {
				// Stop rolling: the sessions already booked finish the series.
				info.next_start = None;
				Series::<T>::insert(series, info);
				Self::deposit_event(Event::SeriesInterrupted { series, error });
			},
		}
	}
}
