//! Benchmarks (frame-benchmarking v2) for every call and the per-block work, each over its
//! worst case: the therapist's schedule nearly full, queues at the per-block budget.

use super::*;
use crate::Pallet as Booking;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, EnsureOrigin, Get, Hooks, UnixTime};
use frame_system::RawOrigin;
use pallet_mv_therapists::{Format, TherapistDirectory, UnixSeconds};
use sp_runtime::{traits::Saturating, Percent, Permill};

/// Makes accounts bookable therapists for the benchmarks.
pub trait BenchmarkHelper<AccountId> {
	/// `who` becomes a bookable therapist whose offering 0 (a standard video session) is open
	/// at every hour of the week.
	fn make_bookable(who: &AccountId);

	/// Sets wall-clock time to `now` (a fresh benchmark chain starts at the Unix epoch).
	fn set_time(now: UnixSeconds);
}

fn funded<T: Config>(seed: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(seed, index, 0);
	let plenty = T::Currency::minimum_balance().saturating_mul(1_000_000_000u32.into());
	T::Currency::set_balance(&who, plenty);
	who
}

fn therapist<T: Config>() -> T::AccountId {
	let who = funded::<T>("therapist", 0);
	T::BenchmarkHelper::make_bookable(&who);
	who
}

/// A start time `n` hours after the minimum notice, on the hour.
fn slot<T: Config>(n: u32) -> UnixSeconds {
	let now = T::UnixTime::now().as_secs();
	(now + MinNotice::<T>::get() + 3_600) / 3_600 * 3_600 + n as u64 * 3_600
}

/// Fills `therapist`'s schedule with `count` confirmed sessions, one an hour.
fn fill_schedule<T: Config>(therapist: &T::AccountId, count: u32) {
	for n in 0..count {
		let client = funded::<T>("client", 1_000 + n);
		let id = NextBookingId::<T>::get();
		Booking::<T>::request(RawOrigin::Signed(client).into(), therapist.clone(), 0, slot::<T>(n), Format::Video)
			.expect("request");
		Booking::<T>::confirm(RawOrigin::Signed(therapist.clone()).into(), id).expect("confirm");
	}
}

/// A request by a new client at hour `n` after the schedule; returns its id and the client.
fn requested<T: Config>(therapist: &T::AccountId, n: u32) -> (BookingId, T::AccountId) {
	let client = funded::<T>("client", n);
	let id = NextBookingId::<T>::get();
	Booking::<T>::request(RawOrigin::Signed(client.clone()).into(), therapist.clone(), 0, slot::<T>(n), Format::Video)
		.expect("request");
	(id, client)
}

