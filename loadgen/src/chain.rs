//! What the load generator needs to know about the chain: how to sign a call for it, and how
//! to read a block's extrinsics, events, weight and time over JSON-RPC.

use crate::rpc::{Result, Rpc};
use codec::{Decode, Encode};
use mentalverse_runtime::{
	configs::RuntimeBlockWeights, AccountId, Runtime, RuntimeCall, RuntimeError, RuntimeEvent, SignedPayload, TxExtension,
	UncheckedExtrinsic,
};
use serde_json::{json, Value};
use frame_support::{
	dispatch::{DispatchClass, PerDispatchClass},
	Blake2_256, StorageHasher, Twox128,
};
use sp_core::{
	bytes::{from_hex, to_hex},
	sr25519, Pair, H256,
};
use sp_runtime::generic::Era;
use sp_weights::Weight;

/// One event of a block, as `System::Events` stores it.
pub type EventRecord = frame_system::EventRecord<RuntimeEvent, H256>;

/// Signs calls for one chain: its genesis hash and runtime version are part of every payload.
pub struct Signer {
	genesis: H256,
	spec_version: u32,
	transaction_version: u32,
}

impl Signer {
	pub fn fetch(rpc: &mut Rpc) -> Result<Self> {
		let genesis = hash_of(&rpc.call("chain_getBlockHash", json!([0]))?)?;
		let version = rpc.call("state_getRuntimeVersion", json!([]))?;
		let field = |name: &str| version[name].as_u64().map(|v| v as u32).ok_or(format!("no {name} in runtime version"));
		Ok(Self { genesis, spec_version: field("specVersion")?, transaction_version: field("transactionVersion")? })
	}

	/// An immortal signed extrinsic of `call` from `signer` with `nonce`, SCALE-encoded.
	/// Immortal: a transaction waiting out a long queue must not expire before inclusion.
	pub fn sign(&self, signer: &sr25519::Pair, nonce: u32, call: RuntimeCall) -> Vec<u8> {
		let extension = extension(nonce);
		let implicit = (
			(),
			(),
			self.spec_version,
			self.transaction_version,
			self.genesis,
			self.genesis,
			(),
			(),
			(),
			None,
			(),
		);
		let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
		let signature = payload.using_encoded(|bytes| signer.sign(bytes));
		UncheckedExtrinsic::new_signed(call, account(signer).into(), signature.into(), extension).encode()
	}
}

/// The transaction extensions of a transaction with `nonce`: no tip, immortal, no metadata hash.
pub fn extension(nonce: u32) -> TxExtension {
	(
		frame_system::AuthorizeCall::<Runtime>::new(),
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
		frame_system::WeightReclaim::<Runtime>::new(),
	)
}

/// The account of a key pair.
pub fn account(pair: &sr25519::Pair) -> AccountId {
	pair.public().into()
}

/// The hash a node gives a transaction: blake2-256 of its encoding.
pub fn transaction_hash(encoded: &[u8]) -> [u8; 32] {
	Blake2_256::hash(encoded)
}

pub fn hex(bytes: &[u8]) -> String {
	to_hex(bytes, false)
}

pub fn hash_of(value: &Value) -> Result<H256> {
	let bytes = from_hex(value.as_str().ok_or("expected a hex hash")?).map_err(|e| format!("{e:?}"))?;
	Ok(H256::from_slice(&bytes))
}

fn storage_key(pallet: &str, item: &str) -> String {
	hex(&[Twox128::hash(pallet.as_bytes()), Twox128::hash(item.as_bytes())].concat())
}

/// The normal-class weight limit of a block: what ordinary transactions may fill.
pub fn normal_weight_limit() -> Weight {
	let weights = RuntimeBlockWeights::get();
	weights.get(DispatchClass::Normal).max_total.unwrap_or(weights.max_block)
}

/// What the load generator reads from each block.
pub struct BlockView {
	/// The hash of every extrinsic, in block order.
	pub extrinsics: Vec<[u8; 32]>,
	pub events: Vec<EventRecord>,
	/// Weight used by normal-class extrinsics (with their base weight).
	pub normal_weight: Weight,
	/// The block's timestamp (ms).
	pub moment: u64,
}

