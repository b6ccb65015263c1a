//! Matching: clients' searches, answered from the search index and the live credentials.
//!
//! A query starts from the smallest index entry among its indexed criteria (jurisdiction,
//! specialty, modality, language, competency, insurance, crisis on-call), reads each candidate's
//! profile, offerings and availability, filters, checks credentials last (the dearest step), and
//! ranks what is left (see the crate docs for the order). With no indexed criterion it walks the
//! registry. Either way at most [`Config::MaxMatchCandidates`] candidates are examined, and the
//! page says whether that bound cut the search short.

use crate::*;
use codec::{Decode, Encode};
use frame_support::traits::{Get, UnixTime};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_mv_credentials::{CredentialInspect, Jurisdiction, TrainingModule};
use scale_info::TypeInfo;

/// Most results on one page.
pub const MAX_PAGE_SIZE: u32 = 50;
/// Longest time window a query looks into for free windows (31 days).
pub const MAX_WINDOW_SPAN: UnixSeconds = 31 * SECONDS_PER_DAY;
/// Without a time window, free windows are listed for the next 14 days.
pub const DEFAULT_LOOKAHEAD: UnixSeconds = 14 * SECONDS_PER_DAY;
/// Free windows reported per therapist.
pub const WINDOWS_PER_RESULT: usize = 3;

/// A span of wall-clock time, `[from, to)`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct TimeSpan {
	pub from: UnixSeconds,
	pub to: UnixSeconds,
}

/// What a client is looking for. Every criterion given must hold.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct MatchCriteria<Balance> {
	/// The client's jurisdiction: the therapist must hold a valid license there.
	pub jurisdiction: Option<Jurisdiction>,
	pub specialty: Option<Specialty>,
	pub modality: Option<Modality>,
	pub language: Option<Language>,
	pub competency: Option<CulturalCompetency>,
	pub population: Option<Population>,
	pub insurance: Option<InsuranceCode>,
	/// An offering of this kind...
	pub session_kind: Option<SessionKindTag>,
	/// ...in this format...
	pub format: Option<Format>,
	/// ...at this price or less.
	pub max_price: Option<Balance>,
	/// A free window of at least the offering's length overlapping this span.
	pub window: Option<TimeSpan>,
	pub accepting_new_clients: bool,
	pub crisis_on_call: bool,
}

impl<Balance> Default for MatchCriteria<Balance> {
	fn default() -> Self {
		Self {
			jurisdiction: None,
			specialty: None,
			modality: None,
			language: None,
			competency: None,
			population: None,
			insurance: None,
			session_kind: None,
			format: None,
			max_price: None,
			window: None,
			accepting_new_clients: false,
			crisis_on_call: false,
		}
	}
}

impl<Balance> MatchCriteria<Balance> {
	fn index_keys(&self) -> Vec<IndexKey> {
		[
			self.jurisdiction.map(IndexKey::Jurisdiction),
			self.specialty.map(IndexKey::Specialty),
			self.modality.map(IndexKey::Modality),
			self.language.map(IndexKey::Language),
			self.competency.map(IndexKey::Competency),
			self.insurance.map(IndexKey::Insurance),
			self.crisis_on_call.then_some(IndexKey::CrisisOnCall),
			self.jurisdiction.zip(self.specialty).map(|(j, s)| IndexKey::JurisdictionSpecialty(j, s)),
		]
		.into_iter()
		.flatten()
		.collect()
	}

	fn profile_matches(&self, profile: &Profile) -> bool {
		fn wanted<V: PartialEq>(want: &Option<V>, have: &[V]) -> bool {
			want.as_ref().is_none_or(|v| have.contains(v))
		}
		wanted(&self.jurisdiction, &profile.jurisdictions) &&
			wanted(&self.specialty, &profile.specialties) &&
			wanted(&self.modality, &profile.modalities) &&
			wanted(&self.language, &profile.languages) &&
			wanted(&self.competency, &profile.cultural_competencies) &&
			wanted(&self.population, &profile.populations) &&
			wanted(&self.insurance, &profile.insurance) &&
			(!self.accepting_new_clients || profile.accepting_new_clients) &&
			(!self.crisis_on_call || profile.crisis_on_call)
	}
}

