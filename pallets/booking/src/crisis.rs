//! Crisis requests: queued without a slot, taken by the first on-call therapist, escalated by
//! event while nobody takes them.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, UnixTime},
};
use pallet_mv_therapists::{Format, TherapistDirectory};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_raise_crisis(client: T::AccountId, format: Format, terms: TermsOf<T>) -> DispatchResult {
		ensure!(!CrisisOfClient::<T>::contains_key(&client), Error::<T>::CrisisAlreadyOpen);
		ensure!(terms.price.is_none(), Error::<T>::PriceNotNegotiable);
		let crisis = CrisisTermsNow::<T>::get();
		let payer = Self::payer_for(&client, terms.payer.as_ref(), crisis.price)?;
		T::Currency::hold(&HoldReason::Escrow.into(), &payer, crisis.price)
			.map_err(|_| Error::<T>::InsufficientFunds)?;
		let id = Self::next_id();
		let now = frame_system::Pallet::<T>::block_number();
		let escalate_at = now.saturating_add(crisis.escalate_after);
		CrisisQueue::<T>::insert(
			id,
			CrisisRequest {
				client: client.clone(),
				payer,
				escrow: crisis.price,
				format,
				client_key: terms.client_key,
				recording: terms.recording,
				raised_at: now,
				escalate_at,
				escalations: 0,
			},
		);
		CrisisOfClient::<T>::insert(&client, id);
		Escalations::<T>::insert(escalate_at, id, ());
		T::AuditTrail::record(&client, Some(&client), AuditEvent::Booking { id, step: BookingStep::Requested });
		Self::deposit_event(Event::CrisisRaised { id, client, format, escrow: crisis.price });
		Ok(())
	}

	pub(crate) fn do_accept_crisis(therapist: T::AccountId, id: BookingId, access: TherapistAccess) -> DispatchResult {
		ensure!(T::Directory::is_crisis_on_call(&therapist), Error::<T>::NotOnCrisisCall);
		let request = CrisisQueue::<T>::get(id).ok_or(Error::<T>::UnknownCrisis)?;
		ensure!(request.client != therapist, Error::<T>::SelfBooking);
		ensure!(
			!request.recording || T::Consent::allows_recording(&request.client, &therapist),
			Error::<T>::NoRecordingConsent
		);
		let start = T::UnixTime::now().as_secs();
		let minutes = CrisisTermsNow::<T>::get().minutes;
		Self::add_to_schedule(&therapist, start, start.saturating_add(minutes as u64 * 60), id)?;
		T::Directory::note_booking_opened(&therapist)?;
		Self::dequeue_crisis(id, &request);
		let booking = BookingInfo {
			client: request.client,
			payer: request.payer,
			therapist: therapist.clone(),
			service: Service::Crisis,
			format: request.format,
			start,
			minutes,
			later: Default::default(),
			group: None,
			series: None,
			escrow: request.escrow,
			policy: Self::policy_of(&therapist),
			status: BookingStatus::Confirmed,
			record: None,
			access: SessionAccess { client_key: request.client_key, therapist: Some(access) },
			recording: request.recording,
			reschedule: None,
		};
		Self::audit(&booking, Some(&therapist), id, BookingStep::Confirmed);
		Self::insert_new(id, booking);
		Self::deposit_event(Event::CrisisAccepted { id, therapist, start });
		Ok(())
	}

	pub(crate) fn do_withdraw_crisis(who: T::AccountId, id: BookingId) -> DispatchResult {
		let request = CrisisQueue::<T>::get(id).ok_or(Error::<T>::UnknownCrisis)?;
		ensure!(request.client == who, Error::<T>::NotClient);
		let refunded =
			T::Currency::release(&HoldReason::Escrow.into(), &request.payer, request.escrow, Precision::BestEffort)?;
		Self::note_refund(&request.payer, &request.client, refunded);
		Self::dequeue_crisis(id, &request);
		T::AuditTrail::record(&request.client, Some(&who), AuditEvent::Booking { id, step: BookingStep::Cancelled });
		Self::deposit_event(Event::CrisisWithdrawn { id });
		Ok(())
	}

	fn dequeue_crisis(id: BookingId, request: &CrisisOf<T>) {
		CrisisQueue::<T>::remove(id);
		CrisisOfClient::<T>::remove(&request.client);
		Escalations::<T>::remove(request.escalate_at, id);
	}

	/// Still waiting: tell everyone again and look again one period later.
	pub(crate) fn escalate(id: BookingId) {
		let Some(mut request) = CrisisQueue::<T>::get(id) else { return };
		request.escalations = request.escalations.saturating_add(1);
		request.escalate_at = frame_system::Pallet::<T>::block_number()
			.saturating_add(CrisisTermsNow::<T>::get().escalate_after);
		Escalations::<T>::insert(request.escalate_at, id, ());
		Self::deposit_event(Event::CrisisEscalated { id, escalations: request.escalations });
		CrisisQueue::<T>::insert(id, request);
	}
}
