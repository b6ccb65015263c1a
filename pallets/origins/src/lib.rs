//! # Origins pallet: MentalVerse's governance origins
//!
//! The custom origins that OpenGov tracks dispatch with (as Polkadot's runtimes define theirs),
//! and the `EnsureOrigin` types the other pallets' privileged calls take:
//!
//! | origin | track | may |
//! |---|---|---|
//! | [`Origin::SmallSpender`] | small spender | spend < 10,000 MVT from the treasury |
//! | [`Origin::MediumSpender`] | medium spender | spend up to 100,000 MVT |
//! | [`Origin::BigSpender`] | big spender | spend any amount |
//! | [`Origin::CredentialAuthority`] | credential authority | accredit, suspend and remove credential issuers |
//! | [`Origin::ProfessionalStandards`] | professional standards | suspend and reinstate therapists, resolve booking disputes |
//! | [`Origin::PlatformParameters`] | platform parameters | fees, bounds, staking terms, CE hours, required training |
//!
//! Root (the root track, or sudo on development networks) may do all of them.

#![cfg_attr(not(feature = "std"), no_std)]

pub use pallet::*;

#[frame_support::pallet]
pub mod pallet {
	use frame_support::pallet_prelude::*;

	#[pallet::config]
	pub trait Config: frame_system::Config {}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Governance periods are short (a few blocks) on development and local networks, so that
	/// votes and end-to-end tests finish in a minute; realistic (days) on the production chain.
	#[pallet::storage]
	pub type FastGovernance<T: Config> = StorageValue<_, bool, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub fast_governance: bool,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			FastGovernance::<T>::put(self.fast_governance);
		}
	}

	/// What a passed referendum on a MentalVerse track may do.
	#[derive(
		PartialEq, Eq, Clone, Copy, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo,
		Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		SmallSpender,
		MediumSpender,
		BigSpender,
		CredentialAuthority,
		ProfessionalStandards,
		PlatformParameters,
	}
}

/// `EnsureOrigin` for one of the unit origins.
macro_rules! ensure_origin {
	($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
		$(#[$meta])*
		pub struct $name;
		impl<O: Into<Result<Origin, O>> + From<Origin>> frame_support::traits::EnsureOrigin<O> for $name {
			type Success = ();
			fn try_origin(o: O) -> Result<Self::Success, O> {
				o.into().and_then(|origin| match origin {
					Origin::$name => Ok(()),
					other => Err(O::from(other)),
				})
			}
			#[cfg(feature = "runtime-benchmarks")]
			fn try_successful_origin() -> Result<O, ()> {
				Ok(O::from(Origin::$name))
			}
		}
	)+};
}

ensure_origin! {
	/// A passed credential-authority referendum.
	CredentialAuthority,
	/// A passed professional-standards referendum.
	ProfessionalStandards,
	/// A passed platform-parameters referendum.
	PlatformParameters,
}

/// A treasury spender: succeeds with the most its track may spend.
pub struct Spender<Balance, Small, Medium, Big>(core::marker::PhantomData<(Balance, Small, Medium, Big)>);

impl<O, Balance, Small, Medium, Big> frame_support::traits::EnsureOrigin<O> for Spender<Balance, Small, Medium, Big>
where
	O: Into<Result<Origin, O>> + From<Origin>,
	Small: frame_support::traits::Get<Balance>,
	Medium: frame_support::traits::Get<Balance>,
	Big: frame_support::traits::Get<Balance>,
{
	type Success = Balance;
	fn try_origin(o: O) -> Result<Balance, O> {
		o.into().and_then(|origin| match origin {
			Origin::SmallSpender => Ok(Small::get()),
			Origin::MediumSpender => Ok(Medium::get()),
			Origin::BigSpender => Ok(Big::get()),
			other => Err(O::from(other)),
		})
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(O::from(Origin::BigSpender))
	}
}