impl<Balance: PartialOrd> MatchCriteria<Balance> {
	fn offering_matches(&self, offering: &Offering<Balance>) -> bool {
		self.session_kind.is_none_or(|kind| offering.kind.tag() == kind) &&
			self.format.is_none_or(|format| offering.formats.contains(&format)) &&
			self.max_price.as_ref().is_none_or(|max| offering.price <= *max)
	}
}

/// One therapist found: what a client needs to choose.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct MatchResult<AccountId, Balance, BlockNumber> {
	pub therapist: AccountId,
	pub profile: Profile,
	/// The offerings that meet the criteria.
	pub offerings: Vec<(OfferingId, Offering<Balance>)>,
	/// The next free windows `(start, end)`: within the asked span, else the next 14 days.
	pub next_windows: Vec<(UnixSeconds, UnixSeconds)>,
	/// Until which block every required credential holds (`None`: none of them expires).
	pub verified_until: Option<BlockNumber>,
	pub rating: Rating,
}

/// A page of results.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct MatchPage<AccountId, Balance, BlockNumber> {
	/// Matches in all pages.
	pub total: u32,
	/// Candidates examined.
	pub examined: u32,
	/// False when more candidates existed than a query may examine: narrow the criteria.
	pub complete: bool,
	pub results: Vec<MatchResult<AccountId, Balance, BlockNumber>>,
}

/// Everything public about one therapist.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct TherapistView<Balance, BlockNumber> {
	pub standing: Standing,
	pub verification: crate::Verification<BlockNumber>,
	pub profile: Profile,
	pub offerings: Vec<(OfferingId, Offering<Balance>)>,
	pub weekly: Vec<WeeklyWindow>,
	pub blocked_days: Vec<u32>,
	pub rating: Rating,
	pub registered_at: BlockNumber,
	pub deposit: Balance,
}

/// Free windows of at least `min_minutes` overlapping `span`, at most `max` of them, in time
/// order. A window is skipped when its first day in the span is blocked.
pub fn free_windows<W: Get<u32>, B: Get<u32>>(
	availability: &Availability<W, B>,
	span: TimeSpan,
	min_minutes: u32,
	max: usize,
) -> Vec<(UnixSeconds, UnixSeconds)> {
	let week = MINUTES_PER_WEEK as u64 * 60;
	let monday = span.from.saturating_sub(minute_of_week(span.from) as u64 * 60 + span.from % 60);
	// From the week before, for windows that run past Sunday midnight into the span.
	let mut base = monday.saturating_sub(week);
	let mut found = Vec::new();
	while base < span.to && found.len() < max {
		for window in &availability.weekly {
			let start = base.saturating_add(window.start as u64 * 60).max(span.from);
			let end = base.saturating_add((window.start as u64 + window.length as u64) * 60).min(span.to);
			let long_enough = end > start && end - start >= min_minutes as u64 * 60;
			if long_enough && availability.blocked_days.binary_search(&day_of(start)).is_err() {
				found.push((start, end));
				if found.len() == max {
					break;
				}
			}
		}
		base = base.saturating_add(week);
	}
	found
}

/// Ranking order: best first (see the crate docs).
type RankKey<AccountId, Balance> =
	(core::cmp::Reverse<u64>, UnixSeconds, core::cmp::Reverse<u8>, Option<Balance>, AccountId);

