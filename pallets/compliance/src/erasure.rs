//! Erasure requests: a subject names the custodians holding a record, each attests that the
//! data and its keys were destroyed, and requests past their deadline are flagged.
//!
//! Deadlines are flagged by a cursor over request ids: each block examines requests from the
//! cursor on, at most [`Config::MaxOverduePerBlock`], and stops at the first pending request
//! whose deadline is still ahead. Deadlines grow with the id while the deadline parameter
//! stays the same; after governance shortens it, a newer request is flagged once the older
//! ones ahead of it are due, at most the difference later.

use crate::{pallet::*, *};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::{BoundedVec, DispatchResult, Weight},
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_request_erasure(
		subject: T::AccountId,
		record: H256,
		class: RecordClass,
		custodians: BoundedVec<T::AccountId, T::MaxCustodians>,
	) -> DispatchResult {
		ensure!(!custodians.is_empty(), Error::<T>::NoCustodians);
		let mut named: Vec<CustodianAttestation<T::AccountId>> = Vec::with_capacity(custodians.len());
		for custodian in custodians {
			ensure!(named.iter().all(|c| c.custodian != custodian), Error::<T>::DuplicateCustodian);
			ensure!(Custodians::<T>::contains_key(&custodian), Error::<T>::UnknownCustodian);
			named.push(CustodianAttestation { custodian, certificate: None });
		}
		// As many as the caller's bounded list: cannot fail.
		let custodians = BoundedVec::truncate_from(named);
		let deposit = T::ErasureDeposit::get();
		T::Currency::hold(&HoldReason::Erasure.into(), &subject, deposit)
			.map_err(|_| Error::<T>::CannotPayErasureDeposit)?;
		let filed_at = Self::now();
		let deadline = filed_at.saturating_add(ErasureDeadline::<T>::get());
		let id = Self::take_id::<NextErasureId<T>>();
		Erasures::<T>::insert(
			id,
			ErasureRequest {
				subject: subject.clone(),
				record,
				class,
				filed_at,
				deadline,
				custodians,
				status: ErasureStatus::Pending,
				deposit,
			},
		);
		Self::deposit_event(Event::ErasureRequested { id, subject, record, deadline });
		Ok(())
	}

	pub(crate) fn do_attest_erasure(custodian: T::AccountId, id: ErasureId, certificate: H256) -> DispatchResult {
		Erasures::<T>::try_mutate(id, |request| {
			let request = request.as_mut().ok_or(Error::<T>::UnknownErasure)?;
			let named = request
				.custodians
				.iter_mut()
				.find(|c| c.custodian == custodian)
				.ok_or(Error::<T>::NotNamedCustodian)?;
			ensure!(named.certificate.is_none(), Error::<T>::AlreadyAttested);
			named.certificate = Some(certificate);
			Self::deposit_event(Event::ErasureAttested { id, custodian, certificate });
			if request.all_attested() {
				request.status = ErasureStatus::Completed { at: Self::now() };
				Self::deposit_event(Event::ErasureCompleted { id, subject: request.subject.clone() });
			}
			Ok(())
		})
	}

	pub(crate) fn do_close_erasure(subject: T::AccountId, id: ErasureId) -> DispatchResult {
		let request = Erasures::<T>::get(id).ok_or(Error::<T>::UnknownErasure)?;
		ensure!(request.subject == subject, Error::<T>::NotRequester);
		T::Currency::release(&HoldReason::Erasure.into(), &subject, request.deposit, Precision::BestEffort)?;
		Erasures::<T>::remove(id);
		Self::deposit_event(Event::ErasureClosed { id, subject, status: request.status });
		Ok(())
	}

	/// Examines requests from the cursor on (see the module docs); returns the weight used.
	pub(crate) fn flag_overdue_erasures() -> Weight {
		let now = Self::now();
		let next = NextErasureId::<T>::get();
		let mut cursor = OverdueCursor::<T>::get();
		let start = cursor;
		while cursor < next && cursor.saturating_sub(start) < T::MaxOverduePerBlock::get() as u64 {
			match Erasures::<T>::get(cursor) {
				Some(mut request) if request.status == ErasureStatus::Pending => {
					if request.deadline > now {
						break;
					}
					request.status = ErasureStatus::Overdue;
					Self::deposit_event(Event::ErasureOverdue {
						id: cursor,
						subject: request.subject.clone(),
						deadline: request.deadline,
					});
					Erasures::<T>::insert(cursor, request);
				},
				// Completed, closed or already flagged: nothing to watch.
				_ => {},
			}
			cursor = cursor.saturating_add(1);
		}
		if cursor != start {
			OverdueCursor::<T>::put(cursor);
		}
		T::WeightInfo::flag_overdue(cursor.saturating_sub(start) as u32)
	}
}
