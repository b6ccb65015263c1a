//! Synthetic therapists for load and matching benchmarks (genesis `synthetic_therapists`).
//! Each gets a varied profile drawn from a hash of its number, one or two offerings and weekday
//! availability, and no deposit. Their credentials come from the credentials pallet's
//! `synthetic_professionals`, for the same accounts and jurisdictions.

use crate::*;
use pallet_mv_credentials::synthetic;
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Registers synthetic therapist number `i`, listed, with no deposit.
	pub(crate) fn register_synthetic(i: u32, base_price: u128) {
		let Some((who, jurisdiction)) = synthetic::professional::<T::AccountId>(i) else { return };
		let seed: [u8; 32] = BlakeTwo256::hash_of(&(b"mv/synthetic-profile", i)).into();
		let pick = |n: usize, of: usize| seed[n] as usize % of;
		let mut languages = alloc::vec![Language(*b"en")];
		const SECOND: [&[u8; 2]; 8] = [b"es", b"fr", b"de", b"zh", b"ar", b"hi", b"pt", b"ko"];
		if pick(10, 10) < 3 {
			languages.push(Language(*SECOND[pick(11, SECOND.len())]));
		}
		let profile = Profile {
			jurisdictions: alloc::vec![jurisdiction].pipe_bounded(),
			specialties: choose(&seed, 0, 3, Specialty::ALL).pipe_bounded(),
			modalities: choose(&seed, 3, 2, Modality::ALL).pipe_bounded(),
			languages: {
				languages.sort();
				languages.pipe_bounded()
			},
			cultural_competencies: choose(&seed, 5, 1, CulturalCompetency::ALL).pipe_bounded(),
			populations: alloc::vec![Population::Adults].pipe_bounded(),
			insurance: choose(&seed, 6, 2, &[1u16, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).pipe_bounded(),
			years_experience: 1 + pick(7, 40) as u8,
			utc_offset_minutes: 0,
			accepting_new_clients: pick(8, 10) < 8,
			crisis_on_call: pick(9, 10) == 0,
			document: seed.into(),
		};
		let price = |units: u128| -> BalanceOf<T> { units.saturating_mul(base_price).saturated_into() };
		let video: frame_support::BoundedVec<Format, _> = alloc::vec![Format::Video].pipe_bounded();
		let mut offerings = alloc::vec![(0, Offering {
			kind: SessionKind::Standard,
			duration_minutes: 50,
			price: price(40 + pick(12, 120) as u128),
			sliding_scale_floor: None,
			formats: video.clone(),
		})];
		if pick(13, 2) == 0 {
			offerings.push((1, Offering {
				kind: SessionKind::BriefConsultation,
				duration_minutes: 30,
				price: price(20 + pick(14, 40) as u128),
				sliding_scale_floor: None,
				formats: video,
			}));
		}
		// Weekdays, eight hours from a start that varies by therapist.
		let start = (7 * 60 + pick(15, 12) as u32 * 60) as u16;
		let weekly: Vec<WeeklyWindow> =
			(0..5u16).map(|day| WeeklyWindow { start: day * 1440 + start, length: 480 }).collect();
		let next_offering_id = offerings.len() as OfferingId;
		Self::add_to_index(&who, &profile);
		Profiles::<T>::insert(&who, profile);
		Offerings::<T>::insert(&who, OfferingsOf::<T>::truncate_from(offerings));
		AvailabilityOf::<T>::insert(
			&who,
			Availability { weekly: weekly.pipe_bounded(), blocked_days: Default::default() },
		);
		Records::<T>::insert(
			&who,
			TherapistRecord {
				status: ListingStatus::Listed,
				deposit: Default::default(),
				registered_at: Default::default(),
				rating: Rating { sum: 4 * (i % 7) + (i % 3).min(i % 7), count: i % 7 },
				open_bookings: 0,
				next_offering_id,
			},
		);
		TherapistCount::<T>::mutate(|n| *n = n.saturating_add(1));
	}
}

/// `count` values of `all` picked by the seed bytes from `at`, sorted and unique.
fn choose<V: Copy + Ord>(seed: &[u8; 32], at: usize, count: usize, all: &[V]) -> Vec<V> {
	let mut chosen: Vec<V> = seed[at..at + count].iter().map(|b| all[*b as usize % all.len()]).collect();
	chosen.sort();
	chosen.dedup();
	chosen
}

/// Bounded from a vector, cutting what does not fit (synthetic data always fits).
trait PipeBounded<V> {
	fn pipe_bounded<S: frame_support::traits::Get<u32>>(self) -> frame_support::BoundedVec<V, S>;
}

impl<V> PipeBounded<V> for Vec<V> {
	fn pipe_bounded<S: frame_support::traits::Get<u32>>(self) -> frame_support::BoundedVec<V, S> {
		frame_support::BoundedVec::truncate_from(self)
	}
}