/// A confirmed booking at the end of a nearly full schedule.
fn confirmed<T: Config>() -> (T::AccountId, BookingId, T::AccountId) {
	let therapist = therapist::<T>();
	let full = T::MaxScheduled::get() - 1;
	fill_schedule::<T>(&therapist, full);
	let (id, client) = requested::<T>(&therapist, full);
	Booking::<T>::confirm(RawOrigin::Signed(therapist.clone()).into(), id).expect("confirm");
	(therapist, id, client)
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn request() {
		let therapist = therapist::<T>();
		let full = T::MaxScheduled::get() - 1;
		fill_schedule::<T>(&therapist, full);
		let client = funded::<T>("client", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(client), therapist, 0, slot::<T>(full), Format::Video);
		assert!(Bookings::<T>::contains_key(NextBookingId::<T>::get() - 1));
	}

	#[benchmark]
	fn confirm() {
		let therapist = therapist::<T>();
		let full = T::MaxScheduled::get() - 1;
		fill_schedule::<T>(&therapist, full);
		let (id, _) = requested::<T>(&therapist, full);
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist.clone()), id);
		assert_eq!(Schedule::<T>::get(&therapist).len() as u32, T::MaxScheduled::get());
	}

	#[benchmark]
	fn decline() {
		let therapist = therapist::<T>();
		let (id, _) = requested::<T>(&therapist, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist), id);
		assert!(!Bookings::<T>::contains_key(id));
	}

	#[benchmark]
	fn cancel() {
		let (_, id, client) = confirmed::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(client), id);
		assert!(!Bookings::<T>::contains_key(id));
	}

	#[benchmark]
	fn mark_no_show() {
		let (therapist, id, _) = confirmed::<T>();
		let booking = Bookings::<T>::get(id).expect("booked");
		T::BenchmarkHelper::set_time(booking.start + T::NoShowGrace::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist), id);
		assert!(!Bookings::<T>::contains_key(id));
	}

	#[benchmark]
	fn complete() {
		let (therapist, id, _) = confirmed::<T>();
		let mut booking = Bookings::<T>::get(id).expect("booked");
		booking.start = 0;
		Bookings::<T>::insert(id, booking);
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist), id, Some(Default::default()));
		assert!(matches!(Bookings::<T>::get(id).map(|b| b.status), Some(BookingStatus::Completed { .. })));
	}

	#[benchmark]
	fn dispute() {
		let (therapist, id, client) = confirmed::<T>();
		let mut booking = Bookings::<T>::get(id).expect("booked");
		booking.start = 0;
		Bookings::<T>::insert(id, booking);
		Booking::<T>::complete(RawOrigin::Signed(therapist).into(), id, None).expect("complete");
		#[extrinsic_call]
		_(RawOrigin::Signed(client), id);
		assert_eq!(Bookings::<T>::get(id).map(|b| b.status), Some(BookingStatus::Disputed));
	}

	#[benchmark]
	fn resolve_dispute() -> Result<(), BenchmarkError> {
		let (therapist, id, client) = confirmed::<T>();
		let mut booking = Bookings::<T>::get(id).expect("booked");
		booking.start = 0;
		Bookings::<T>::insert(id, booking);
		Booking::<T>::complete(RawOrigin::Signed(therapist).into(), id, None).expect("complete");
		Booking::<T>::dispute(RawOrigin::Signed(client).into(), id).expect("dispute");
		PlatformFee::<T>::put(Permill::from_percent(10));
		let origin = governance::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, Percent::from_percent(30));
		assert!(!Bookings::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn waive_fees() {
		let (therapist, id, _) = confirmed::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist), id);
		assert_eq!(Bookings::<T>::get(id).map(|b| b.policy.no_show_fee), Some(Percent::zero()));
	}

	#[benchmark]
	fn set_policy() {
		let therapist = therapist::<T>();
		let policy = Bounds::<T>::get().default_policy();
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist.clone()), policy);
		assert_eq!(Policies::<T>::get(&therapist), Some(policy));
	}

	#[benchmark]
	fn set_bounds() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let bounds = Bounds::<T>::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, bounds);
		Ok(())
	}

	#[benchmark]
	fn set_platform_fee() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Permill::from_percent(5));
		assert_eq!(PlatformFee::<T>::get(), Permill::from_percent(5));
		Ok(())
	}

	/// `e` requests expiring and `r` completed sessions released in one block, each up to the
	/// per-block budget.
	#[benchmark]
	fn on_initialize(e: Linear<0, { T::MaxDuePerBlock::get() }>, r: Linear<0, { T::MaxDuePerBlock::get() }>) {
		let therapist = therapist::<T>();
		for n in 0..e {
			requested::<T>(&therapist, n);
		}
		for n in 0..r {
			let (id, _) = requested::<T>(&therapist, e + n);
			Booking::<T>::confirm(RawOrigin::Signed(therapist.clone()).into(), id).expect("confirm");
			let mut booking = Bookings::<T>::get(id).expect("booked");
			booking.start = 0;
			Bookings::<T>::insert(id, booking);
			Booking::<T>::complete(RawOrigin::Signed(therapist.clone()).into(), id, None).expect("complete");
		}
		let now = frame_system::Pallet::<T>::block_number();
		let due = now.saturating_add(T::ConfirmationPeriod::get());
		// Move every release to the block the requests expire in.
		for (at, id, ()) in Releases::<T>::drain().collect::<alloc::vec::Vec<_>>() {
			let _ = at;
			Releases::<T>::insert(due, id, ());
		}
		#[block]
		{
			Booking::<T>::on_initialize(due);
		}
		assert_eq!(Bookings::<T>::iter().count(), 0);
	}

	impl_benchmark_test_suite!(Booking, crate::mock::new_test_ext(), crate::mock::Test);
}

