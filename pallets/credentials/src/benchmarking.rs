//! Benchmarks (frame-benchmarking v2) for every call and the expiry sweep, each over its worst
//! case: the deepest delegation chain, full lists, full sweep budget.

use super::*;
use crate::Pallet as Credentials;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, EnsureOrigin, Get, Hooks};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::{One, Saturating};

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	// Enough for a thousand large deposits, far from overflowing total issuance.
	let amount = Credentials::<T>::deposit_for(10_000).saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

/// A distinct commitment for each `n`.
fn commitment(n: u32) -> H256 {
	let mut bytes = [0xC0; 32];
	bytes[..4].copy_from_slice(&n.to_le_bytes());
	H256(bytes)
}

const US_CA: Jurisdiction = Jurisdiction { country: *b"US", region: *b"CA\0" };

fn license() -> CredentialKind {
	CredentialKind::ProfessionalLicense {
		jurisdiction: US_CA,
		class: LicenseClass::Lcsw,
		license_number: H256::repeat_byte(1),
	}
}

fn all_kinds() -> Vec<KindTag> {
	vec![
		KindTag::ProfessionalLicense,
		KindTag::AcademicDegree,
		KindTag::BoardCertification,
		KindTag::BackgroundCheck,
		KindTag::ContinuingEducation,
		KindTag::PlatformTraining,
	]
}

/// An accredited root issuer and a delegation chain `depth` deep below it; returns the issuer,
/// the deepest delegate and its delegation id.
fn chain<T: Config>(depth: u32) -> (T::AccountId, T::AccountId, Option<DelegationId>) {
	let issuer = funded::<T>("issuer", 0);
	let origin = T::GovernanceOrigin::try_successful_origin().expect("governance origin");
	Credentials::<T>::accredit_issuer(origin, issuer.clone(), all_kinds(), vec![US_CA])
		.expect("accredit");
	let (mut who, mut parent) = (issuer.clone(), None);
	for level in 0..depth {
		let next = funded::<T>("delegate", level);
		Credentials::<T>::add_delegation(
			RawOrigin::Signed(who.clone()).into(),
			parent,
			next.clone(),
			true,
			true,
		)
		.expect("delegate");
		parent = Some(NextDelegationId::<T>::get() - 1);
		who = next;
	}
	(issuer, who, parent)
}

