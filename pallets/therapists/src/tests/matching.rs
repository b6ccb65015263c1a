use crate::{matching::TimeSpan, mock::*, *};
use frame_support::assert_ok;

/// ALICE: CA, anxiety/depression, CBT, en/es, insurer 7, 100 per session, Mon+Wed evenings.
/// BOB: like ALICE but trauma + EMDR, English only, 80, no new clients, crisis on call.
/// CAROL: registered but without credentials.
fn three_therapists() {
	active_therapist(ALICE, 100);
	credential(BOB);
	let mut bob = profile();
	bob.specialties = bounded(vec![Specialty::TraumaPtsd]);
	bob.modalities = bounded(vec![Modality::Emdr]);
	bob.languages = bounded(vec![Language(*b"en")]);
	bob.cultural_competencies = bounded(vec![CulturalCompetency::MilitaryVeterans]);
	bob.populations = bounded(vec![Population::Adults, Population::Couples]);
	bob.insurance = bounded(vec![]);
	bob.accepting_new_clients = false;
	bob.crisis_on_call = true;
	bob.years_experience = 20;
	assert_ok!(Therapists::register(RuntimeOrigin::signed(BOB), bob));
	assert_ok!(Therapists::add_offering(
		RuntimeOrigin::signed(BOB),
		Offering { formats: bounded(vec![Format::Voice, Format::Video]), ..standard(80) }
	));
	assert_ok!(Therapists::set_availability(
		RuntimeOrigin::signed(BOB),
		vec![WeeklyWindow { start: 1440 + 9 * 60, length: 480 }],
		vec![]
	));
	assert_ok!(Therapists::register(RuntimeOrigin::signed(CAROL), profile()));
	assert_ok!(Therapists::add_offering(RuntimeOrigin::signed(CAROL), standard(50)));
}

fn with(set: impl FnOnce(&mut MatchCriteria<Balance>)) -> Vec<AccountId> {
	let mut c = criteria();
	set(&mut c);
	found(&c)
}

#[test]
fn every_criterion_filters() {
	run(|| {
		three_therapists();
		assert_eq!(with(|_| {}), vec![BOB, ALICE], "more experience first at equal ratings");
		assert_eq!(with(|c| c.specialty = Some(Specialty::Anxiety)), vec![ALICE]);
		assert_eq!(with(|c| c.specialty = Some(Specialty::TraumaPtsd)), vec![BOB]);
		assert!(with(|c| c.specialty = Some(Specialty::Grief)).is_empty());
		assert_eq!(with(|c| c.modality = Some(Modality::Emdr)), vec![BOB]);
		assert_eq!(with(|c| c.language = Some(Language(*b"es"))), vec![ALICE]);
		assert!(with(|c| c.language = Some(Language(*b"fr"))).is_empty());
		assert_eq!(with(|c| c.competency = Some(CulturalCompetency::MilitaryVeterans)), vec![BOB]);
		assert_eq!(with(|c| c.population = Some(Population::Couples)), vec![BOB]);
		assert_eq!(with(|c| c.insurance = Some(7)), vec![ALICE]);
		assert_eq!(with(|c| c.jurisdiction = Some(US_CA)), vec![BOB, ALICE]);
		assert!(with(|c| c.jurisdiction = Some(US_NY)).is_empty());
		assert_eq!(with(|c| c.format = Some(Format::Voice)), vec![BOB]);
		assert_eq!(with(|c| c.session_kind = Some(SessionKindTag::Standard)), vec![BOB, ALICE]);
		assert!(with(|c| c.session_kind = Some(SessionKindTag::Group)).is_empty());
		assert_eq!(with(|c| c.max_price = Some(90)), vec![BOB]);
		assert_eq!(with(|c| c.max_price = Some(100)), vec![BOB, ALICE]);
		assert_eq!(with(|c| c.accepting_new_clients = true), vec![ALICE]);
		assert_eq!(with(|c| c.crisis_on_call = true), vec![BOB]);
		assert!(with(|c| {
			c.crisis_on_call = true;
			c.accepting_new_clients = true;
		})
		.is_empty());
	});
}

#[test]
fn a_time_window_needs_a_free_window_long_enough() {
	run(|| {
		three_therapists();
		// Monday evening: ALICE. Tuesday morning: BOB.
		let monday_evening = TimeSpan { from: MONDAY + 15 * HOUR, to: MONDAY + 18 * HOUR };
		assert_eq!(with(|c| c.window = Some(monday_evening)), vec![ALICE]);
		let tuesday_morning = TimeSpan { from: MONDAY + DAY + 8 * HOUR, to: MONDAY + DAY + 12 * HOUR };
		assert_eq!(with(|c| c.window = Some(tuesday_morning)), vec![BOB]);
		// 40 minutes of ALICE's window is shorter than her 50-minute session.
		let too_short = TimeSpan { from: MONDAY + 19 * HOUR + 20 * 60, to: MONDAY + 21 * HOUR };
		assert!(with(|c| c.window = Some(too_short)).is_empty());
		let whole_week = TimeSpan { from: MONDAY, to: MONDAY + 7 * DAY };
		assert_eq!(with(|c| c.window = Some(whole_week)), vec![ALICE, BOB], "earliest window first");
	});
}

