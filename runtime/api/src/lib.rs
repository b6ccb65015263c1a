//! # MentalVerse runtime APIs
//!
//! Runtime APIs behind the node's `mentalverse_` JSON-RPC namespace. Each is a read-only view
//! of the runtime; the node's RPC module (`node/src/rpc`) turns them into JSON for apps.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;

/// Facts about the chain and its token that an app needs before showing any amount.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "std", serde(rename_all = "camelCase"))]
pub struct ChainInfo<Balance> {
	/// Runtime spec name (UTF-8).
	pub spec_name: Vec<u8>,
	/// Runtime spec version.
	pub spec_version: u32,
	/// Token ticker (UTF-8), "MVT".
	pub token_symbol: Vec<u8>,
	/// Decimals of the token.
	pub token_decimals: u8,
	/// SS58 address prefix.
	pub ss58_format: u16,
	/// Smallest balance an account may hold, in base units.
	pub existential_deposit: Balance,
	/// Supply created at genesis, in base units.
	pub genesis_supply: Balance,
	/// Supply now, in base units (genesis supply minus burns plus explicit issuance).
	pub total_issuance: Balance,
	/// Percentage of each transaction fee that is burned.
	pub fee_burn_percent: u8,
	/// Target block time in milliseconds.
	pub block_time_ms: u64,
}

sp_api::decl_runtime_apis! {
	/// Chain-wide facts for apps (`mentalverse_chainInfo`).
	pub trait MentalverseApi<Balance> where Balance: Codec {
		/// Token and runtime facts at the queried block.
		fn chain_info() -> ChainInfo<Balance>;
	}
}
