use crate::{mock::*, *};
use frame_support::assert_ok;

/// Grants THERAPIST consent (entry 0) and logs `n` accesses an hour apart (entries 1..=n);
/// returns their times.
fn hourly(n: u8) -> Vec<u64> {
	assert_ok!(Compliance::grant_consent(signed(CLIENT), THERAPIST, Purpose::Treatment, None));
	(0..n)
		.map(|i| {
			assert_ok!(Compliance::log_access(
				signed(THERAPIST),
				CLIENT,
				record(i),
				RecordClass::SessionNote,
				Purpose::Treatment,
				Action::Access,
				Basis::Consent(0),
			));
			let at = now();
			advance(3_600);
			at
		})
		.collect()
}

#[test]
fn accounting_returns_the_entries_in_a_date_range_page_by_page() {
	run(|| {
		let times = hourly(12);
		// Accesses 2..=9 (entries 3..=10) by date; pages of at most MaxPage (5).
		let page = Compliance::accounting(&CLIENT, times[2], times[9], None, 100);
		assert_eq!(page.entries.iter().map(|(i, _)| *i).collect::<Vec<_>>(), vec![3, 4, 5, 6, 7]);
		assert_eq!(page.next, Some(8));
		let rest = Compliance::accounting(&CLIENT, times[2], times[9], page.next, 100);
		assert_eq!(rest.entries.iter().map(|(i, _)| *i).collect::<Vec<_>>(), vec![8, 9, 10]);
		assert_eq!(rest.next, None);
		assert_eq!(rest.entries[0].1, Entries::<Test>::get(CLIENT, 8).expect("stored"));
		// The consent's grant, logged with the first access, is not a disclosure.
		let first = Compliance::accounting(&CLIENT, times[0], times[0], None, 100);
		assert_eq!(first.entries.iter().map(|(i, _)| *i).collect::<Vec<_>>(), vec![1]);
		// Between entries, and outside the trail.
		let between = Compliance::accounting(&CLIENT, times[3] + 1, times[4] + 1, None, 10);
		assert_eq!(between.entries.iter().map(|(i, _)| *i).collect::<Vec<_>>(), vec![5]);
		assert!(Compliance::accounting(&CLIENT, times[11] + 1, u64::MAX, None, 10).entries.is_empty());
		assert!(Compliance::accounting(&PROVIDER, 0, u64::MAX, None, 10).entries.is_empty());
	});
}

#[test]
fn a_faithful_copy_verifies_and_a_tampered_one_does_not() {
	run(|| {
		hourly(6);
		let copy: Vec<EntryOf<Test>> = (0..7).map(|i| Entries::<Test>::get(CLIENT, i).expect("stored")).collect();
		assert_eq!(Compliance::verify_trail(&CLIENT, 0, &copy), TrailCheck { matched: 7, first_mismatch: None, reaches_head: true });
		assert_eq!(Compliance::verify_trail(&CLIENT, 2, &copy[2..4]), TrailCheck { matched: 2, first_mismatch: None, reaches_head: false });

		let mut altered = copy.clone();
		let Logged::Access(access) = &mut altered[3].logged else { panic!("entry 3 is an access") };
		access.purpose = Purpose::Research;
		assert_eq!(Compliance::verify_trail(&CLIENT, 0, &altered), TrailCheck { matched: 3, first_mismatch: Some(3), reaches_head: false });

		// Dropping an entry breaks the link of the one after it.
		let mut shortened = copy.clone();
		shortened.remove(2);
		assert_eq!(Compliance::verify_trail(&CLIENT, 0, &shortened).first_mismatch, Some(2));

		// Another subject's trail, or a start past the end, verifies nothing.
		assert_eq!(Compliance::verify_trail(&PROVIDER, 0, &copy).first_mismatch, Some(0));
		assert_eq!(Compliance::verify_trail(&CLIENT, 7, &copy[..1]).first_mismatch, Some(7));
	});
}
