use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

fn break_glass(who: AccountId, purpose: Purpose) -> sp_runtime::DispatchResult {
	Compliance::log_access(
		signed(who),
		CLIENT,
		record(4),
		RecordClass::CrisisRecord,
		purpose,
		Action::Access,
		Basis::BreakGlass(Justification::RiskToSelf),
	)
}

#[test]
fn an_on_call_therapist_may_break_the_glass_and_a_review_opens() {
	run(|| {
		assert_ok!(break_glass(ON_CALL, Purpose::Treatment));
		assert_eq!(access_at(0).basis, Basis::BreakGlass(Justification::RiskToSelf));
		assert!(events().contains(&Event::BreakGlass {
			subject: CLIENT,
			index: 0,
			accessor: ON_CALL,
			justification: Justification::RiskToSelf,
			review: 0,
		}));
		assert_eq!(Compliance::pending_reviews(), vec![(0, Review {
			subject: CLIENT,
			entry: 0,
			accessor: ON_CALL,
			justification: Justification::RiskToSelf,
			raised_at: START,
		})]);
	});
}

#[test]
fn break_glass_is_for_on_call_therapists_and_care_only() {
	run(|| {
		assert_noop!(break_glass(THERAPIST, Purpose::Treatment), Error::<Test>::NotOnCrisisCall);
		assert_noop!(break_glass(ON_CALL, Purpose::Research), Error::<Test>::BreakGlassForResearch);
		assert!(Compliance::pending_reviews().is_empty());
	});
}

#[test]
fn governance_closes_reviews() {
	run(|| {
		assert_ok!(break_glass(ON_CALL, Purpose::Treatment));
		assert_ok!(break_glass(ON_CALL, Purpose::EmergencyContact));
		assert_noop!(Compliance::close_review(signed(CLIENT), 0, ReviewOutcome::Justified), sp_runtime::DispatchError::BadOrigin);
		assert_noop!(Compliance::close_review(RuntimeOrigin::root(), 5, ReviewOutcome::Justified), Error::<Test>::UnknownReview);
		assert_ok!(Compliance::close_review(RuntimeOrigin::root(), 0, ReviewOutcome::Unjustified));
		assert_eq!(events().last(), Some(&Event::ReviewClosed { review: 0, accessor: ON_CALL, outcome: ReviewOutcome::Unjustified }));
		assert_eq!(Compliance::pending_reviews().iter().map(|(id, _)| *id).collect::<Vec<_>>(), vec![1]);
		// The entry stays in the trail: closing a review edits nothing.
		assert_eq!(Trails::<Test>::get(CLIENT).next, 2);
	});
}