/// The benchmark helper for runtimes built from the real credentials and therapists pallets.
pub struct WithCredentials<T>(core::marker::PhantomData<T>);

impl<T> BenchmarkHelper<T::AccountId> for WithCredentials<T>
where
	T: pallet_mv_credentials::Config + pallet_mv_therapists::Config,
{
	fn make_bookable(who: &T::AccountId) {
		use pallet_mv_credentials::{CredentialKind, Jurisdiction, KindTag, LicenseClass};
		use pallet_mv_therapists::{Language, Offering, Profile, SessionKind, Specialty, WeeklyWindow};
		use sp_runtime::traits::{BlakeTwo256, Hash};
		let region = Jurisdiction { country: *b"US", region: *b"CA\0" };
		let issuer: T::AccountId = account("issuer", 0, 0);
		let plenty = <T as pallet_mv_credentials::Config>::Currency::minimum_balance()
			.saturating_mul(1_000_000_000u32.into());
		<T as pallet_mv_credentials::Config>::Currency::set_balance(&issuer, plenty);
		let plenty = <T as pallet_mv_therapists::Config>::Currency::minimum_balance()
			.saturating_mul(1_000_000_000u32.into());
		<T as pallet_mv_therapists::Config>::Currency::set_balance(who, plenty);
		if let Ok(origin) = <T as pallet_mv_credentials::Config>::GovernanceOrigin::try_successful_origin() {
			let _ = pallet_mv_credentials::Pallet::<T>::accredit_issuer(
				origin,
				issuer.clone(),
				alloc::vec![KindTag::ProfessionalLicense, KindTag::BackgroundCheck],
				alloc::vec![region],
			);
		}
		let far = frame_system::Pallet::<T>::block_number().saturating_add(1_000_000u32.into());
		let license =
			CredentialKind::ProfessionalLicense { jurisdiction: region, class: LicenseClass::Lpc, license_number: Default::default() };
		for (n, kind) in [license, CredentialKind::BackgroundCheck { jurisdiction: region }].into_iter().enumerate() {
			let commitment = BlakeTwo256::hash_of(&(who, n as u8));
			let _ = pallet_mv_credentials::Pallet::<T>::issue(
				RawOrigin::Signed(issuer.clone()).into(),
				who.clone(),
				kind,
				commitment,
				Some(far),
				None,
			);
		}
		let bounded = |items| frame_support::BoundedVec::truncate_from(items);
		let profile = Profile {
			jurisdictions: bounded(alloc::vec![region]),
			specialties: frame_support::BoundedVec::truncate_from(alloc::vec![Specialty::Anxiety]),
			modalities: Default::default(),
			languages: frame_support::BoundedVec::truncate_from(alloc::vec![Language(*b"en")]),
			cultural_competencies: Default::default(),
			populations: Default::default(),
			insurance: Default::default(),
			years_experience: 1,
			utc_offset_minutes: 0,
			accepting_new_clients: true,
			crisis_on_call: false,
			document: Default::default(),
		};
		let origin: <T as frame_system::Config>::RuntimeOrigin = RawOrigin::Signed(who.clone()).into();
		let _ = pallet_mv_therapists::Pallet::<T>::register(origin.clone(), profile);
		let price = <T as pallet_mv_therapists::Config>::Currency::minimum_balance().saturating_mul(100u32.into());
		let offering = Offering {
			kind: SessionKind::Standard,
			duration_minutes: 50,
			price,
			sliding_scale_floor: None,
			formats: frame_support::BoundedVec::truncate_from(alloc::vec![Format::Video]),
		};
		let _ = pallet_mv_therapists::Pallet::<T>::add_offering(origin.clone(), offering);
		let always = alloc::vec![WeeklyWindow { start: 0, length: pallet_mv_therapists::MINUTES_PER_WEEK as u16 }];
		let _ = pallet_mv_therapists::Pallet::<T>::set_availability(origin, always, alloc::vec![]);
		debug_assert!(pallet_mv_therapists::Pallet::<T>::is_bookable(who));
	}

	fn set_time(_now: UnixSeconds) {}
}
