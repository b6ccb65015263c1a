//! Benchmarks (frame-benchmarking v2) for every call and the per-block work, each over its
//! worst case: the therapist's schedule nearly full, queues at the per-block budget.

use super::*;
use crate::Pallet as Booking;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, EnsureOrigin, Get, UnixTime};
use frame_system::RawOrigin;
use pallet_mv_therapists::{Format, OfferingId, TherapistDirectory, UnixSeconds};
use sp_runtime::{traits::Saturating, Percent, Permill};

/// Makes accounts bookable therapists for the benchmarks.
pub trait BenchmarkHelper<AccountId> {
	/// `who` becomes a bookable therapist on crisis call, open at every hour of the week, whose
	/// offering 0 is a standard video session with a sliding scale and offering
	/// [`INTENSIVE_OFFERING`] an intensive program of [`MAX_PROGRAM_SESSIONS`] 50-minute
	/// sessions.
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

fn terms<T: Config>() -> TermsOf<T> {
	RequestTerms { payer: None, price: None, client_key: [1; 32], recording: false }
}

/// The largest access a therapist can give.
fn access() -> TherapistAccess {
	TherapistAccess {
		therapist_key: [2; 32],
		envelope: frame_support::BoundedVec::truncate_from(alloc::vec![3; MAX_ENVELOPE_BYTES as usize]),
	}
}

fn one(start: UnixSeconds) -> Starts {
	frame_support::BoundedVec::truncate_from(alloc::vec![start])
}

/// `count` hourly starts from hour `from`.
fn hours<T: Config>(from: u32, count: u32) -> Starts {
	frame_support::BoundedVec::truncate_from((from..from + count).map(slot::<T>).collect())
}

/// A request by `client` at hour `n`; returns its id.
fn request_by<T: Config>(client: &T::AccountId, therapist: &T::AccountId, n: u32) -> BookingId {
	let id = NextBookingId::<T>::get();
	Booking::<T>::request(RawOrigin::Signed(client.clone()).into(), therapist.clone(), 0, one(slot::<T>(n)), Format::Video, terms::<T>())
		.expect("request");
	id
}

/// Fills `therapist`'s schedule with `count` confirmed sessions, one an hour.
fn fill_schedule<T: Config>(therapist: &T::AccountId, count: u32) {
	for n in 0..count {
		let id = request_by::<T>(&funded::<T>("client", 1_000 + n), therapist, n);
		Booking::<T>::confirm(RawOrigin::Signed(therapist.clone()).into(), id, access()).expect("confirm");
	}
}

/// A request by a new client at hour `n` after the schedule; returns its id and the client.
fn requested<T: Config>(therapist: &T::AccountId, n: u32) -> (BookingId, T::AccountId) {
	let client = funded::<T>("client", n);
	(request_by::<T>(&client, therapist, n), client)
}

/// A confirmed booking at the end of a nearly full schedule.
fn confirmed<T: Config>() -> (T::AccountId, BookingId, T::AccountId) {
	let therapist = therapist::<T>();
	let full = T::MaxScheduled::get() - 1;
	fill_schedule::<T>(&therapist, full);
	let (id, client) = requested::<T>(&therapist, full);
	Booking::<T>::confirm(RawOrigin::Signed(therapist.clone()).into(), id, access()).expect("confirm");
	(therapist, id, client)
}

/// Moves a booking's start to the epoch so it can be completed now.
fn started<T: Config>(id: BookingId) {
	let mut booking = Bookings::<T>::get(id).expect("booked");
	booking.start = 0;
	Bookings::<T>::insert(id, booking);
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// An approved sponsor covering `client` for any amount.
fn sponsor_for<T: Config>(client: &T::AccountId) -> Result<T::AccountId, BenchmarkError> {
	let sponsor = funded::<T>("sponsor", 0);
	Booking::<T>::approve_sponsor(governance::<T>()?, sponsor.clone()).map_err(|_| BenchmarkError::Weightless)?;
	let any = T::Currency::minimum_balance().saturating_mul(1_000_000_000u32.into());
	Booking::<T>::cover(RawOrigin::Signed(sponsor.clone()).into(), client.clone(), any).expect("cover");
	Ok(sponsor)
}

/// A crisis request by a new client `n`.
fn crisis<T: Config>(n: u32) -> BookingId {
	let id = NextBookingId::<T>::get();
	Booking::<T>::raise_crisis(RawOrigin::Signed(funded::<T>("crisis", n)).into(), Format::Video, terms::<T>()).expect("raise");
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The worst request: an intensive program of the most sessions, each checked against a
	/// schedule with room for exactly them, paid by a sponsor.
	#[benchmark]
	fn request() -> Result<(), BenchmarkError> {
		let therapist = therapist::<T>();
		let free = T::MaxScheduled::get() - MAX_PROGRAM_SESSIONS;
		fill_schedule::<T>(&therapist, free);
		let client = funded::<T>("client", 0);
		let terms = RequestTerms { payer: Some(sponsor_for::<T>(&client)?), ..terms::<T>() };
		#[extrinsic_call]
		_(RawOrigin::Signed(client), therapist, INTENSIVE_OFFERING, hours::<T>(free, MAX_PROGRAM_SESSIONS), Format::Video, terms);
		assert!(Bookings::<T>::contains_key(NextBookingId::<T>::get() - 1));
		Ok(())
	}

	/// Confirming a program of the most sessions into a schedule with exactly that room.
	#[benchmark]
	fn confirm() {
		let therapist = therapist::<T>();
		let free = T::MaxScheduled::get() - MAX_PROGRAM_SESSIONS;
		fill_schedule::<T>(&therapist, free);
		let id = NextBookingId::<T>::get();
		Booking::<T>::request(
			RawOrigin::Signed(funded::<T>("client", 0)).into(),
			therapist.clone(),
			INTENSIVE_OFFERING,
			hours::<T>(free, MAX_PROGRAM_SESSIONS),
			Format::Video,
			terms::<T>(),
		)
		.expect("request");
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist.clone()), id, access());
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

	/// Completing a series session, which books the series' next week.
	#[benchmark]
	fn complete() {
		let therapist = therapist::<T>();
		let full = T::MaxScheduled::get() - 1;
		fill_schedule::<T>(&therapist, full);
		let id = NextBookingId::<T>::get() + 1;
		Booking::<T>::request_series(
			RawOrigin::Signed(funded::<T>("client", 0)).into(),
			therapist.clone(),
			0,
			slot::<T>(full),
			Format::Video,
			terms::<T>(),
			1,
		)
		.expect("series");
		Booking::<T>::confirm(RawOrigin::Signed(therapist.clone()).into(), id, access()).expect("confirm");
		started::<T>(id);
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist), id, Some(Default::default()));
		assert!(matches!(Bookings::<T>::get(id).map(|b| b.status), Some(BookingStatus::Completed { .. })));
		assert!(Bookings::<T>::contains_key(id + 1), "the series rolled");
	}

	#[benchmark]
	fn dispute() {
		let (therapist, id, client) = confirmed::<T>();
		started::<T>(id);
		Booking::<T>::complete(RawOrigin::Signed(therapist).into(), id, None).expect("complete");
		#[extrinsic_call]
		_(RawOrigin::Signed(client), id);
		assert_eq!(Bookings::<T>::get(id).map(|b| b.status), Some(BookingStatus::Disputed));
	}

	#[benchmark]
	fn resolve_dispute() -> Result<(), BenchmarkError> {
		let (therapist, id, client) = confirmed::<T>();
		started::<T>(id);
		Booking::<T>::complete(RawOrigin::Signed(therapist).into(), id, None).expect("complete");
		Booking::<T>::dispute(RawOrigin::Signed(client).into(), id).expect("dispute");
		PlatformFee::<T>::put(Permill::from_percent(10));
		let origin = T::DisputeOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
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

	/// A series of `n` weekly sessions into a nearly full schedule.
	#[benchmark]
	fn request_series(n: Linear<1, { T::MaxSeriesAhead::get() }>) {
		let therapist = therapist::<T>();
		let full = T::MaxScheduled::get() - 1;
		fill_schedule::<T>(&therapist, full);
		let series = NextBookingId::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(funded::<T>("client", 0)), therapist, 0, slot::<T>(full), Format::Video, terms::<T>(), n);
		assert_eq!(Series::<T>::get(series).map(|s| s.open), Some(n));
	}

	#[benchmark]
	fn end_series() {
		let therapist = therapist::<T>();
		let client = funded::<T>("client", 0);
		let series = NextBookingId::<T>::get();
		Booking::<T>::request_series(RawOrigin::Signed(client.clone()).into(), therapist, 0, slot::<T>(0), Format::Video, terms::<T>(), 1)
			.expect("series");
		#[extrinsic_call]
		_(RawOrigin::Signed(client), series);
		assert!(!Series::<T>::contains_key(series));
	}

	/// Raised with a sponsor paying.
	#[benchmark]
	fn raise_crisis() -> Result<(), BenchmarkError> {
		let client = funded::<T>("client", 0);
		let terms = RequestTerms { payer: Some(sponsor_for::<T>(&client)?), ..terms::<T>() };
		let id = NextBookingId::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(client), Format::Video, terms);
		assert!(CrisisQueue::<T>::contains_key(id));
		Ok(())
	}

	/// Accepted by a therapist with a nearly full schedule.
	#[benchmark]
	fn accept_crisis() {
		let therapist = therapist::<T>();
		fill_schedule::<T>(&therapist, T::MaxScheduled::get() - 1);
		let id = crisis::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist), id, access());
		assert!(Bookings::<T>::contains_key(id));
	}

	#[benchmark]
	fn withdraw_crisis() {
		let id = crisis::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(funded::<T>("crisis", 0)), id);
		assert!(!CrisisQueue::<T>::contains_key(id));
	}

	#[benchmark]
	fn set_crisis_terms() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let terms = CrisisTermsNow::<T>::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, terms);
		Ok(())
	}

	#[benchmark]
	fn approve_sponsor() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let sponsor = funded::<T>("sponsor", 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, sponsor.clone());
		assert!(Sponsors::<T>::contains_key(&sponsor));
		Ok(())
	}

	#[benchmark]
	fn revoke_sponsor() -> Result<(), BenchmarkError> {
		let sponsor = sponsor_for::<T>(&funded::<T>("client", 0))?;
		let origin = governance::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, sponsor.clone());
		assert!(!Sponsors::<T>::contains_key(&sponsor));
		Ok(())
	}

	/// A new coverage, holding its deposit.
	#[benchmark]
	fn cover() -> Result<(), BenchmarkError> {
		let sponsor = sponsor_for::<T>(&funded::<T>("client", 0))?;
		let client = funded::<T>("client", 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(sponsor.clone()), client.clone(), T::MinimumEscrow::get());
		assert!(Coverages::<T>::contains_key(&sponsor, &client));
		Ok(())
	}

	#[benchmark]
	fn uncover() -> Result<(), BenchmarkError> {
		let client = funded::<T>("client", 0);
		let sponsor = sponsor_for::<T>(&client)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(sponsor.clone()), client.clone());
		assert!(!Coverages::<T>::contains_key(&sponsor, &client));
		Ok(())
	}

	#[benchmark]
	fn propose_reschedule() {
		let (_, id, client) = confirmed::<T>();
		let start = slot::<T>(T::MaxScheduled::get() + 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(client), id, start, [4; 32]);
		assert_eq!(Bookings::<T>::get(id).and_then(|b| b.reschedule), Some((start, [4; 32])));
	}

	/// Moving a confirmed session within a full schedule.
	#[benchmark]
	fn accept_reschedule() {
		let (therapist, id, client) = confirmed::<T>();
		let start = slot::<T>(T::MaxScheduled::get() + 1);
		Booking::<T>::propose_reschedule(RawOrigin::Signed(client).into(), id, start, [4; 32]).expect("propose");
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist), id, access());
		assert_eq!(Bookings::<T>::get(id).map(|b| b.start), Some(start));
	}

	#[benchmark]
	fn set_access() {
		let (therapist, id, _) = confirmed::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(therapist), id, access());
		assert!(Bookings::<T>::get(id).is_some_and(|b| b.access.therapist.is_some()));
	}

	/// `n` requests expiring in one block (up to the per-block budget).
	#[benchmark]
	fn expire_due(n: Linear<0, { T::MaxDuePerBlock::get() }>) {
		let therapist = therapist::<T>();
		for k in 0..n {
			requested::<T>(&therapist, k);
		}
		let due = frame_system::Pallet::<T>::block_number().saturating_add(ConfirmationPeriod::<T>::get());
		#[block]
		{
			Booking::<T>::process_due::<ConfirmationDeadlines<T>>(DueQueue::Confirmations, due, Booking::<T>::expire);
		}
		assert_eq!(Bookings::<T>::iter().count(), 0);
	}

	/// `n` completed sessions released in one block.
	#[benchmark]
	fn release_due(n: Linear<0, { T::MaxDuePerBlock::get() }>) {
		let therapist = therapist::<T>();
		let due = frame_system::Pallet::<T>::block_number().saturating_add(1u32.into());
		for k in 0..n {
			let (id, _) = requested::<T>(&therapist, k);
			Booking::<T>::confirm(RawOrigin::Signed(therapist.clone()).into(), id, access()).expect("confirm");
			started::<T>(id);
			Booking::<T>::complete(RawOrigin::Signed(therapist.clone()).into(), id, None).expect("complete");
			// Every release in the same block, whatever the policy's window.
			Releases::<T>::remove(Releases::<T>::iter_keys().find(|(_, b)| *b == id).map(|(at, _)| at).unwrap_or(due), id);
			Releases::<T>::insert(due, id, ());
			Bookings::<T>::mutate(id, |b| {
				if let Some(b) = b {
					b.status = BookingStatus::Completed { release_at: due };
				}
			});
		}
		PlatformFee::<T>::put(Permill::from_percent(10));
		#[block]
		{
			Booking::<T>::process_due::<Releases<T>>(DueQueue::Releases, due, Booking::<T>::release);
		}
		assert_eq!(Bookings::<T>::iter().count(), 0);
	}

	/// `n` crisis requests escalated in one block.
	#[benchmark]
	fn escalate_due(n: Linear<0, { T::MaxDuePerBlock::get() }>) {
		let due = frame_system::Pallet::<T>::block_number().saturating_add(CrisisTermsNow::<T>::get().escalate_after);
		for k in 0..n {
			crisis::<T>(k);
		}
		#[block]
		{
			Booking::<T>::process_due::<Escalations<T>>(DueQueue::Escalations, due, Booking::<T>::escalate);
		}
		assert_eq!(CrisisQueue::<T>::iter().filter(|(_, queued)| queued.escalations == 1).count() as u32, n);
	}

	impl_benchmark_test_suite!(Booking, crate::mock::new_test_ext(), crate::mock::Test);
}

