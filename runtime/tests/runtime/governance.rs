use crate::common::*;
use frame_support::traits::EnsureOrigin;
use mentalverse_runtime::{
	configs::governance::{tracks, TracksInfo},
	genesis_config_presets::PRODUCTION_RUNTIME_PRESET,
	token::MVT,
	OriginCaller, RuntimeOrigin, DAYS,
};
use pallet_mv_origins::Origin;
use pallet_referenda::TracksInfo as _;
use sp_genesis_builder::DEV_RUNTIME_PRESET;

#[test]
fn tracks_are_sorted_and_every_origin_has_one() {
	new_test_ext(DEV_RUNTIME_PRESET, 0).execute_with(|| {
		assert_eq!(TracksInfo::check_integrity(), Ok(()));
		let ids: Vec<u16> = TracksInfo::tracks().map(|t| t.id).collect();
		assert_eq!(ids, vec![0, 10, 11, 12, 20, 21, 22]);
		let cases = [
			(OriginCaller::system(frame_system::RawOrigin::Root), tracks::ROOT),
			(OriginCaller::Origins(Origin::SmallSpender), tracks::SMALL_SPENDER),
			(OriginCaller::Origins(Origin::MediumSpender), tracks::MEDIUM_SPENDER),
			(OriginCaller::Origins(Origin::BigSpender), tracks::BIG_SPENDER),
			(OriginCaller::Origins(Origin::CredentialAuthority), tracks::CREDENTIAL_AUTHORITY),
			(OriginCaller::Origins(Origin::ProfessionalStandards), tracks::PROFESSIONAL_STANDARDS),
			(OriginCaller::Origins(Origin::PlatformParameters), tracks::PLATFORM_PARAMETERS),
		];
		for (origin, track) in cases {
			assert_eq!(TracksInfo::track_for(&origin), Ok(track));
		}
		assert!(TracksInfo::track_for(&OriginCaller::system(frame_system::RawOrigin::None)).is_err());
	});
}

#[test]
fn periods_are_blocks_on_development_networks_and_days_in_production() {
	let decision = |preset| {
		new_test_ext(preset, 0).execute_with(|| TracksInfo::info(tracks::ROOT).map(|t| t.decision_period))
	};
	assert_eq!(decision(DEV_RUNTIME_PRESET), Some(20));
	assert_eq!(decision(PRODUCTION_RUNTIME_PRESET), Some(14 * DAYS));
	new_test_ext(PRODUCTION_RUNTIME_PRESET, 0).execute_with(|| {
		let deposit = |id| TracksInfo::info(id).map(|t| t.decision_deposit);
		assert_eq!(deposit(tracks::ROOT), Some(10_000 * MVT));
		assert_eq!(deposit(tracks::PROFESSIONAL_STANDARDS), Some(100 * MVT));
		assert_eq!(deposit(tracks::CREDENTIAL_AUTHORITY), Some(500 * MVT));
	});
}

#[test]
fn spender_tracks_may_spend_up_to_their_thresholds() {
	use mentalverse_runtime::configs::governance::{AnySpend, MediumSpend, SmallSpend};
	type Spend = pallet_mv_origins::Spender<mentalverse_runtime::Balance, SmallSpend, MediumSpend, AnySpend>;
	let most = |origin: Origin| <Spend as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::from(origin)).ok();
	assert_eq!(most(Origin::SmallSpender), Some(10_000 * MVT));
	assert_eq!(most(Origin::MediumSpender), Some(100_000 * MVT));
	assert_eq!(most(Origin::BigSpender), Some(u128::MAX));
	assert_eq!(most(Origin::CredentialAuthority), None);
	type Credential = mentalverse_runtime::configs::governance::CredentialAuthorityOrigin;
	assert!(<Credential as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::from(Origin::CredentialAuthority)).is_ok());
	assert!(<Credential as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::from(Origin::PlatformParameters)).is_err());
	assert!(<Credential as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::root()).is_ok());
}

/// Each privileged call of the custom pallets is dispatched by its own track and refused from a
/// neighbouring one: training rules and fees are platform parameters, disputes and suspensions
/// professional standards, issuers the credential authority.
#[test]
fn privileged_calls_take_their_own_track() {
	use mentalverse_runtime::RuntimeCall;
	use sp_runtime::{traits::Dispatchable, DispatchError, Perbill, Percent, Permill};
	new_test_ext(DEV_RUNTIME_PRESET, 0).execute_with(|| {
		let someone = sp_keyring::Sr25519Keyring::Eve.to_account_id();
		let cases: Vec<(RuntimeCall, Origin, Origin)> = vec![
			(
				pallet_mv_credentials::Call::set_ce_requirement { hours: 40, period: 365 * DAYS }.into(),
				Origin::PlatformParameters,
				Origin::CredentialAuthority,
			),
			(
				pallet_mv_credentials::Call::suspend_issuer { issuer: someone.clone() }.into(),
				Origin::CredentialAuthority,
				Origin::PlatformParameters,
			),
			(
				pallet_mv_booking::Call::set_platform_fee { fee: Permill::from_percent(5) }.into(),
				Origin::PlatformParameters,
				Origin::ProfessionalStandards,
			),
			(
				pallet_mv_booking::Call::resolve_dispute { id: 0, client_share: Percent::from_percent(50) }.into(),
				Origin::ProfessionalStandards,
				Origin::PlatformParameters,
			),
			(
				pallet_mv_therapists::Call::suspend {
					therapist: someone.clone(),
					reason: pallet_mv_therapists::SuspensionReason::EthicsViolation,
				}
				.into(),
				Origin::ProfessionalStandards,
				Origin::CredentialAuthority,
			),
			(
				pallet_mv_economy::Call::set_inflation_cap { cap: Perbill::from_percent(2) }.into(),
				Origin::PlatformParameters,
				Origin::ProfessionalStandards,
			),
			(
				pallet_mv_compliance::Call::close_review { review: 0, outcome: pallet_mv_compliance::ReviewOutcome::Justified }
					.into(),
				Origin::ProfessionalStandards,
				Origin::PlatformParameters,
			),
			(
				pallet_mv_compliance::Call::set_parameter {
					parameter: pallet_mv_compliance::GovernedParameter::ErasureDeadline(14 * 86_400),
				}
				.into(),
				Origin::PlatformParameters,
				Origin::CredentialAuthority,
			),
			(
				pallet_mv_compliance::Call::register_custodian { custodian: someone.clone() }.into(),
				Origin::PlatformParameters,
				Origin::ProfessionalStandards,
			),
		];
		for (call, allowed, refused) in cases {
			let refusal = call.clone().dispatch(RuntimeOrigin::from(refused.clone())).map_err(|e| e.error);
			assert_eq!(refusal, Err(DispatchError::BadOrigin), "{call:?} from {refused:?}");
			// Past the origin check the call may still fail on its input (no such dispute).
			let accepted = call.clone().dispatch(RuntimeOrigin::from(allowed.clone())).map_err(|e| e.error);
			assert_ne!(accepted, Err(DispatchError::BadOrigin), "{call:?} from {allowed:?}");
		}
	});
}