fn issue_one<T: Config>(
	who: &T::AccountId,
	delegation: Option<DelegationId>,
	subject: &T::AccountId,
	n: u32,
) -> CredentialId {
	let until = frame_system::Pallet::<T>::block_number() + 100u32.into();
	Credentials::<T>::issue(
		RawOrigin::Signed(who.clone()).into(),
		subject.clone(),
		license(),
		commitment(n),
		Some(until),
		delegation,
	)
	.expect("issue");
	NextCredentialId::<T>::get() - 1
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn accredit_issuer(
		k: Linear<1, { T::MaxKindsPerIssuer::get().min(6) }>,
		j: Linear<0, { T::MaxJurisdictionsPerIssuer::get().min(26) }>,
	) -> Result<(), BenchmarkError> {
		let origin = T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let issuer = funded::<T>("issuer", 0);
		let kinds = all_kinds().into_iter().take(k as usize).collect::<Vec<_>>();
		let jurisdictions =
			(0..j).map(|i| Jurisdiction::country([b'A' + (i % 26) as u8, b'A'])).collect::<Vec<_>>();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone(), kinds, jurisdictions);
		assert!(Issuers::<T>::contains_key(&issuer));
		Ok(())
	}

	#[benchmark]
	fn suspend_issuer() -> Result<(), BenchmarkError> {
		let (issuer, _, _) = chain::<T>(0);
		let origin = T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone());
		assert_eq!(Issuers::<T>::get(&issuer).unwrap().status, IssuerStatus::Suspended);
		Ok(())
	}

	#[benchmark]
	fn reinstate_issuer() -> Result<(), BenchmarkError> {
		let (issuer, _, _) = chain::<T>(0);
		let origin = T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		Credentials::<T>::suspend_issuer(origin.clone(), issuer.clone()).expect("suspend");
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone());
		assert_eq!(Issuers::<T>::get(&issuer).unwrap().status, IssuerStatus::Active);
		Ok(())
	}

	#[benchmark]
	fn remove_issuer() -> Result<(), BenchmarkError> {
		let (issuer, _, _) = chain::<T>(0);
		let origin = T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone());
		assert!(!Issuers::<T>::contains_key(&issuer));
		Ok(())
	}

	#[benchmark]
	fn add_delegation(d: Linear<1, { T::MaxDelegationDepth::get() as u32 }>) {
		let (_, parent_delegate, parent) = chain::<T>(d - 1);
		let delegate = funded::<T>("new", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(parent_delegate), parent, delegate, true, true);
		assert_eq!(NextDelegationId::<T>::get(), d as u64);
	}

	#[benchmark]
	fn revoke_delegation(d: Linear<1, { T::MaxDelegationDepth::get() as u32 }>) {
		let (issuer, _, deepest) = chain::<T>(d);
		let id = deepest.unwrap();
		// The root issuer revokes the deepest delegation: the longest walk up the chain.
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id);
		assert!(!Delegations::<T>::contains_key(id));
	}

	#[benchmark]
	fn issue(d: Linear<0, { T::MaxDelegationDepth::get() as u32 }>) {
		let (_, who, delegation) = chain::<T>(d);
		let subject = funded::<T>("subject", 0);
		for n in 0..T::MaxCredentialsPerSubject::get().saturating_sub(1) {
			issue_one::<T>(&who, delegation, &subject, n + 1_000);
		}
		let until = frame_system::Pallet::<T>::block_number() + 100u32.into();
		#[extrinsic_call]
		_(RawOrigin::Signed(who), subject.clone(), license(), H256::repeat_byte(9), Some(until), delegation);
		assert_eq!(CredentialsOf::<T>::get(&subject).len() as u32, T::MaxCredentialsPerSubject::get());
	}

	#[benchmark]
	fn renew(d: Linear<0, { T::MaxDelegationDepth::get() as u32 }>) {
		let (issuer, who, delegation) = chain::<T>(d);
		let subject = funded::<T>("subject", 0);
		let id = issue_one::<T>(&who, delegation, &subject, 0);
		let until = frame_system::Pallet::<T>::block_number() + 200u32.into();
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, until);
		assert_eq!(CredentialById::<T>::get(id).unwrap().valid_until, Some(until));
	}

	#[benchmark]
	fn suspend(d: Linear<0, { T::MaxDelegationDepth::get() as u32 }>) {
		let (issuer, who, delegation) = chain::<T>(d);
		let subject = funded::<T>("subject", 0);
		let id = issue_one::<T>(&who, delegation, &subject, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id);
		assert_eq!(CredentialById::<T>::get(id).unwrap().status, CredentialStatus::Suspended);
	}

	#[benchmark]
	fn reinstate(d: Linear<0, { T::MaxDelegationDepth::get() as u32 }>) {
		let (issuer, who, delegation) = chain::<T>(d);
		let subject = funded::<T>("subject", 0);
		let id = issue_one::<T>(&who, delegation, &subject, 0);
		Credentials::<T>::suspend(RawOrigin::Signed(issuer.clone()).into(), id).expect("suspend");
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id);
		assert_eq!(CredentialById::<T>::get(id).unwrap().status, CredentialStatus::Active);
	}

	#[benchmark]
	fn revoke(d: Linear<0, { T::MaxDelegationDepth::get() as u32 }>) {
		let (issuer, who, delegation) = chain::<T>(d);
		let subject = funded::<T>("subject", 0);
		let id = issue_one::<T>(&who, delegation, &subject, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id);
		assert_eq!(CredentialById::<T>::get(id).unwrap().status, CredentialStatus::Revoked);
	}

	#[benchmark]
	fn remove(c: Linear<1, { T::MaxCredentialsPerSubject::get() }>) {
		let (issuer, _, _) = chain::<T>(0);
		let subject = funded::<T>("subject", 0);
		let ids: Vec<_> = (0..c).map(|n| issue_one::<T>(&issuer, None, &subject, n)).collect();
		let id = ids[ids.len() - 1];
		Credentials::<T>::revoke(RawOrigin::Signed(issuer.clone()).into(), id).expect("revoke");
		#[extrinsic_call]
		_(RawOrigin::Signed(subject), id);
		assert!(!CredentialById::<T>::contains_key(id));
	}

	#[benchmark]
	fn set_ce_requirement() -> Result<(), BenchmarkError> {
		let origin = T::RequirementsOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 40, 1_000u32.into());
		assert!(CeRequirement::<T>::get().is_some());
		Ok(())
	}

	#[benchmark]
	fn set_required_training() -> Result<(), BenchmarkError> {
		let origin = T::RequirementsOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let modules = TrainingSet::truncate_from(vec![
			TrainingModule::Web3Fundamentals,
			TrainingModule::PlatformNavigation,
			TrainingModule::SecurityProtocols,
			TrainingModule::EthicalGuidelines,
			TrainingModule::CrisisManagement,
		]);
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, modules);
		assert_eq!(RequiredTraining::<T>::get().len(), 5);
		Ok(())
	}

	/// `e` expiries recorded and `b` empty blocks walked in one `on_initialize`.
	#[benchmark]
	fn on_initialize_sweep(
		e: Linear<0, { T::MaxExpiriesPerBlock::get() }>,
		b: Linear<0, { T::MaxExpiriesPerBlock::get().saturating_sub(2) }>,
	) {
		let (issuer, _, _) = chain::<T>(0);
		let start = frame_system::Pallet::<T>::block_number();
		let due = start + b.into() + One::one();
		for n in 0..e {
			let subject = funded::<T>("subject", n);
			Credentials::<T>::issue(
				RawOrigin::Signed(issuer.clone()).into(),
				subject,
				license(),
				commitment(n),
				Some(due),
				None,
			)
			.expect("issue");
		}
		SweepCursor::<T>::put(start);
		frame_system::Pallet::<T>::set_block_number(due);
		#[block]
		{
			Credentials::<T>::on_initialize(due);
		}
		assert!(ExpiryQueue::<T>::iter_prefix(due).next().is_none());
	}

	impl_benchmark_test_suite!(Credentials, crate::mock::new_test_ext(), crate::mock::Test);
}
