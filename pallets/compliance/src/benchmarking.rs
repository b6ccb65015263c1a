//! Benchmarks (frame-benchmarking v2) for every call over its worst case: a disclosure (two
//! parties checked) or break-glass access (a review written too), a full prune; and one step
//! of another pallet's process appended through [`AuditTrail`].

use super::*;
use crate::Pallet as Compliance;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::Saturating;

/// What the benchmarks need from the runtime: an account on crisis call, and a clock.
pub trait BenchmarkHelper<AccountId> {
	fn make_on_call(who: &AccountId);
	fn set_now(seconds: UnixSeconds);
}

fn funded<T: Config>(name: &'static str) -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let who: T::AccountId = account(name, 0, 0);
	let plenty = T::ConsentDeposit::get()
		.saturating_add(T::EntryDeposit::get())
		.saturating_add(T::ErasureDeposit::get())
		.saturating_mul(10_000u32.into());
	T::Currency::set_balance(&who, plenty);
	who
}

fn consent<T: Config>(subject: &T::AccountId, grantee: &T::AccountId, purpose: Purpose) -> ConsentId
where
	T::Currency: Mutate<T::AccountId>,
{
	Compliance::<T>::grant_consent(RawOrigin::Signed(subject.clone()).into(), grantee.clone(), purpose, None)
		.expect("grant");
	NextConsentId::<T>::get() - 1
}

/// `n` registered custodians.
fn custodians<T: Config>(n: u32) -> alloc::vec::Vec<T::AccountId> {
	(0..n)
		.map(|i| {
			let custodian: T::AccountId = account("custodian", i, 0);
			Custodians::<T>::insert(&custodian, 0);
			custodian
		})
		.collect()
}

fn erasure<T: Config>(subject: &T::AccountId, custodians: alloc::vec::Vec<T::AccountId>) {
	Compliance::<T>::request_erasure(
		RawOrigin::Signed(subject.clone()).into(),
		H256::repeat_byte(7),
		RecordClass::SessionNote,
		BoundedVec::truncate_from(custodians),
	)
	.expect("request");
}

