//! Benchmarks (frame-benchmarking v2) for every call, each over its worst case: a profile with
//! every list at its bound (the most index entries), full offerings, availability and ratings.

use super::*;
use crate::Pallet as Therapists;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, EnsureOrigin, Get};
use frame_system::RawOrigin;
use pallet_mv_credentials::Jurisdiction;
use sp_runtime::traits::{Bounded, Saturating};

/// An account with funds for many of the largest deposits.
fn funded<T: Config>(seed: u32) -> T::AccountId {
	let who: T::AccountId = account("therapist", seed, 0);
	let none = Default::default();
	let largest = Therapists::<T>::deposit_for(&largest_profile(0), &none, &Default::default());
	T::Currency::set_balance(&who, largest.saturating_mul(1_000u32.into()));
	who
}

fn filled<V: Clone, S: Get<u32>>(all: &[V]) -> frame_support::BoundedVec<V, S> {
	frame_support::BoundedVec::truncate_from(all.iter().cycle().take(S::get() as usize).cloned().collect())
}

/// A profile with every list full; `variant` shifts the values so an update re-indexes all.
fn largest_profile(variant: u8) -> Profile {
	let states: Vec<Jurisdiction> = (0..8u8)
		.map(|i| Jurisdiction { country: *b"US", region: [b'A' + i + variant, b'Z', 0] })
		.collect();
	let languages: Vec<Language> = (0..6u8).map(|i| Language([b'a' + i + variant, b'z'])).collect();
	let rotate = |n: usize| variant as usize % n;
	Profile {
		jurisdictions: filled(&states),
		specialties: filled(&Specialty::ALL[rotate(Specialty::ALL.len())..]),
		modalities: filled(&Modality::ALL[rotate(Modality::ALL.len())..]),
		languages: filled(&languages),
		cultural_competencies: filled(&CulturalCompetency::ALL[rotate(CulturalCompetency::ALL.len())..]),
		populations: filled(Population::ALL),
		insurance: filled(&(0..16u16).map(|i| i + 100 * variant as u16).collect::<Vec<_>>()),
		years_experience: 30,
		utc_offset_minutes: 60,
		accepting_new_clients: true,
		crisis_on_call: true,
		document: Default::default(),
	}
}

fn offering<T: Config>() -> OfferingOf<T> {
	Offering {
		kind: SessionKind::Group { capacity: 2 },
		duration_minutes: 90,
		price: BalanceOf::<T>::max_value() / 4u32.into(),
		sliding_scale_floor: Some(1u32.into()),
		formats: filled(Format::ALL),
	}
}

fn full_availability<T: Config>() -> (Vec<WeeklyWindow>, Vec<u32>) {
	let windows = T::MaxWeeklyWindows::get();
	let spacing = MINUTES_PER_WEEK / windows;
	let weekly = (0..windows).map(|i| WeeklyWindow { start: (i * spacing) as u16, length: 1 }).collect();
	(weekly, (0..T::MaxBlockedDays::get()).rev().collect())
}

/// A registered therapist with the largest profile, full offerings and availability.
fn registered<T: Config>(seed: u32) -> T::AccountId {
	let who = funded::<T>(seed);
	let origin: T::RuntimeOrigin = RawOrigin::Signed(who.clone()).into();
	Therapists::<T>::register(origin.clone(), largest_profile(0)).expect("register");
	for _ in 0..T::MaxOfferings::get() {
		Therapists::<T>::add_offering(origin.clone(), offering::<T>()).expect("offering");
	}
	let (weekly, blocked) = full_availability::<T>();
	Therapists::<T>::set_availability(origin, weekly, blocked).expect("availability");
	who
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as Config>::RuntimeEvent::from(event).into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() {
		let who = funded::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), largest_profile(0));
		assert!(Records::<T>::contains_key(&who));
	}

	#[benchmark]
	fn update_profile() {
		let who = registered::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), largest_profile(1));
		assert_eq!(Profiles::<T>::get(&who), Therapists::<T>::validated_profile(largest_profile(1)).ok());
	}

	#[benchmark]
	fn add_offering() {
		let who = registered::<T>(0);
		Therapists::<T>::remove_offering(RawOrigin::Signed(who.clone()).into(), 0).expect("remove");
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), offering::<T>());
		assert_eq!(Offerings::<T>::get(&who).len() as u32, T::MaxOfferings::get());
	}

	#[benchmark]
	fn remove_offering() {
		let who = registered::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), 0);
		assert_last_event::<T>(Event::OfferingRemoved { therapist: who, id: 0 });
	}

	#[benchmark]
	fn set_availability() {
		let who = registered::<T>(0);
		let (mut weekly, blocked) = full_availability::<T>();
		weekly.reverse();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), weekly, blocked);
		assert_last_event::<T>(Event::AvailabilitySet { therapist: who });
	}

	#[benchmark]
	fn pause() {
		let who = registered::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert_last_event::<T>(Event::Paused { therapist: who });
	}

	#[benchmark]
	fn resume() {
		let who = registered::<T>(0);
		Therapists::<T>::pause(RawOrigin::Signed(who.clone()).into()).expect("pause");
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert_last_event::<T>(Event::Resumed { therapist: who });
	}

	#[benchmark]
	fn retire() {
		let who = registered::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Records::<T>::contains_key(&who));
	}

	#[benchmark]
	fn suspend() -> Result<(), BenchmarkError> {
		let who = registered::<T>(0);
		let origin = T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let reason = SuspensionReason::ComplaintUnderReview;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), reason);
		assert_last_event::<T>(Event::Suspended { therapist: who, reason });
		Ok(())
	}

	#[benchmark]
	fn reinstate() -> Result<(), BenchmarkError> {
		let who = registered::<T>(0);
		let origin = T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Therapists::<T>::suspend(origin.clone(), who.clone(), SuspensionReason::Other(1)).expect("suspend");
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert_last_event::<T>(Event::Reinstated { therapist: who });
		Ok(())
	}

	#[benchmark]
	fn rate() {
		let therapist = registered::<T>(0);
		let client = funded::<T>(1);
		for booking in 0..T::MaxPendingRatings::get() {
			<Therapists<T> as TherapistDirectory<_, _>>::grant_rating_right(&client, &therapist, booking as u64);
		}
		let last = T::MaxPendingRatings::get() as u64 - 1;
		#[extrinsic_call]
		_(RawOrigin::Signed(client), last, 5);
		assert_eq!(Records::<T>::get(&therapist).expect("registered").rating.count, 1);
	}

	impl_benchmark_test_suite!(Therapists, crate::mock::new_test_ext(), crate::mock::Test);
}
