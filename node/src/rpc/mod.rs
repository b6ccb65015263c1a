//! The node's JSON-RPC: Substrate's standard methods plus the ones added here.
//!
//! - `system_accountNextIndex` (account nonce) and `payment_queryInfo`/`payment_queryFeeDetails`;
//! - the `mentalverse_` namespace: chain and credentials ([`mentalverse`]), therapist search
//!   ([`therapists`]), upcoming sessions and the crisis queue ([`booking`]), consents and the
//!   audit trail ([`compliance`]).

pub mod booking;
pub mod compliance;
pub mod mentalverse;
pub mod therapists;

use jsonrpsee::RpcModule;
use mentalverse_runtime::{opaque::Block, AccountId, Balance, Nonce};
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use std::sync::Arc;

/// What the RPC handlers need from the node.
pub struct FullDeps<C, P> {
	/// The client, to read chain state and call runtime APIs.
	pub client: Arc<C>,
	/// The transaction pool, for nonces that count pending transactions.
	pub pool: Arc<P>,
}

/// Builds the RPC methods this node adds to the standard ones.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: mentalverse_runtime_api::MentalverseApi<Block, Balance>,
	C::Api: mentalverse_runtime_api::CredentialsApi<Block, AccountId, mentalverse_runtime::BlockNumber>,
	C::Api: mentalverse_runtime_api::TherapistsApi<Block, AccountId, Balance, mentalverse_runtime::BlockNumber>,
	C::Api: mentalverse_runtime_api::BookingApi<Block, AccountId, Balance, mentalverse_runtime::BlockNumber>,
	C::Api: mentalverse_runtime_api::ComplianceApi<Block, AccountId, Balance>,
	C::Api: BlockBuilder<Block>,
	P: TransactionPool + 'static,
{
	use booking::{BookingRpcServer, Bookings};
	use compliance::{Compliance, ComplianceRpcServer};
	use mentalverse::{Mentalverse, MentalverseApiServer};
	use therapists::{Therapists, TherapistsRpcServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Mentalverse::new(client.clone()).into_rpc())?;
	module.merge(Therapists::new(client.clone()).into_rpc())?;
	module.merge(Bookings::new(client.clone()).into_rpc())?;
	module.merge(Compliance::new(client).into_rpc())?;

	Ok(module)
}