#[test]
fn results_carry_what_a_client_needs() {
	run(|| {
		three_therapists();
		let page = Therapists::match_therapists(&MatchCriteria { specialty: Some(Specialty::Anxiety), ..criteria() }, 0, 10);
		assert_eq!(page.total, 1);
		let alice = &page.results[0];
		assert_eq!(alice.profile, Profiles::<Test>::get(ALICE).unwrap());
		assert_eq!(alice.offerings, vec![(0, standard(100))]);
		assert_eq!(alice.verified_until, Some(1_000));
		// Now is Monday 00:00: the next windows are Monday and Wednesday evening, then Monday.
		assert_eq!(
			alice.next_windows,
			vec![
				(MONDAY + 16 * HOUR, MONDAY + 20 * HOUR),
				(MONDAY + 2 * DAY + 16 * HOUR, MONDAY + 2 * DAY + 20 * HOUR),
				(MONDAY + 7 * DAY + 16 * HOUR, MONDAY + 7 * DAY + 20 * HOUR),
			]
		);
		// CAROL shares ALICE's specialty but is not verified: examined, not returned.
		assert_eq!(page.examined, 2);
		assert!(page.complete);
	});
}

#[test]
fn a_query_starts_from_the_smallest_index_entry() {
	run(|| {
		three_therapists();
		// Spanish speakers are fewer than Californians: only ALICE and CAROL are examined.
		let page = Therapists::match_therapists(
			&MatchCriteria { jurisdiction: Some(US_CA), language: Some(Language(*b"es")), ..criteria() },
			0,
			10,
		);
		assert_eq!(page.examined, 2);
		assert_eq!(page.results.len(), 1);
		// State and specialty together have their own, smaller index entry: BOB alone.
		let page = Therapists::match_therapists(
			&MatchCriteria { jurisdiction: Some(US_CA), specialty: Some(Specialty::TraumaPtsd), ..criteria() },
			0,
			10,
		);
		assert_eq!((page.examined, page.total), (1, 1));
	});
}

#[test]
fn ratings_rank_and_pages_split() {
	run(|| {
		three_therapists();
		credential(CAROL);
		assert_ok!(Therapists::set_availability(RuntimeOrigin::signed(CAROL), weekly(), vec![]));
		for (booking, (who, stars)) in [(ALICE, 5), (ALICE, 5), (CAROL, 1)].into_iter().enumerate() {
			<Therapists as TherapistDirectory<_, _>>::grant_rating_right(&CLIENT, &who, booking as u64);
			assert_ok!(Therapists::rate(RuntimeOrigin::signed(CLIENT), booking as u64, stars));
		}
		assert_eq!(with(|_| {}), vec![ALICE, BOB, CAROL]);
		let page = |n| Therapists::match_therapists(&criteria(), n, 2);
		assert_eq!(page(0).results.iter().map(|r| r.therapist).collect::<Vec<_>>(), vec![ALICE, BOB]);
		assert_eq!(page(1).results.iter().map(|r| r.therapist).collect::<Vec<_>>(), vec![CAROL]);
		assert!(page(2).results.is_empty());
		assert_eq!(page(1).total, 3);
	});
}

#[test]
fn at_equal_rating_and_experience_the_cheaper_comes_first() {
	run(|| {
		active_therapist(ALICE, 100);
		active_therapist(BOB, 90);
		assert_eq!(with(|_| {}), vec![BOB, ALICE]);
	});
}

#[test]
fn therapists_without_a_matching_offering_are_not_found() {
	run(|| {
		credential(ALICE);
		assert_ok!(Therapists::register(RuntimeOrigin::signed(ALICE), profile()));
		assert_eq!(Therapists::standing(&ALICE), Some(Standing::Active));
		assert!(with(|_| {}).is_empty(), "no offering, nothing to book");
	});
}

#[test]
fn the_view_shows_everything_public() {
	run(|| {
		active_therapist(ALICE, 100);
		let view = Therapists::therapist_view(&ALICE).unwrap();
		assert_eq!(view.standing, Standing::Active);
		assert!(view.verification.is_complete());
		assert_eq!(view.weekly, weekly());
		assert_eq!(view.deposit, held(ALICE));
		assert!(Therapists::therapist_view(&BOB).is_none());
	});
}