impl<T: Config> Pallet<T> {
	/// Therapists meeting `criteria`, ranked, page `page` (from 0) of `page_size` (1 to 50).
	pub fn match_therapists(
		criteria: &MatchCriteria<BalanceOf<T>>,
		page: u32,
		page_size: u32,
	) -> MatchPage<T::AccountId, BalanceOf<T>, BlockNumberFor<T>> {
		let limit = T::MaxMatchCandidates::get();
		let smallest = criteria.index_keys().into_iter().min_by_key(|key| IndexSize::<T>::get(key));
		let (candidates, available): (alloc::boxed::Box<dyn Iterator<Item = T::AccountId>>, u32) =
			match smallest {
				Some(key) => (alloc::boxed::Box::new(Index::<T>::iter_key_prefix(key)), IndexSize::<T>::get(key)),
				None => (alloc::boxed::Box::new(Records::<T>::iter_keys()), TherapistCount::<T>::get()),
			};
		let now = T::UnixTime::now().as_secs();
		let required = T::Credentials::required_training();
		let mut examined = 0u32;
		let mut hits: Vec<_> = candidates
			.take(limit as usize)
			.inspect(|_| examined += 1)
			.filter_map(|who| Self::assess(who, criteria, now, &required))
			.collect();
		hits.sort_by(|a, b| a.0.cmp(&b.0));
		let page_size = page_size.clamp(1, MAX_PAGE_SIZE) as usize;
		let total = hits.len() as u32;
		let results = hits
			.into_iter()
			.skip((page as usize).saturating_mul(page_size))
			.take(page_size)
			.map(|(_, result)| result)
			.collect();
		MatchPage { total, examined, complete: available <= limit, results }
	}

	/// The result for `who` if it meets the criteria, with its ranking key.
	#[allow(clippy::type_complexity)]
	fn assess(
		who: T::AccountId,
		criteria: &MatchCriteria<BalanceOf<T>>,
		now: UnixSeconds,
		required: &[TrainingModule],
	) -> Option<(RankKey<T::AccountId, BalanceOf<T>>, MatchResult<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>)>
	{
		// Cheapest test first: most candidates fail on their profile.
		let profile = Profiles::<T>::get(&who).filter(|p| criteria.profile_matches(p))?;
		let record = Records::<T>::get(&who).filter(|r| r.status == ListingStatus::Listed)?;
		let offerings: Vec<_> = Offerings::<T>::get(&who)
			.into_iter()
			.filter(|(_, offering)| criteria.offering_matches(offering))
			.collect();
		let shortest = offerings.iter().map(|(_, o)| o.duration_minutes as u32).min()?;
		let span = criteria.window.map_or(TimeSpan { from: now, to: now.saturating_add(DEFAULT_LOOKAHEAD) }, |w| {
			TimeSpan { from: w.from, to: w.to.min(w.from.saturating_add(MAX_WINDOW_SPAN)) }
		});
		let next_windows = free_windows(&AvailabilityOf::<T>::get(&who), span, shortest, WINDOWS_PER_RESULT);
		if criteria.window.is_some() && next_windows.is_empty() {
			return None;
		}
		let evidence = Self::evidence(&who);
		let verification = evidence.verification(&profile, required);
		if !verification.is_complete() || criteria.jurisdiction.is_some_and(|j| !evidence.licensed_in(&j)) {
			return None;
		}
		let earliest = match criteria.window {
			Some(_) => next_windows.first().map_or(UnixSeconds::MAX, |w| w.0),
			None => 0,
		};
		let cheapest = offerings.iter().map(|(_, o)| o.price).min();
		let key = (
			core::cmp::Reverse(record.rating.ranking_score()),
			earliest,
			core::cmp::Reverse(profile.years_experience),
			cheapest,
			who.clone(),
		);
		Some((
			key,
			MatchResult {
				therapist: who,
				profile,
				offerings,
				next_windows,
				verified_until: verification.verified_until,
				rating: record.rating,
			},
		))
	}

	/// Everything public about `who`, if registered.
	pub fn therapist_view(who: &T::AccountId) -> Option<TherapistView<BalanceOf<T>, BlockNumberFor<T>>> {
		let record = Records::<T>::get(who)?;
		let profile = Profiles::<T>::get(who)?;
		let availability = AvailabilityOf::<T>::get(who);
		Some(TherapistView {
			standing: Self::standing(who)?,
			verification: Self::evidence(who)
				.verification(&profile, &T::Credentials::required_training()),
			profile,
			offerings: Offerings::<T>::get(who).into_inner(),
			weekly: availability.weekly.into_inner(),
			blocked_days: availability.blocked_days.into_inner(),
			rating: record.rating,
			registered_at: record.registered_at,
			deposit: record.deposit,
		})
	}
}
