//! Appending to and pruning subjects' trails.

use crate::{pallet::*, *};
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Contains, Get},
};
use sp_core::H256;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_log_access(
		accessor: T::AccountId,
		subject: T::AccountId,
		record: H256,
		class: RecordClass,
		purpose: Purpose,
		action: Action<T::AccountId>,
		basis: Basis,
	) -> DispatchResult {
		if class == RecordClass::PsychotherapyNote {
			ensure!(purpose == Purpose::PsychotherapyNotes, Error::<T>::PsychotherapyNotesNeedOwnConsent);
		}
		let now = Self::now();
		match basis {
			Basis::Consent(cited) => {
				// The party that ends up with the record must hold the consent.
				let holder = match &action {
					Action::Access => &accessor,
					Action::Disclosure { recipient } => {
						ensure!(*recipient != accessor, Error::<T>::SelfDisclosure);
						recipient
					},
				};
				let consent = Consents::<T>::get((&subject, holder, purpose)).ok_or(Error::<T>::NoConsent)?;
				ensure!(consent.id == cited, Error::<T>::ConsentMismatch);
				ensure!(consent.is_active(now), Error::<T>::ConsentExpired);
			},
			Basis::BreakGlass(_) => {
				ensure!(T::OnCall::contains(&accessor), Error::<T>::NotOnCrisisCall);
				ensure!(purpose != Purpose::Research, Error::<T>::BreakGlassForResearch);
				if let Action::Disclosure { recipient } = &action {
					ensure!(*recipient != accessor, Error::<T>::SelfDisclosure);
				}
			},
		}
		let deposit = T::EntryDeposit::get();
		T::Currency::hold(&HoldReason::TrailEntry.into(), &accessor, deposit)
			.map_err(|_| Error::<T>::CannotPayDeposit)?;
		let access = Access { accessor: accessor.clone(), record, class, purpose, action, basis, deposit };
		let index = Self::append(&subject, Logged::Access(access));

		if let Basis::BreakGlass(justification) = basis {
			let review = Self::take_id::<NextReviewId<T>>();
			Reviews::<T>::insert(
				review,
				Review { subject: subject.clone(), entry: index, accessor: accessor.clone(), justification, raised_at: now },
			);
			Self::deposit_event(Event::BreakGlass { subject, index, accessor, justification, review });
		}
		Ok(())
	}

	/// Appends `logged` to `subject`'s trail, chained to the entry before it; returns its index.
	/// Every entry, whatever it records, goes through here.
	pub(crate) fn append(subject: &T::AccountId, logged: Logged<T::AccountId, BalanceOf<T>>) -> EntryIndex {
		let mut trail = Trails::<T>::get(subject);
		let index = trail.next;
		let entry = Entry { at: Self::now(), logged, prev: trail.head };
		let digest = entry.digest();
		Entries::<T>::insert(subject, index, entry);
		trail.next = index.saturating_add(1);
		trail.head = digest;
		Trails::<T>::insert(subject, trail);
		Self::deposit_event(Event::EntryLogged { subject: subject.clone(), index, digest });
		index
	}

	/// How long `entry` is kept: its record class's retention for an access, the six-year
	/// floor for everything else.
	fn retention_of(entry: &EntryOf<T>) -> UnixSeconds {
		entry.access().map_or_else(T::TrailRetention::get, |access| Retention::<T>::get(access.class))
	}

	/// Removes the subject's oldest entries past their class's retention, at most `MaxPrune`;
	/// returns how many.
	pub(crate) fn do_prune(subject: &T::AccountId) -> Result<u32, DispatchError> {
		let mut trail = Trails::<T>::get(subject);
		let now = Self::now();
		let mut removed = 0u32;
		while removed < T::MaxPrune::get() && trail.first < trail.next {
			match Entries::<T>::get(subject, trail.first) {
				// Pruning stops at the first entry still kept: the stored range stays contiguous.
				Some(entry) if entry.at.saturating_add(Self::retention_of(&entry)) < now => {
					Entries::<T>::remove(subject, trail.first);
					if let Some(access) = entry.access() {
						T::Currency::release(
							&HoldReason::TrailEntry.into(),
							&access.accessor,
							access.deposit,
							Precision::BestEffort,
						)?;
					}
					trail.first = trail.first.saturating_add(1);
					removed = removed.saturating_add(1);
				},
				_ => break,
			}
		}
		ensure!(removed > 0, Error::<T>::NothingToPrune);
		Trails::<T>::insert(subject, trail);
		Self::deposit_event(Event::TrailPruned { subject: subject.clone(), first: trail.first, removed });
		Ok(removed)
	}
}