impl BlockView {
	pub fn fetch(rpc: &mut Rpc, number: u32) -> Result<Self> {
		let hash = hash_of(&rpc.call("chain_getBlockHash", json!([number]))?)?;
		let at = format!("{hash:?}");
		let answers = rpc.batch(&[
			("chain_getBlock", json!([at])),
			("state_getStorage", json!([storage_key("System", "Events"), at])),
			("state_getStorage", json!([storage_key("System", "BlockWeight"), at])),
			("state_getStorage", json!([storage_key("Timestamp", "Now"), at])),
		])?;
		let [block, events, weight, moment] =
			<[_; 4]>::try_from(answers).map_err(|_| "four answers expected".to_string())?;
		let block = block.map_err(|e| e.message)?;
		let extrinsics = block["block"]["extrinsics"]
			.as_array()
			.ok_or("block without extrinsics")?
			.iter()
			.map(|x| {
				let bytes = from_hex(x.as_str().unwrap_or_default()).map_err(|e| format!("{e:?}"))?;
				Ok(transaction_hash(&bytes))
			})
			.collect::<Result<Vec<_>>>()?;
		let decode_storage = |answer: std::result::Result<Value, crate::rpc::RpcError>| -> Result<Vec<u8>> {
			let value = answer.map_err(|e| e.message)?;
			match value.as_str() {
				Some(text) => from_hex(text).map_err(|e| format!("{e:?}")),
				None => Ok(Vec::new()),
			}
		};
		let events = Vec::<EventRecord>::decode(&mut &decode_storage(events)?[..])
			.map_err(|e| format!("events of block {number}: {e}"))?;
		let weight = PerDispatchClass::<Weight>::decode(&mut &decode_storage(weight)?[..]).unwrap_or_default();
		let moment = u64::decode(&mut &decode_storage(moment)?[..]).unwrap_or_default();
		Ok(Self { extrinsics, events, normal_weight: *weight.get(DispatchClass::Normal), moment })
	}

	/// Whether extrinsic `index` of this block failed to dispatch.
	pub fn failed(&self, index: usize) -> bool {
		self.failure(index).is_some()
	}

	/// Why extrinsic `index` of this block failed to dispatch, if it did: the pallet error's
	/// name where the runtime knows it.
	pub fn failure(&self, index: usize) -> Option<String> {
		self.events_of(index).find_map(|event| match event {
			RuntimeEvent::System(frame_system::Event::ExtrinsicFailed { dispatch_error, .. }) => Some(
				RuntimeError::from_dispatch_error(*dispatch_error)
					.map_or_else(|| format!("{dispatch_error:?}"), |error| format!("{error:?}")),
			),
			_ => None,
		})
	}

	/// The events emitted by extrinsic `index`.
	pub fn events_of(&self, index: usize) -> impl Iterator<Item = &RuntimeEvent> {
		self.events
			.iter()
			.filter(move |record| record.phase == frame_system::Phase::ApplyExtrinsic(index as u32))
			.map(|record| &record.event)
	}
}

/// The best and the finalized block numbers.
pub fn heads(rpc: &mut Rpc) -> Result<(u32, u32)> {
	let answers = rpc.batch(&[("chain_getHeader", json!([])), ("chain_getFinalizedHead", json!([]))])?;
	let [best, finalized] = <[_; 2]>::try_from(answers).map_err(|_| "two answers expected".to_string())?;
	let best = number_of(&best.map_err(|e| e.message)?)?;
	let finalized_hash = finalized.map_err(|e| e.message)?;
	let finalized = number_of(&rpc.call("chain_getHeader", json!([finalized_hash]))?)?;
	Ok((best, finalized))
}

fn number_of(header: &Value) -> Result<u32> {
	let text = header["number"].as_str().ok_or("header without number")?;
	u32::from_str_radix(text.trim_start_matches("0x"), 16).map_err(|e| e.to_string())
}

/// The next nonce of each account, in one batch.
pub fn next_nonces(rpc: &mut Rpc, accounts: &[AccountId]) -> Result<Vec<u32>> {
	let calls: Vec<(&str, Value)> =
		accounts.iter().map(|who| ("system_accountNextIndex", json!([who.to_string()]))).collect();
	let mut nonces = Vec::with_capacity(accounts.len());
	for chunk in calls.chunks(500) {
		for answer in rpc.batch(chunk)? {
			let value = answer.map_err(|e| e.message)?;
			nonces.push(value.as_u64().ok_or("nonce is not a number")? as u32);
		}
	}
	Ok(nonces)
}
