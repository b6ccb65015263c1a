//! Therapist search in the `mentalverse_` JSON-RPC namespace.
//!
//! - `mentalverse_matchTherapists(criteria, [page], [pageSize], [blockHash])`: active
//!   therapists meeting the criteria, ranked (see the therapists pallet for the order);
//! - `mentalverse_therapist(account, [blockHash])`: everything public about one therapist and
//!   its standing.
//!
//! Criteria are a JSON object, every field optional, unknown fields rejected:
//! `{"jurisdiction": "US-CA", "specialty": "anxiety", "modality": "cbt", "language": "en",
//!   "competency": "latinoHispanic", "population": "adults", "insurance": 7,
//!   "sessionKind": "standard", "format": "video", "maxPrice": "10000000000",
//!   "window": {"from": 1767600000, "to": 1767686400}, "acceptingNewClients": true,
//!   "crisisOnCall": false}`. Codes are the camelCase names of the pallet's enumerations; times
//! are Unix seconds (UTC); amounts are base-unit strings (numbers are accepted too).

use super::mentalverse::{block_of, invalid_params, parse_account, runtime_error, Hash};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use mentalverse_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use mentalverse_runtime_api::{
	therapist_types::{
		CulturalCompetency, Format, InsuranceCode, Language, Modality, Offering, OfferingId,
		Population, Profile, Rating, SessionKind, SessionKindTag, Specialty, Standing,
		UnixSeconds, WeeklyWindow,
	},
	Jurisdiction, MatchCriteria, MatchResult, TherapistView, TherapistsApi, TimeSpan, Verification,
};
use serde::{Deserialize, Deserializer, Serialize};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::crypto::Ss58Codec;
use std::sync::Arc;

/// Most results one page returns.
pub const MAX_PAGE_SIZE: u32 = 50;

/// An amount as a decimal string or a JSON number.
fn amount<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Balance>, D::Error> {
	#[derive(Deserialize)]
	#[serde(untagged)]
	enum Amount {
		Text(String),
		Number(u64),
	}
	match Option::<Amount>::deserialize(deserializer)? {
		None => Ok(None),
		Some(Amount::Number(n)) => Ok(Some(n as Balance)),
		Some(Amount::Text(text)) => text
			.parse()
			.map(Some)
			.map_err(|_| serde::de::Error::custom(format!("'{text}' is not an amount in base units"))),
	}
}

/// A time span in Unix seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpanJson {
	pub from: UnixSeconds,
	pub to: UnixSeconds,
}

/// The criteria of `mentalverse_matchTherapists`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct CriteriaJson {
	pub jurisdiction: Option<Jurisdiction>,
	pub specialty: Option<Specialty>,
	pub modality: Option<Modality>,
	pub language: Option<Language>,
	pub competency: Option<CulturalCompetency>,
	pub population: Option<Population>,
	pub insurance: Option<InsuranceCode>,
	pub session_kind: Option<SessionKindTag>,
	pub format: Option<Format>,
	#[serde(deserialize_with = "amount")]
	pub max_price: Option<Balance>,
	pub window: Option<SpanJson>,
	pub accepting_new_clients: bool,
	pub crisis_on_call: bool,
}

impl CriteriaJson {
	fn into_criteria(self) -> Result<MatchCriteria<Balance>, String> {
		if let Some(span) = self.window {
			if span.from >= span.to {
				return Err("window: 'from' must be before 'to'".into());
			}
		}
		Ok(MatchCriteria {
			jurisdiction: self.jurisdiction,
			specialty: self.specialty,
			modality: self.modality,
			language: self.language,
			competency: self.competency,
			population: self.population,
			insurance: self.insurance,
			session_kind: self.session_kind,
			format: self.format,
			max_price: self.max_price,
			window: self.window.map(|s| TimeSpan { from: s.from, to: s.to }),
			accepting_new_clients: self.accepting_new_clients,
			crisis_on_call: self.crisis_on_call,
		})
	}
}

