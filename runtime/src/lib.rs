//! # MentalVerse runtime
//!
//! The state transition function of the MentalVerse chain: a solochain secured by Aura block
//! production and GRANDPA finality, whose native token is MVT (see [`token`]).
//!
//! What it holds, by design, is never personal or clinical data: only pseudonymous accounts,
//! salted commitments, codes and ciphertext envelopes. The domain pallets (credentials,
//! therapists, booking, economy, governance, compliance) plug into this runtime.
//!
//! Layout:
//! - [`configs`]: the `Config` of every pallet;
//! - [`fees`]: where transaction fees go (25% burned, the rest to the block author);
//! - [`genesis_config_presets`]: `development`, `local_testnet` and `production` genesis;
//! - `apis`: the runtime APIs the node calls.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime` and `impl_runtime_apis` expand to large recursive types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

pub mod allocation;
mod apis;
pub use apis::RuntimeApi;
pub mod configs;
pub mod fees;
pub mod genesis_config_presets;
pub mod token;
pub mod weights;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_support::weights::Weight;
pub use mentalverse_runtime_api::{ChainInfo, CredentialView, LicenseVerification};
pub use pallet_balances::Call as BalancesCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;
pub use token::{EXISTENTIAL_DEPOSIT, GENESIS_SUPPLY, MVT};

/// A block number.
pub type BlockNumber = u32;
/// A transaction signature (sr25519, ed25519 or ecdsa).
pub type Signature = MultiSignature;
/// An account: the public key of its signing scheme, so no registry maps keys to accounts.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// An MVT amount in base units (10^-8 MVT).
pub type Balance = u128;
/// A transaction counter per account.
pub type Nonce = u32;
/// A hash of some data.
pub type Hash = sp_core::H256;

/// Types the node uses without knowing this runtime's call and extension types, so it keeps
/// syncing across runtime upgrades that change them.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as sp_runtime::traits::Hash>::Output;
}

impl_opaque_keys! {
	/// The keys a validator registers: one for block production, one for finality.
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

/// Declares [`VERSION`] with the given `spec_version` (a literal: the version also goes into a
/// custom section of the wasm, read without running it).
macro_rules! runtime_version {
	($spec_version:tt) => {
		/// Identifies this runtime; `spec_version` must grow with every upgrade that changes
		/// behaviour.
		#[sp_version::runtime_version]
		pub const VERSION: RuntimeVersion = RuntimeVersion {
			spec_name: alloc::borrow::Cow::Borrowed("mentalverse"),
			impl_name: alloc::borrow::Cow::Borrowed("mentalverse-node"),
			authoring_version: 1,
			spec_version: $spec_version,
			impl_version: 1,
			apis: apis::RUNTIME_API_VERSIONS,
			transaction_version: 1,
			system_version: 1,
		};
	};
}
#[cfg(not(feature = "upgrade-test"))]
runtime_version!(100);
/// The next version, for the runtime-upgrade test only (feature `upgrade-test`).
#[cfg(feature = "upgrade-test")]
runtime_version!(101);

/// Target block time. Aura's slot is this long; changing it on a live chain stops production.
pub const MILLISECS_PER_BLOCK: u64 = 6000;
/// Aura slot duration.
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
/// Blocks per minute, hour and day, for durations measured in blocks.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(4)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(5)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(6)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(7)]
	pub type Utility = pallet_utility;
	/// Development and test networks only: the `production` preset sets no key.
	#[runtime::pallet_index(8)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(9)]
	pub type Vesting = pallet_vesting;

	// Governance.
	#[runtime::pallet_index(10)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(11)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(12)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(13)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(14)]
	pub type Treasury = pallet_treasury;
	#[runtime::pallet_index(15)]
	pub type ConvictionVoting = pallet_conviction_voting;
	#[runtime::pallet_index(16)]
	pub type Referenda = pallet_referenda;
	#[runtime::pallet_index(17)]
	pub type Origins = pallet_mv_origins;

	// MentalVerse pallets, from index 20.
	#[runtime::pallet_index(20)]
	pub type Credentials = pallet_mv_credentials;
	#[runtime::pallet_index(21)]
	pub type Therapists = pallet_mv_therapists;
	#[runtime::pallet_index(22)]
	pub type Booking = pallet_mv_booking;
	#[runtime::pallet_index(23)]
	pub type Economy = pallet_mv_economy;
	#[runtime::pallet_index(24)]
	pub type Compliance = pallet_mv_compliance;
}

/// The address format: an account id, or an index/raw form for other lookups.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The checks every signed transaction passes, in order.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run on the next runtime upgrade, aside from the pallets' own.
type Migrations = ();

/// Dispatches calls to the pallets and runs the block hooks.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[cfg(feature = "runtime-benchmarks")]
mod benches {
	frame_benchmarking::define_benchmarks!(
		[frame_system, SystemBench::<Runtime>]
		[pallet_balances, Balances]
		[pallet_timestamp, Timestamp]
		[pallet_sudo, Sudo]
		[pallet_utility, Utility]
		[pallet_mv_credentials, Credentials]
		[pallet_mv_therapists, Therapists]
		[pallet_mv_booking, Booking]
		[pallet_mv_economy, Economy]
		[pallet_mv_compliance, Compliance]
	);
}

/// The facts `mentalverse_chainInfo` reports, read from this runtime's own constants and state.
pub fn chain_info() -> ChainInfo<Balance> {
	ChainInfo {
		spec_name: VERSION.spec_name.as_bytes().to_vec(),
		spec_version: VERSION.spec_version,
		token_symbol: token::SYMBOL.as_bytes().to_vec(),
		token_decimals: token::DECIMALS,
		ss58_format: token::SS58_PREFIX,
		existential_deposit: token::EXISTENTIAL_DEPOSIT,
		genesis_supply: token::GENESIS_SUPPLY,
		total_issuance: pallet_balances::TotalIssuance::<Runtime>::get(),
		fee_burn_percent: token::FEE_BURN.deconstruct(),
		block_time_ms: MILLISECS_PER_BLOCK,
	}
}

/// Every credential of `who` as apps see it (`mentalverse_credentialsOf`).
pub fn credentials_of(who: AccountId) -> Vec<CredentialView<AccountId, BlockNumber>> {
	Credentials::credentials_of(&who)
		.into_iter()
		.map(|(id, credential, status)| CredentialView {
			id,
			kind: credential.kind,
			issuer: credential.issuer,
			delegation: credential.delegation,
			commitment: credential.commitment.0,
			issued_at: credential.issued_at,
			valid_until: credential.valid_until,
			status,
		})
		.collect()
}

/// The verified-therapist check (`mentalverse_verifyLicense`).
pub fn verify_license(
	who: AccountId,
	jurisdiction: pallet_mv_credentials::Jurisdiction,
) -> LicenseVerification<BlockNumber> {
	use pallet_mv_credentials::{CredentialInspect, KindTag};
	type Inspect = Credentials;
	let valid_until = <Inspect as CredentialInspect<_, _>>::valid_until(
		&who,
		KindTag::ProfessionalLicense,
		Some(jurisdiction),
	);
	LicenseVerification {
		licensed: valid_until.is_some(),
		valid_until: valid_until.flatten(),
		training_complete: <Inspect as CredentialInspect<_, _>>::has_required_training(&who),
		background_checked: <Inspect as CredentialInspect<_, _>>::has_valid(
			&who,
			KindTag::BackgroundCheck,
			Some(jurisdiction),
		),
		ce_compliant: <Inspect as CredentialInspect<_, _>>::is_ce_compliant(&who),
	}
}
