//! Synthetic professionals for load and matching benchmarks (genesis
//! `synthetic_professionals`): accounts derived from a number, each holding a license in one
//! of ten US states, a US background check and every training module, issued by one synthetic
//! issuer, with no deposits. Zero on every real network.

use crate::*;
use codec::Decode;
use frame_system::pallet_prelude::BlockNumberFor;
use frame_support::BoundedVec;
use sp_runtime::traits::{BlakeTwo256, Bounded, Hash, TrailingZeroInput};

const STATES: [[u8; 2]; 10] =
	[*b"CA", *b"NY", *b"TX", *b"FL", *b"WA", *b"IL", *b"MA", *b"PA", *b"OH", *b"GA"];

/// An account no one holds the key of, derived from a label and a number (`None` only for an
/// account type that cannot be decoded from hash bytes; nothing is created then).
pub fn account<AccountId: Decode>(label: &[u8], i: u32) -> Option<AccountId> {
	let entropy = BlakeTwo256::hash_of(&(b"mv/synthetic", label, i));
	AccountId::decode(&mut TrailingZeroInput::new(entropy.as_ref())).ok()
}

/// Synthetic professional number `i` and the jurisdiction of its license.
pub fn professional<AccountId: Decode>(i: u32) -> Option<(AccountId, Jurisdiction)> {
	let state = STATES[i as usize % STATES.len()];
	Some((account(b"professional", i)?, Jurisdiction { country: *b"US", region: [state[0], state[1], 0] }))
}

impl<T: Config> Pallet<T> {
	/// Accredits the synthetic issuer and gives `count` synthetic professionals valid credentials.
	pub(crate) fn create_synthetic_professionals(count: u32) {
		let Some(issuer) = account::<T::AccountId>(b"issuer", 0) else { return };
		let jurisdictions = STATES
			.iter()
			.map(|s| Jurisdiction { country: *b"US", region: [s[0], s[1], 0] })
			.chain([Jurisdiction::country(*b"US")]);
		Issuers::<T>::insert(
			&issuer,
			IssuerInfo {
				status: IssuerStatus::Active,
				kinds: BoundedVec::truncate_from(alloc::vec![
					KindTag::ProfessionalLicense,
					KindTag::BackgroundCheck,
					KindTag::PlatformTraining,
				]),
				jurisdictions: BoundedVec::truncate_from(jurisdictions.collect()),
			},
		);
		for i in 0..count {
			let Some((subject, jurisdiction)) = professional::<T::AccountId>(i) else { return };
			let kinds = [
				CredentialKind::ProfessionalLicense {
					jurisdiction,
					class: LicenseClass::Lpc,
					license_number: BlakeTwo256::hash_of(&(b"license", i)),
				},
				CredentialKind::BackgroundCheck { jurisdiction: Jurisdiction::country(*b"US") },
			]
			.into_iter()
			.chain(TrainingModule::ALL.iter().map(|module| CredentialKind::PlatformTraining { module: *module }));
			for kind in kinds {
				let valid_until = kind.requires_expiry().then(BlockNumberFor::<T>::max_value);
				Self::store_synthetic(&issuer, &subject, kind, valid_until);
			}
		}
	}

	fn store_synthetic(
		issuer: &T::AccountId,
		subject: &T::AccountId,
		kind: CredentialKind,
		valid_until: Option<BlockNumberFor<T>>,
	) {
		let id = NextCredentialId::<T>::get();
		let commitment = BlakeTwo256::hash_of(&(b"mv/synthetic-credential", id));
		if CredentialsOf::<T>::try_mutate(subject, |ids| ids.try_push(id)).is_err() {
			return;
		}
		NextCredentialId::<T>::put(id.saturating_add(1));
		CommitmentIndex::<T>::insert(commitment, id);
		if let Some(until) = valid_until {
			ExpiryQueue::<T>::insert(until, id, ());
		}
		CredentialById::<T>::insert(
			id,
			Credential {
				subject: subject.clone(),
				kind,
				issuer: issuer.clone(),
				delegation: None,
				commitment,
				issued_at: Default::default(),
				valid_until,
				status: CredentialStatus::Active,
				depositor: subject.clone(),
				deposit: Default::default(),
			},
		);
	}
}
