//! What other pallets may ask about credentials, without reading this pallet's storage.

use crate::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;

/// Read access to professional credentials for other pallets (the therapist registry, booking).
pub trait CredentialInspect<AccountId, BlockNumber> {
	/// `who` holds a credential of `kind` (bound to `jurisdiction`, when given) that is valid
	/// now: active, unexpired, from an active issuer through an intact delegation chain.
	fn has_valid(who: &AccountId, kind: KindTag, jurisdiction: Option<Jurisdiction>) -> bool;

	/// As [`Self::has_valid`], with expiry judged at block `at` (e.g. a session's start). Issuer
	/// and delegation status are as they stand now: the chain cannot know future revocations.
	fn has_valid_at(
		who: &AccountId,
		kind: KindTag,
		jurisdiction: Option<Jurisdiction>,
		at: BlockNumber,
	) -> bool;

	/// The latest block until which such a credential is valid (`None` if there is none;
	/// `Some(None)` if one never expires).
	fn valid_until(
		who: &AccountId,
		kind: KindTag,
		jurisdiction: Option<Jurisdiction>,
	) -> Option<Option<BlockNumber>>;

	/// `who` holds a valid professional license in `jurisdiction`: the licensed-therapist check.
	fn is_licensed(who: &AccountId, jurisdiction: Jurisdiction) -> bool {
		Self::has_valid(who, KindTag::ProfessionalLicense, Some(jurisdiction))
	}

	/// `who` completed every training module governance requires.
	fn has_required_training(who: &AccountId) -> bool;

	/// `who` has the continuing-education hours required for the current period (always true
	/// while no requirement is set).
	fn is_ce_compliant(who: &AccountId) -> bool;

	/// Every credential of `who` valid now, with its expiry, in one pass: for callers that
	/// check several requirements at once (the therapist registry's matching) and would
	/// otherwise read the same credentials once per question.
	fn valid_kinds(who: &AccountId) -> Vec<(CredentialKind, Option<BlockNumber>)>;

	/// The training modules governance currently requires.
	fn required_training() -> Vec<TrainingModule>;
}

impl<T: Config> Pallet<T> {
	/// Credentials of `who` valid at block `at`.
	fn valid_credentials_at(
		who: &T::AccountId,
		at: BlockNumberFor<T>,
	) -> impl Iterator<Item = CredentialOf<T>> {
		CredentialsOf::<T>::get(who).into_iter().filter_map(move |id| {
			CredentialById::<T>::get(id)
				.filter(|c| Self::effective_status_of(c, at) == EffectiveStatus::Active)
		})
	}

	/// Credentials of `who` valid now.
	fn valid_credentials(who: &T::AccountId) -> impl Iterator<Item = CredentialOf<T>> {
		Self::valid_credentials_at(who, frame_system::Pallet::<T>::block_number())
	}

	fn matches(credential: &CredentialOf<T>, kind: KindTag, jurisdiction: Option<Jurisdiction>) -> bool {
		credential.kind.tag() == kind &&
			jurisdiction.is_none_or(|wanted| credential.kind.jurisdiction() == Some(wanted))
	}

	/// Continuing-education hours of `who` issued within the last `period` blocks.
	pub fn ce_hours(who: &T::AccountId, period: BlockNumberFor<T>) -> u32 {
		let since = frame_system::Pallet::<T>::block_number().saturating_sub(period);
		Self::valid_credentials(who)
			.filter(|c| c.issued_at > since || since == Default::default())
			.map(|c| match c.kind {
				CredentialKind::ContinuingEducation { hours, .. } => hours as u32,
				_ => 0,
			})
			.fold(0u32, |total, hours| total.saturating_add(hours))
	}
}

impl<T: Config> CredentialInspect<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn has_valid(who: &T::AccountId, kind: KindTag, jurisdiction: Option<Jurisdiction>) -> bool {
		Self::valid_credentials(who).any(|c| Self::matches(&c, kind, jurisdiction))
	}

	fn has_valid_at(
		who: &T::AccountId,
		kind: KindTag,
		jurisdiction: Option<Jurisdiction>,
		at: BlockNumberFor<T>,
	) -> bool {
		Self::valid_credentials_at(who, at).any(|c| Self::matches(&c, kind, jurisdiction))
	}

	fn valid_until(
		who: &T::AccountId,
		kind: KindTag,
		jurisdiction: Option<Jurisdiction>,
	) -> Option<Option<BlockNumberFor<T>>> {
		Self::valid_credentials(who)
			.filter(|c| Self::matches(c, kind, jurisdiction))
			.map(|c| c.valid_until)
			// `None` (never expires) outranks any block number.
			.max_by(|a, b| match (a, b) {
				(None, None) => core::cmp::Ordering::Equal,
				(None, Some(_)) => core::cmp::Ordering::Greater,
				(Some(_), None) => core::cmp::Ordering::Less,
				(Some(x), Some(y)) => x.cmp(y),
			})
	}

	fn has_required_training(who: &T::AccountId) -> bool {
		let completed: Vec<TrainingModule> = Self::valid_credentials(who)
			.filter_map(|c| match c.kind {
				CredentialKind::PlatformTraining { module } => Some(module),
				_ => None,
			})
			.collect();
		RequiredTraining::<T>::get().iter().all(|module| completed.contains(module))
	}

	fn valid_kinds(who: &T::AccountId) -> Vec<(CredentialKind, Option<BlockNumberFor<T>>)> {
		// A professional's credentials mostly share one or two issuers: read each issuer once.
		let now = frame_system::Pallet::<T>::block_number();
		let mut issuers: Vec<(T::AccountId, bool)> = Vec::new();
		let mut issuer_active = |issuer: &T::AccountId| {
			if let Some((_, active)) = issuers.iter().find(|(known, _)| known == issuer) {
				return *active;
			}
			let active = Issuers::<T>::get(issuer).is_some_and(|info| info.status == IssuerStatus::Active);
			issuers.push((issuer.clone(), active));
			active
		};
		CredentialsOf::<T>::get(who)
			.into_iter()
			.filter_map(CredentialById::<T>::get)
			.filter(|c| Self::effective_status_with(c, now, &mut issuer_active) == EffectiveStatus::Active)
			.map(|c| (c.kind, c.valid_until))
			.collect()
	}

	fn required_training() -> Vec<TrainingModule> {
		RequiredTraining::<T>::get().into_inner()
	}

	fn is_ce_compliant(who: &T::AccountId) -> bool {
		match CeRequirement::<T>::get() {
			None => true,
			Some((hours, period)) => Self::ce_hours(who, period) >= hours,
		}
	}
}
