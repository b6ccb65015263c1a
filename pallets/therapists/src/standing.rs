//! Standing: whether a listed therapist holds every required credential *now*.

use crate::*;
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_mv_credentials::{CredentialInspect, CredentialKind, Jurisdiction, TrainingModule};

/// What the credentials pallet says about a therapist's requirements.
#[derive(
	Clone, PartialEq, Eq, Debug, codec::Encode, codec::Decode, scale_info::TypeInfo,
	serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Verification<BlockNumber> {
	/// A valid license in one of the profile's jurisdictions.
	pub licensed: bool,
	pub background_checked: bool,
	pub training_complete: bool,
	/// When all of them hold, the block at which the first of them expires (`None`: never).
	pub verified_until: Option<BlockNumber>,
}

impl<B> Verification<B> {
	pub fn is_complete(&self) -> bool {
		self.licensed && self.background_checked && self.training_complete
	}
}

/// The later of two expiries, where `None` means "never expires".
fn later<B: Ord>(a: Option<Option<B>>, b: Option<B>) -> Option<Option<B>> {
	Some(match (a, b) {
		(None, b) => b,
		(Some(None), _) | (_, None) => None,
		(Some(Some(a)), Some(b)) => Some(a.max(b)),
	})
}

/// The earlier of two expiries, where `None` means "never expires".
fn earlier<B: Ord>(a: Option<B>, b: Option<B>) -> Option<B> {
	match (a, b) {
		(None, b) | (b, None) => b,
		(Some(a), Some(b)) => Some(a.min(b)),
	}
}

/// What a set of valid credentials proves, in one pass.
pub(crate) struct Evidence<B> {
	valid: Vec<(CredentialKind, Option<B>)>,
}

impl<B: Ord + Copy> Evidence<B> {
	/// The latest expiry among valid credentials `accept` picks (`None` if there is none).
	fn until(&self, accept: impl Fn(&CredentialKind) -> bool) -> Option<Option<B>> {
		self.valid.iter().filter(|(kind, _)| accept(kind)).fold(None, |best, (_, u)| later(best, *u))
	}

	/// A valid license in `jurisdiction`.
	pub(crate) fn licensed_in(&self, jurisdiction: &Jurisdiction) -> bool {
		self.until(|k| matches!(k, CredentialKind::ProfessionalLicense { jurisdiction: j, .. } if j == jurisdiction))
			.is_some()
	}

	pub(crate) fn verification(&self, profile: &Profile, required: &[TrainingModule]) -> Verification<B> {
		let license = self.until(|k| {
			matches!(k, CredentialKind::ProfessionalLicense { jurisdiction, .. } if profile.jurisdictions.contains(jurisdiction))
		});
		let background = self.until(|k| matches!(k, CredentialKind::BackgroundCheck { .. }));
		let training: Option<Vec<Option<B>>> = required
			.iter()
			.map(|module| self.until(|k| matches!(k, CredentialKind::PlatformTraining { module: m } if m == module)))
			.collect();
		let verified_until = match (license, background, &training) {
			(Some(l), Some(b), Some(t)) => t.iter().fold(earlier(l, b), |acc, u| earlier(acc, *u)),
			_ => None,
		};
		Verification {
			licensed: license.is_some(),
			background_checked: background.is_some(),
			training_complete: training.is_some(),
			verified_until,
		}
	}
}

impl<T: Config> Pallet<T> {
	pub(crate) fn evidence(who: &T::AccountId) -> Evidence<BlockNumberFor<T>> {
		Evidence { valid: T::Credentials::valid_kinds(who) }
	}

	/// The credential requirements of `who` as they stand now.
	pub fn verification(who: &T::AccountId) -> Option<Verification<BlockNumberFor<T>>> {
		let profile = Profiles::<T>::get(who)?;
		Some(Self::evidence(who).verification(&profile, &T::Credentials::required_training()))
	}

	/// How `who` reads now; `None` if not registered.
	pub fn standing(who: &T::AccountId) -> Option<Standing> {
		let record = Records::<T>::get(who)?;
		Some(match record.status {
			ListingStatus::Paused => Standing::Paused,
			ListingStatus::Suspended(reason) => Standing::Suspended(reason),
			ListingStatus::Listed => match Self::verification(who) {
				Some(v) if v.is_complete() => Standing::Active,
				_ => Standing::PendingVerification,
			},
		})
	}
}