#[benchmarks(where T::Currency: Mutate<T::AccountId>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn grant_consent() {
		let subject = funded::<T>("subject");
		let grantee = funded::<T>("grantee");
		#[extrinsic_call]
		_(RawOrigin::Signed(subject.clone()), grantee.clone(), Purpose::PsychotherapyNotes, Some(UnixSeconds::MAX));
		assert!(Consents::<T>::contains_key((&subject, &grantee, Purpose::PsychotherapyNotes)));
	}

	#[benchmark]
	fn revoke_consent() {
		let subject = funded::<T>("subject");
		let grantee = funded::<T>("grantee");
		consent::<T>(&subject, &grantee, Purpose::Treatment);
		#[extrinsic_call]
		_(RawOrigin::Signed(subject.clone()), grantee.clone(), Purpose::Treatment);
		assert!(!Consents::<T>::contains_key((&subject, &grantee, Purpose::Treatment)));
	}

	/// A disclosure relying on the recipient's consent, into a trail with entries.
	#[benchmark]
	fn log_access_consented() {
		let subject = funded::<T>("subject");
		let therapist = funded::<T>("therapist");
		let provider = funded::<T>("provider");
		let id = consent::<T>(&subject, &provider, Purpose::PsychotherapyNotes);
		let treatment = consent::<T>(&subject, &therapist, Purpose::Treatment);
		Compliance::<T>::log_access(
			RawOrigin::Signed(therapist.clone()).into(),
			subject.clone(),
			H256::repeat_byte(1),
			RecordClass::SessionNote,
			Purpose::Treatment,
			Action::Access,
			Basis::Consent(treatment),
		)
		.expect("log");
		let before = Trails::<T>::get(&subject).next;
		#[extrinsic_call]
		log_access(
			RawOrigin::Signed(therapist),
			subject.clone(),
			H256::repeat_byte(2),
			RecordClass::PsychotherapyNote,
			Purpose::PsychotherapyNotes,
			Action::Disclosure { recipient: provider },
			Basis::Consent(id),
		);
		assert_eq!(Trails::<T>::get(&subject).next, before + 1);
	}

	/// Another pallet's step, with an actor, appended to a trail that already has entries.
	#[benchmark]
	fn record_process_step() {
		let subject = funded::<T>("subject");
		let therapist = funded::<T>("therapist");
		consent::<T>(&subject, &therapist, Purpose::Treatment);
		let before = Trails::<T>::get(&subject).next;
		let event = AuditEvent::SessionRecordAnchored { booking: u64::MAX, record: H256::repeat_byte(9) };
		#[block]
		{
			<Compliance<T> as AuditTrail<T::AccountId>>::record(&subject, Some(&therapist), event);
		}
		assert_eq!(Trails::<T>::get(&subject).next, before + 1);
	}

	/// Emergency access by an on-call therapist: the entry and a review.
	#[benchmark]
	fn log_access_break_glass() {
		let subject = funded::<T>("subject");
		let on_call = funded::<T>("on-call");
		T::BenchmarkHelper::make_on_call(&on_call);
		#[extrinsic_call]
		log_access(
			RawOrigin::Signed(on_call),
			subject.clone(),
			H256::repeat_byte(3),
			RecordClass::CrisisRecord,
			Purpose::EmergencyContact,
			Action::Access,
			Basis::BreakGlass(Justification::RiskToSelf),
		);
		assert_eq!(Reviews::<T>::iter().count(), 1);
	}

	#[benchmark]
	fn close_review() -> Result<(), BenchmarkError> {
		let subject = funded::<T>("subject");
		let on_call = funded::<T>("on-call");
		T::BenchmarkHelper::make_on_call(&on_call);
		Compliance::<T>::log_access(
			RawOrigin::Signed(on_call).into(),
			subject,
			H256::repeat_byte(3),
			RecordClass::CrisisRecord,
			Purpose::Treatment,
			Action::Access,
			Basis::BreakGlass(Justification::MedicalEmergency),
		)
		.expect("break glass");
		let origin = T::ReviewOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 0, ReviewOutcome::Justified);
		assert!(Reviews::<T>::get(0).is_none());
		Ok(())
	}

	/// `n` entries past retention, each from its own accessor (a hold released per entry).
	#[benchmark]
	fn prune_trail(n: Linear<1, { T::MaxPrune::get() }>) {
		let subject = funded::<T>("subject");
		T::BenchmarkHelper::make_on_call(&subject);
		T::BenchmarkHelper::set_now(1);
		for i in 0..n {
			let accessor: T::AccountId = account("accessor", i, 0);
			T::Currency::set_balance(&accessor, T::EntryDeposit::get().saturating_mul(10u32.into()));
			T::BenchmarkHelper::make_on_call(&accessor);
			Compliance::<T>::log_access(
				RawOrigin::Signed(accessor).into(),
				subject.clone(),
				H256::repeat_byte(5),
				RecordClass::CrisisRecord,
				Purpose::Treatment,
				Action::Access,
				Basis::BreakGlass(Justification::RiskToOthers),
			)
			.expect("log");
		}
		T::BenchmarkHelper::set_now(T::TrailRetention::get().saturating_add(2));
		let caller = funded::<T>("caller");
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), subject.clone());
		assert_eq!(Trails::<T>::get(&subject).first, n as u64);
	}

	#[benchmark]
	fn set_parameter() -> Result<(), BenchmarkError> {
		let origin = T::ParametersOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let retention = GovernedParameter::Retention(RecordClass::PsychotherapyNote, T::MaxRetention::get());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, retention);
		assert_eq!(Retention::<T>::get(RecordClass::PsychotherapyNote), T::MaxRetention::get());
		Ok(())
	}

	#[benchmark]
	fn register_custodian() -> Result<(), BenchmarkError> {
		let origin = T::CustodianOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let custodian: T::AccountId = account("custodian", 0, 0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, custodian.clone());
		assert!(Custodians::<T>::contains_key(&custodian));
		Ok(())
	}

	#[benchmark]
	fn deregister_custodian() -> Result<(), BenchmarkError> {
		let origin = T::CustodianOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let custodian = custodians::<T>(1).remove(0);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, custodian.clone());
		assert!(!Custodians::<T>::contains_key(&custodian));
		Ok(())
	}

	/// `n` custodians named, each checked for duplicates and registration.
	#[benchmark]
	fn request_erasure(n: Linear<1, { T::MaxCustodians::get() }>) {
		let subject = funded::<T>("subject");
		let named = BoundedVec::truncate_from(custodians::<T>(n));
		#[extrinsic_call]
		_(RawOrigin::Signed(subject), H256::repeat_byte(7), RecordClass::SessionRecording, named);
		assert!(Erasures::<T>::contains_key(0));
	}

	/// The last of the most custodians attests: every attestation is looked at.
	#[benchmark]
	fn attest_erasure() {
		let subject = funded::<T>("subject");
		let named = custodians::<T>(T::MaxCustodians::get());
		let last = named.last().cloned().expect("at least one custodian");
		erasure::<T>(&subject, named.clone());
		for custodian in &named[..named.len() - 1] {
			Compliance::<T>::attest_erasure(RawOrigin::Signed(custodian.clone()).into(), 0, H256::repeat_byte(9))
				.expect("attest");
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(last), 0, H256::repeat_byte(9));
		assert!(matches!(Erasures::<T>::get(0).map(|r| r.status), Some(ErasureStatus::Completed { .. })));
	}

	#[benchmark]
	fn close_erasure() {
		let subject = funded::<T>("subject");
		erasure::<T>(&subject, custodians::<T>(T::MaxCustodians::get()));
		#[extrinsic_call]
		_(RawOrigin::Signed(subject), 0);
		assert!(!Erasures::<T>::contains_key(0));
	}

	/// `n` requests past their deadline flagged, and one not yet due examined.
	#[benchmark]
	fn flag_overdue(n: Linear<0, { T::MaxOverduePerBlock::get() }>) {
		let subject = funded::<T>("subject");
		let named = custodians::<T>(1);
		T::BenchmarkHelper::set_now(1);
		for _ in 0..n {
			erasure::<T>(&subject, named.clone());
		}
		T::BenchmarkHelper::set_now(ErasureDeadline::<T>::get().saturating_add(2));
		erasure::<T>(&subject, named);
		#[block]
		{
			Compliance::<T>::flag_overdue_erasures();
		}
		assert_eq!(OverdueCursor::<T>::get(), n as u64);
	}

	impl_benchmark_test_suite!(Compliance, crate::mock::new_bench_ext(), crate::mock::Test);
}
