//! # MentalVerse runtime APIs
//!
//! Runtime APIs behind the node's `mentalverse_` JSON-RPC namespace. Each is a read-only view
//! of the runtime; the node's RPC module (`node/src/rpc`) turns them into JSON for apps.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;

pub use pallet_mv_credentials::types::{
	CredentialId, CredentialKind, DelegationId, EffectiveStatus, Jurisdiction, KindTag,
};
pub use pallet_mv_booking::{
	types as booking_types, BookingId, BookingInfo, BookingStatus, CrisisRequest, Service,
};
pub use pallet_mv_compliance::types::{
	self as compliance_types, AccountingPage, Entry, EntryIndex, Purpose, Review, ReviewId, TrailCheck,
};
pub use pallet_mv_therapists::{
	matching::{MatchCriteria, MatchPage, MatchResult, TherapistView, TimeSpan},
	types as therapist_types, Verification,
};

/// Facts about the chain and its token that an app needs before showing any amount.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
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

/// One credential as apps see it: what it attests and how it reads now. The commitment is
/// included so a holder of the off-chain document can check it; it reveals nothing by itself.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct CredentialView<AccountId, BlockNumber> {
	pub id: CredentialId,
	pub kind: CredentialKind,
	pub issuer: AccountId,
	pub delegation: Option<DelegationId>,
	pub commitment: [u8; 32],
	pub issued_at: BlockNumber,
	pub valid_until: Option<BlockNumber>,
	pub status: EffectiveStatus,
}

/// The one-call answer for a "verified therapist" badge.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct LicenseVerification<BlockNumber> {
	/// A valid professional license in the jurisdiction is held now.
	pub licensed: bool,
	/// Until which block the longest-lasting such license is valid.
	pub valid_until: Option<BlockNumber>,
	/// Every required platform-training module is completed.
	pub training_complete: bool,
	/// A valid background check is held (in the same jurisdiction).
	pub background_checked: bool,
	/// Continuing-education hours for the current period are met.
	pub ce_compliant: bool,
}

sp_api::decl_runtime_apis! {
	/// Chain-wide facts for apps (`mentalverse_chainInfo`).
	pub trait MentalverseApi<Balance> where Balance: Codec {
		/// Token and runtime facts at the queried block.
		fn chain_info() -> ChainInfo<Balance>;
	}

	/// Professional credentials for apps (`mentalverse_credentialsOf`, `mentalverse_verifyLicense`).
	pub trait CredentialsApi<AccountId, BlockNumber> where AccountId: Codec, BlockNumber: Codec {
		/// Every credential of `who`, with its status at the queried block.
		fn credentials_of(who: AccountId) -> Vec<CredentialView<AccountId, BlockNumber>>;
		/// Whether `who` is a licensed therapist in `jurisdiction`, and until when.
		fn verify_license(who: AccountId, jurisdiction: Jurisdiction) -> LicenseVerification<BlockNumber>;
	}

	/// The therapist registry for apps (`mentalverse_matchTherapists`, `mentalverse_therapist`).
	pub trait TherapistsApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// Active therapists meeting `criteria`, ranked; page `page` (from 0) of `page_size`
		/// (1 to 50) results.
		fn match_therapists(
			criteria: MatchCriteria<Balance>,
			page: u32,
			page_size: u32,
		) -> MatchPage<AccountId, Balance, BlockNumber>;
		/// Everything public about `who`, with its standing at the queried block.
		fn therapist(who: AccountId) -> Option<TherapistView<Balance, BlockNumber>>;
	}

	/// Bookings for apps and reminder services (`mentalverse_upcomingSessions`,
	/// `mentalverse_crisisQueue`).
	pub trait BookingApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// `who`'s requested or confirmed bookings (as client or therapist) with a session
		/// starting in `[from, to)` (Unix seconds), by start.
		fn upcoming_sessions(
			who: AccountId,
			from: u64,
			to: u64,
		) -> Vec<(BookingId, BookingInfo<AccountId, Balance, BlockNumber>)>;
		/// Crisis requests waiting for an on-call therapist, oldest first.
		fn crisis_queue() -> Vec<(BookingId, CrisisRequest<AccountId, Balance, BlockNumber>)>;
	}

	/// Consents and the audit trail (`mentalverse_hasConsent`,
	/// `mentalverse_accountingOfDisclosures`, `mentalverse_auditTrail`,
	/// `mentalverse_verifyAuditTrail`, `mentalverse_pendingReviews`).
	pub trait ComplianceApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// Whether `grantee` holds `subject`'s consent for `purpose` now.
		fn has_consent(subject: AccountId, grantee: AccountId, purpose: Purpose) -> bool;
		/// `subject`'s accesses and disclosures logged in `[from, to]` (Unix seconds), a page of
		/// at most `limit` from `cursor` (the previous page's `next`).
		fn accounting(
			subject: AccountId,
			from: u64,
			to: u64,
			cursor: Option<EntryIndex>,
			limit: u32,
		) -> AccountingPage<AccountId, Balance>;
		/// Every entry of `subject`'s trail from index `from`, at most `limit`.
		fn trail(subject: AccountId, from: EntryIndex, limit: u32) -> AccountingPage<AccountId, Balance>;
		/// Checks a copy of `subject`'s entries, the first at index `from`, against the chain.
		fn verify_trail(subject: AccountId, from: EntryIndex, entries: Vec<Entry<AccountId, Balance>>) -> TrailCheck;
		/// Break-glass accesses waiting for review, oldest first.
		fn pending_reviews() -> Vec<(ReviewId, Review<AccountId>)>;
	}
}