/// The offering the helper's therapists offer as an intensive program of the most sessions.
pub const INTENSIVE_OFFERING: OfferingId = 1;

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
			crisis_on_call: true,
			document: Default::default(),
		};
		let origin: <T as frame_system::Config>::RuntimeOrigin = RawOrigin::Signed(who.clone()).into();
		let _ = pallet_mv_therapists::Pallet::<T>::register(origin.clone(), profile);
		let price = <T as pallet_mv_therapists::Config>::Currency::minimum_balance().saturating_mul(1_000u32.into());
		let kinds = [
			(SessionKind::Standard, Some(price / 2u32.into())),
			(SessionKind::IntensiveProgram { sessions: MAX_PROGRAM_SESSIONS as u8 }, None),
		];
		for (kind, sliding_scale_floor) in kinds {
			let formats = frame_support::BoundedVec::truncate_from(alloc::vec![Format::Video]);
			let offering = Offering { kind, duration_minutes: 50, price, sliding_scale_floor, formats };
			let _ = pallet_mv_therapists::Pallet::<T>::add_offering(origin.clone(), offering);
		}
		let always = alloc::vec![WeeklyWindow { start: 0, length: pallet_mv_therapists::MINUTES_PER_WEEK as u16 }];
		let _ = pallet_mv_therapists::Pallet::<T>::set_availability(origin, always, alloc::vec![]);
		debug_assert!(pallet_mv_therapists::Pallet::<T>::is_bookable(who));
	}

	fn set_time(_now: UnixSeconds) {}
}
