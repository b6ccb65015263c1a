//! The synthetic therapists that benchmark chains start with are real, verified listings.

use crate::{mock::*, *};
use sp_runtime::BuildStorage;

#[test]
fn synthetic_therapists_are_active_and_consistent() {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_mv_credentials::GenesisConfig::<Test> { synthetic_professionals: 40, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	GenesisConfig::<Test> { synthetic_therapists: 40, synthetic_price_unit: 10, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		System::set_block_number(1);
		Therapists::do_try_state().expect("invariants hold");
		assert_eq!(TherapistCount::<Test>::get(), 40);
		assert!(Records::<Test>::iter_keys().all(|who| Therapists::standing(&who) == Some(Standing::Active)));
		// Ten states in turn: four Californians, all found by a California search.
		let californians = Therapists::match_therapists(
			&MatchCriteria { jurisdiction: Some(US_CA), ..criteria() },
			0,
			50,
		);
		assert_eq!(californians.total, 4);
		assert!(californians.results.iter().all(|r| r.offerings.iter().all(|(_, o)| (200..=1_600).contains(&o.price))));
		let everyone = Therapists::match_therapists(&criteria(), 0, 50);
		assert_eq!(everyone.total, 40);
	});
}