/// An offering, with amounts as strings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OfferingJson {
	pub id: OfferingId,
	pub kind: SessionKind,
	pub duration_minutes: u16,
	pub price: String,
	pub sliding_scale_floor: Option<String>,
	pub formats: Vec<Format>,
}

impl OfferingJson {
	fn new((id, offering): (OfferingId, Offering<Balance>)) -> Self {
		Self {
			id,
			kind: offering.kind,
			duration_minutes: offering.duration_minutes,
			price: offering.price.to_string(),
			sliding_scale_floor: offering.sliding_scale_floor.map(|f| f.to_string()),
			formats: offering.formats.into_inner(),
		}
	}
}

/// Ratings as apps show them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RatingJson {
	/// Mean stars, 0 when unrated.
	pub average: f64,
	pub count: u32,
}

impl From<Rating> for RatingJson {
	fn from(rating: Rating) -> Self {
		let average = if rating.count == 0 { 0.0 } else { rating.sum as f64 / rating.count as f64 };
		Self { average, count: rating.count }
	}
}

/// One therapist found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchJson {
	pub account: String,
	pub profile: Profile,
	pub offerings: Vec<OfferingJson>,
	pub next_windows: Vec<SpanJson>,
	pub verified_until: Option<BlockNumber>,
	pub rating: RatingJson,
}

impl From<MatchResult<AccountId, Balance, BlockNumber>> for MatchJson {
	fn from(result: MatchResult<AccountId, Balance, BlockNumber>) -> Self {
		Self {
			account: result.therapist.to_ss58check(),
			profile: result.profile,
			offerings: result.offerings.into_iter().map(OfferingJson::new).collect(),
			next_windows: result.next_windows.into_iter().map(|(from, to)| SpanJson { from, to }).collect(),
			verified_until: result.verified_until,
			rating: result.rating.into(),
		}
	}
}

/// `mentalverse_matchTherapists`'s answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchPageJson {
	pub block_number: BlockNumber,
	pub page: u32,
	pub page_size: u32,
	/// Matches over all pages.
	pub total: u32,
	/// Candidates the runtime examined.
	pub examined: u32,
	/// False if the search hit the runtime's candidate bound: narrow the criteria.
	pub complete: bool,
	pub results: Vec<MatchJson>,
}

/// `mentalverse_therapist`'s answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TherapistJson {
	pub account: String,
	pub block_number: BlockNumber,
	pub standing: Standing,
	pub verification: Verification<BlockNumber>,
	pub profile: Profile,
	pub offerings: Vec<OfferingJson>,
	pub weekly: Vec<WeeklyWindow>,
	pub blocked_days: Vec<u32>,
	pub rating: RatingJson,
	pub registered_at: BlockNumber,
	pub deposit: String,
}

impl TherapistJson {
	fn new(account: String, block_number: BlockNumber, view: TherapistView<Balance, BlockNumber>) -> Self {
		Self {
			account,
			block_number,
			standing: view.standing,
			verification: view.verification,
			profile: view.profile,
			offerings: view.offerings.into_iter().map(OfferingJson::new).collect(),
			weekly: view.weekly,
			blocked_days: view.blocked_days,
			rating: view.rating.into(),
			registered_at: view.registered_at,
			deposit: view.deposit.to_string(),
		}
	}
}

