//! The runtime APIs the node and RPC clients call.

use crate::{
	genesis_config_presets, AccountId, Aura, Balance, Block, BlockNumber, Executive, Grandpa, InherentDataExt, Therapists, Booking, Compliance,
	Nonce, Runtime, RuntimeCall, RuntimeGenesisConfig, SessionKeys, System, TransactionPayment,
	VERSION,
};
use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use mentalverse_runtime_api::ChainInfo;
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_version::RuntimeVersion;

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			// No key-ownership proofs exist without a session pallet (`KeyOwnerProof = Void`).
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl mentalverse_runtime_api::MentalverseApi<Block, Balance> for Runtime {
		fn chain_info() -> ChainInfo<Balance> {
			crate::chain_info()
		}
	}

	impl mentalverse_runtime_api::TherapistsApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn match_therapists(
			criteria: mentalverse_runtime_api::MatchCriteria<Balance>,
			page: u32,
			page_size: u32,
		) -> mentalverse_runtime_api::MatchPage<AccountId, Balance, BlockNumber> {
			Therapists::match_therapists(&criteria, page, page_size)
		}

		fn therapist(who: AccountId) -> Option<mentalverse_runtime_api::TherapistView<Balance, BlockNumber>> {
			Therapists::therapist_view(&who)
		}
	}

	impl mentalverse_runtime_api::BookingApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn upcoming_sessions(
			who: AccountId,
			from: u64,
			to: u64,
		) -> Vec<(mentalverse_runtime_api::BookingId, mentalverse_runtime_api::BookingInfo<AccountId, Balance, BlockNumber>)> {
			Booking::upcoming_sessions(&who, from, to)
		}

		fn crisis_queue() -> Vec<(mentalverse_runtime_api::BookingId, mentalverse_runtime_api::CrisisRequest<AccountId, Balance, BlockNumber>)> {
			Booking::crisis_queue()
		}
	}

	impl mentalverse_runtime_api::ComplianceApi<Block, AccountId, Balance> for Runtime {
		fn has_consent(subject: AccountId, grantee: AccountId, purpose: mentalverse_runtime_api::Purpose) -> bool {
			Compliance::has_consent(&subject, &grantee, purpose)
		}

		fn accounting(
			subject: AccountId,
			from: u64,
			to: u64,
			cursor: Option<mentalverse_runtime_api::EntryIndex>,
			limit: u32,
		) -> mentalverse_runtime_api::AccountingPage<AccountId, Balance> {
			Compliance::accounting(&subject, from, to, cursor, limit)
		}

		fn trail(
			subject: AccountId,
			from: mentalverse_runtime_api::EntryIndex,
			limit: u32,
		) -> mentalverse_runtime_api::AccountingPage<AccountId, Balance> {
			Compliance::trail_entries(&subject, from, limit)
		}

		fn verify_trail(
			subject: AccountId,
			from: mentalverse_runtime_api::EntryIndex,
			entries: Vec<mentalverse_runtime_api::Entry<AccountId, Balance>>,
		) -> mentalverse_runtime_api::TrailCheck {
			Compliance::verify_trail(&subject, from, &entries)
		}

		fn pending_reviews() -> Vec<(mentalverse_runtime_api::ReviewId, mentalverse_runtime_api::Review<AccountId>)> {
			Compliance::pending_reviews()
		}
	}

	impl mentalverse_runtime_api::CredentialsApi<Block, AccountId, BlockNumber> for Runtime {
		fn credentials_of(who: AccountId) -> Vec<mentalverse_runtime_api::CredentialView<AccountId, BlockNumber>> {
			crate::credentials_of(who)
		}

		fn verify_license(
			who: AccountId,
			jurisdiction: mentalverse_runtime_api::Jurisdiction,
		) -> mentalverse_runtime_api::LicenseVerification<BlockNumber> {
			crate::verify_license(who, jurisdiction)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use crate::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, AllPalletsWithSystem::storage_info())
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::WhitelistedStorageKeys;
			use frame_system_benchmarking::Pallet as SystemBench;
			use crate::*;

			impl frame_system_benchmarking::Config for Runtime {}

			let whitelist = AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// try-runtime is an off-chain tool: a failed check must stop it with a backtrace.
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("execute-block failed")
		}
	}
}
