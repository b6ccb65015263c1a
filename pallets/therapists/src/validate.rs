//! Checks on what therapists submit. Lists are accepted in any order and stored sorted, so
//! equal profiles encode equally and duplicates are easy to reject.

use crate::*;
use frame_support::{ensure, traits::Get, BoundedVec};
use sp_runtime::{traits::Zero, DispatchError};

/// Sorts `list`; `duplicate` if a value repeats.
fn sort_unique<V: Ord, S: Get<u32>>(
	list: &mut BoundedVec<V, S>,
	duplicate: DispatchError,
) -> Result<(), DispatchError> {
	list.sort();
	ensure!(list.windows(2).all(|pair| pair[0] != pair[1]), duplicate);
	Ok(())
}

impl<T: Config> Pallet<T> {
	pub(crate) fn validated_profile(mut profile: Profile) -> Result<Profile, DispatchError> {
		ensure!(!profile.jurisdictions.is_empty(), Error::<T>::NoJurisdiction);
		ensure!(!profile.specialties.is_empty(), Error::<T>::NoSpecialty);
		ensure!(!profile.languages.is_empty(), Error::<T>::NoLanguage);
		ensure!(
			profile.jurisdictions.iter().all(|j| j.is_well_formed()),
			Error::<T>::MalformedJurisdiction
		);
		ensure!(profile.languages.iter().all(Language::is_well_formed), Error::<T>::MalformedLanguage);
		ensure!((-720..=840).contains(&profile.utc_offset_minutes), Error::<T>::UtcOffsetOutOfRange);
		let duplicate: DispatchError = Error::<T>::DuplicateInProfile.into();
		sort_unique(&mut profile.jurisdictions, duplicate)?;
		sort_unique(&mut profile.specialties, duplicate)?;
		sort_unique(&mut profile.modalities, duplicate)?;
		sort_unique(&mut profile.languages, duplicate)?;
		sort_unique(&mut profile.cultural_competencies, duplicate)?;
		sort_unique(&mut profile.populations, duplicate)?;
		sort_unique(&mut profile.insurance, duplicate)?;
		Ok(profile)
	}

	pub(crate) fn validated_offering(mut offering: OfferingOf<T>) -> Result<OfferingOf<T>, DispatchError> {
		match offering.kind {
			SessionKind::IntensiveProgram { sessions } =>
				ensure!((2..=20).contains(&sessions), Error::<T>::BundleSizeOutOfRange),
			SessionKind::Group { capacity } => ensure!(
				(2..=T::MaxGroupCapacity::get()).contains(&capacity),
				Error::<T>::GroupCapacityOutOfRange
			),
			_ => {},
		}
		let (shortest, longest) = offering.kind.duration_range();
		ensure!(
			(shortest..=longest).contains(&offering.duration_minutes),
			Error::<T>::DurationOutOfRange
		);
		ensure!(!offering.price.is_zero(), Error::<T>::ZeroPrice);
		if let Some(floor) = offering.sliding_scale_floor {
			ensure!(!floor.is_zero() && floor <= offering.price, Error::<T>::InvalidSlidingScaleFloor);
		}
		ensure!(!offering.formats.is_empty(), Error::<T>::NoFormat);
		sort_unique(&mut offering.formats, Error::<T>::DuplicateFormat.into())?;
		Ok(offering)
	}

	pub(crate) fn validated_availability(
		mut weekly: Vec<WeeklyWindow>,
		mut blocked_days: Vec<u32>,
	) -> Result<AvailabilityFor<T>, DispatchError> {
		ensure!(
			weekly.iter().all(|w| (w.start as u32) < MINUTES_PER_WEEK &&
				w.length > 0 && (w.length as u32) <= MINUTES_PER_WEEK),
			Error::<T>::WindowOutOfRange
		);
		weekly.sort();
		// Each window must end before the next starts; the last may run past the week's end
		// only as far as the first window's start in the next week.
		let overlapping = weekly.windows(2).any(|pair| {
			pair[0].start as u32 + pair[0].length as u32 > pair[1].start as u32
		}) || weekly.last().zip(weekly.first()).is_some_and(|(last, first)| {
			weekly.len() > 1 &&
				last.start as u32 + last.length as u32 > MINUTES_PER_WEEK + first.start as u32
		});
		ensure!(!overlapping, Error::<T>::OverlappingWindows);
		blocked_days.sort();
		ensure!(blocked_days.windows(2).all(|pair| pair[0] != pair[1]), Error::<T>::DuplicateBlockedDay);
		Ok(Availability {
			weekly: weekly.try_into().map_err(|_| Error::<T>::TooManyWindows)?,
			blocked_days: blocked_days.try_into().map_err(|_| Error::<T>::TooManyBlockedDays)?,
		})
	}

	/// Whether a session of `minutes` starting at `start` fits one weekly window and neither
	/// starts nor ends on a blocked day.
	pub fn fits_availability(availability: &AvailabilityFor<T>, start: UnixSeconds, minutes: u32) -> bool {
		let end = start.saturating_add(minutes as u64 * 60).saturating_sub(1);
		let blocked = |at| availability.blocked_days.binary_search(&day_of(at)).is_ok();
		let minute = minute_of_week(start);
		!blocked(start) && !blocked(end) && availability.weekly.iter().any(|w| w.covers(minute, minutes))
	}
}