#[rpc(client, server)]
pub trait TherapistsRpc {
	/// Active therapists meeting `criteria`, ranked; `page` from 0 (default 0), `pageSize` 1 to
	/// 50 (default 20).
	#[method(name = "mentalverse_matchTherapists")]
	fn match_therapists(
		&self,
		criteria: serde_json::Value,
		page: Option<u32>,
		page_size: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<MatchPageJson>;

	/// Everything public about the therapist `account`; null if not registered.
	#[method(name = "mentalverse_therapist")]
	fn therapist(&self, account: String, at: Option<Hash>) -> RpcResult<Option<TherapistJson>>;
}

/// Serves therapist search from the client's runtime APIs.
pub struct Therapists<C> {
	client: Arc<C>,
}

impl<C> Therapists<C> {
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

/// Criteria from JSON, with a message naming what is wrong.
pub fn parse_criteria(criteria: serde_json::Value) -> Result<MatchCriteria<Balance>, String> {
	serde_json::from_value::<CriteriaJson>(criteria)
		.map_err(|e| format!("criteria: {e}"))?
		.into_criteria()
}

impl<C> TherapistsRpcServer for Therapists<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: TherapistsApi<Block, AccountId, Balance, BlockNumber>,
{
	fn match_therapists(
		&self,
		criteria: serde_json::Value,
		page: Option<u32>,
		page_size: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<MatchPageJson> {
		let criteria = parse_criteria(criteria).map_err(invalid_params)?;
		let page = page.unwrap_or(0);
		let page_size = page_size.unwrap_or(20);
		if !(1..=MAX_PAGE_SIZE).contains(&page_size) {
			return Err(invalid_params(format!("pageSize must be 1 to {MAX_PAGE_SIZE}")));
		}
		let (hash, number) = block_of(&*self.client, at)?;
		let found = self
			.client
			.runtime_api()
			.match_therapists(hash, criteria, page, page_size)
			.map_err(runtime_error)?;
		Ok(MatchPageJson {
			block_number: number,
			page,
			page_size,
			total: found.total,
			examined: found.examined,
			complete: found.complete,
			results: found.results.into_iter().map(MatchJson::from).collect(),
		})
	}

	fn therapist(&self, account: String, at: Option<Hash>) -> RpcResult<Option<TherapistJson>> {
		let who = parse_account(&account)?;
		let (hash, number) = block_of(&*self.client, at)?;
		let view = self.client.runtime_api().therapist(hash, who).map_err(runtime_error)?;
		Ok(view.map(|view| TherapistJson::new(account, number, view)))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn criteria_parse_from_codes() {
		let parsed = parse_criteria(json!({
			"jurisdiction": "US-CA",
			"specialty": "traumaPtsd",
			"language": "es",
			"sessionKind": "standard",
			"format": "video",
			"maxPrice": "12000000000",
			"window": {"from": 100, "to": 200},
			"acceptingNewClients": true
		}))
		.unwrap();
		assert_eq!(parsed.jurisdiction, Jurisdiction::parse("US-CA"));
		assert_eq!(parsed.specialty, Some(Specialty::TraumaPtsd));
		assert_eq!(parsed.language, Language::parse("es"));
		assert_eq!(parsed.session_kind, Some(SessionKindTag::Standard));
		assert_eq!(parsed.max_price, Some(12_000_000_000));
		assert_eq!(parsed.window, Some(TimeSpan { from: 100, to: 200 }));
		assert!(parsed.accepting_new_clients && !parsed.crisis_on_call);
		assert_eq!(parse_criteria(json!({"maxPrice": 5})).unwrap().max_price, Some(5));
		assert_eq!(parse_criteria(json!({})).unwrap(), MatchCriteria::default());
	}

	#[test]
	fn bad_criteria_say_what_is_wrong() {
		for (bad, says) in [
			(json!({"specialty": "astrology"}), "astrology"),
			(json!({"language": "english"}), "ISO 639-1"),
			(json!({"jurisdiction": "California"}), "ISO 3166"),
			(json!({"maxPrice": "ten"}), "'ten'"),
			(json!({"window": {"from": 5, "to": 5}}), "before"),
			(json!({"specialities": "anxiety"}), "specialities"),
			(json!([1, 2]), "criteria"),
		] {
			let error = parse_criteria(bad.clone()).unwrap_err();
			assert!(error.contains(says), "{bad}: {error}");
		}
	}
}
