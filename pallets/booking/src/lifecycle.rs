//! Requests, scheduling and settlement: the paths every kind of booking shares.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::{DispatchError, DispatchResult},
	traits::{
		tokens::{Fortitude, Precision, Restriction},
		Get, UnixTime,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_mv_therapists::{Format, OfferingId, SessionKind, TherapistDirectory, UnixSeconds};
use sp_runtime::traits::{One, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Validates and opens a booking (see [`Pallet::request`]); returns its id.
	pub(crate) fn do_request(
		client: T::AccountId,
		therapist: T::AccountId,
		offering_id: OfferingId,
		starts: Starts,
		format: Format,
		terms: TermsOf<T>,
		series: Option<BookingId>,
	) -> Result<BookingId, DispatchError> {
		ensure!(client != therapist, Error::<T>::SelfBooking);
		ensure!(T::Directory::is_bookable(&therapist), Error::<T>::TherapistNotBookable);
		let offering = T::Directory::offering(&therapist, offering_id).ok_or(Error::<T>::UnknownOffering)?;
		ensure!(offering.formats.contains(&format), Error::<T>::FormatNotOffered);
		let sessions = match offering.kind {
			SessionKind::IntensiveProgram { sessions } => sessions as usize,
			_ => 1,
		};
		ensure!(starts.len() == sessions, Error::<T>::WrongSessionCount);
		let minutes = offering.duration_minutes;
		let length = minutes as u64 * 60;
		ensure!(starts.windows(2).all(|w| w[0].saturating_add(length) <= w[1]), Error::<T>::SessionsOutOfOrder);
		let escrow = Self::agreed_price(&offering, terms.price)?;
		let (&start, later) = starts.split_first().ok_or(Error::<T>::WrongSessionCount)?;
		ensure!(start >= Self::earliest_start(), Error::<T>::TooLittleNotice);
		for &at in starts.iter() {
			ensure!(T::Directory::is_available(&therapist, at, minutes as u32), Error::<T>::OutsideAvailability);
		}
		ensure!(!terms.recording || T::Consent::allows_recording(&client, &therapist), Error::<T>::NoRecordingConsent);
		let payer = Self::payer_for(&client, terms.payer.as_ref(), escrow)?;

		let id = Self::next_id();
		let mut status = BookingStatus::Requested {
			confirm_by: frame_system::Pallet::<T>::block_number().saturating_add(ConfirmationPeriod::<T>::get()),
		};
		let group = match offering.kind {
			SessionKind::Group { capacity } => {
				let (group, scheduled) = Self::take_seat(&therapist, offering_id, start, start + length, capacity, id)?;
				if scheduled {
					status = BookingStatus::Confirmed;
				}
				Some(group)
			},
			_ => {
				for &at in starts.iter() {
					ensure!(!Self::overlaps(&therapist, at, at.saturating_add(length)), Error::<T>::Overlap);
				}
				None
			},
		};
		T::Currency::hold(&HoldReason::Escrow.into(), &payer, escrow).map_err(|_| Error::<T>::InsufficientFunds)?;
		T::Directory::note_booking_opened(&therapist)?;
		if let BookingStatus::Requested { confirm_by } = status {
			ConfirmationDeadlines::<T>::insert(confirm_by, id, ());
		}
		let booking = BookingInfo {
			client: client.clone(),
			payer: payer.clone(),
			therapist: therapist.clone(),
			service: Service::Offering { id: offering_id, kind: offering.kind },
			format,
			start,
			minutes,
			later: later.to_vec().try_into().map_err(|_| Error::<T>::WrongSessionCount)?,
			group,
			series,
			escrow,
			policy: Self::policy_of(&therapist),
			status,
			record: None,
			access: SessionAccess { client_key: terms.client_key, therapist: None },
			recording: terms.recording,
			reschedule: None,
		};
		T::AuditTrail::record(&client, Some(&client), AuditEvent::Booking { id, step: BookingStep::Requested });
		Self::insert_new(id, booking);
		Self::deposit_event(Event::Requested { id, client, therapist, payer, start, escrow });
		if status == BookingStatus::Confirmed {
			Self::deposit_event(Event::Confirmed { id });
		}
		Ok(id)
	}

	/// The price the client proposes within the sliding scale, else the list price.
	fn agreed_price(
		offering: &pallet_mv_therapists::Offering<BalanceOf<T>>,
		proposed: Option<BalanceOf<T>>,
	) -> Result<BalanceOf<T>, DispatchError> {
		let price = match proposed {
			None => offering.price,
			Some(price) => {
				let floor = offering.sliding_scale_floor.ok_or(Error::<T>::NoSlidingScale)?;
				ensure!(price >= floor, Error::<T>::BelowSlidingScaleFloor);
				ensure!(price <= offering.price, Error::<T>::AboveListPrice);
				price
			},
		};
		ensure!(price >= T::MinimumEscrow::get(), Error::<T>::EscrowTooSmall);
		Ok(price)
	}

	/// Stores a new booking and indexes it under both parties.
	pub(crate) fn insert_new(id: BookingId, booking: BookingOf<T>) {
		Parties::<T>::insert(&booking.client, id, ());
		Parties::<T>::insert(&booking.therapist, id, ());
		Bookings::<T>::insert(id, booking);
	}

	pub(crate) fn next_id() -> BookingId {
		NextBookingId::<T>::mutate(|next| {
			let id = *next;
			*next = next.saturating_add(1);
			id
		})
	}

	/// The earliest start a request may have now.
	pub(crate) fn earliest_start() -> UnixSeconds {
		T::UnixTime::now().as_secs().saturating_add(MinNotice::<T>::get())
	}

	/// Records `step` of booking `id`, taken by `actor` (`None`: governance), in its client's
	/// audit trail.
	pub(crate) fn audit(booking: &BookingOf<T>, actor: Option<&T::AccountId>, id: BookingId, step: BookingStep) {
		T::AuditTrail::record(&booking.client, actor, AuditEvent::Booking { id, step });
	}

	pub(crate) fn booking_of_therapist(id: BookingId, who: &T::AccountId) -> Result<BookingOf<T>, DispatchError> {
		let booking = Bookings::<T>::get(id).ok_or(Error::<T>::UnknownBooking)?;
		ensure!(&booking.therapist == who, Error::<T>::NotTherapist);
		Ok(booking)
	}

	/// The policy a new booking with `therapist` copies: theirs if still within bounds,
	/// else the bounds' default.
	pub fn policy_of(therapist: &T::AccountId) -> CancellationPolicy {
		let bounds = Bounds::<T>::get();
		Policies::<T>::get(therapist).filter(|p| bounds.allows(p)).unwrap_or_else(|| bounds.default_policy())
	}

	pub(crate) fn overlaps(therapist: &T::AccountId, start: UnixSeconds, end: UnixSeconds) -> bool {
		Schedule::<T>::get(therapist).iter().any(|(s, e, _)| *s < end && start < *e)
	}

	/// Puts `(start, end, entry)` into the therapist's schedule, refusing overlaps.
	pub(crate) fn add_to_schedule(
		therapist: &T::AccountId,
		start: UnixSeconds,
		end: UnixSeconds,
		entry: BookingId,
	) -> DispatchResult {
		Schedule::<T>::try_mutate(therapist, |sessions| {
			ensure!(!sessions.iter().any(|(s, e, _)| *s < end && start < *e), Error::<T>::Overlap);
			let at = sessions.partition_point(|(s, _, _)| *s < start);
			sessions.try_insert(at, (start, end, entry)).map_err(|_| Error::<T>::ScheduleFull.into())
		})
	}

	/// Schedules every session of a (non-group) booking.
	pub(crate) fn schedule(booking: &BookingOf<T>, id: BookingId) -> DispatchResult {
		for (start, end) in booking.sessions() {
			Self::add_to_schedule(&booking.therapist, start, end, id)?;
		}
		Ok(())
	}

	pub(crate) fn unschedule(therapist: &T::AccountId, entry: BookingId) {
		Schedule::<T>::mutate(therapist, |sessions| sessions.retain(|(_, _, b)| *b != entry));
	}

	/// Takes a seat in the group at the therapist's slot, opening the group if there is none.
	/// Returns the group and whether it is scheduled already.
	fn take_seat(
		therapist: &T::AccountId,
		offering: OfferingId,
		start: UnixSeconds,
		end: UnixSeconds,
		capacity: u16,
		seat: BookingId,
	) -> Result<(BookingId, bool), DispatchError> {
		let group_id = match GroupAt::<T>::get(therapist, start) {
			Some(group_id) => group_id,
			None => {
				ensure!(!Self::overlaps(therapist, start, end), Error::<T>::Overlap);
				let group_id = Self::next_id();
				let capacity = capacity.min(T::MaxGroupSeats::get().min(u16::MAX as u32) as u16);
				let group = GroupSession {
					therapist: therapist.clone(),
					offering,
					start,
					end,
					capacity,
					seats: Default::default(),
					scheduled: false,
				};
				Groups::<T>::insert(group_id, group);
				GroupAt::<T>::insert(therapist, start, group_id);
				Self::deposit_event(Event::GroupOpened { group: group_id, therapist: therapist.clone(), start, capacity });
				group_id
			},
		};
		Groups::<T>::try_mutate(group_id, |group| {
			let group = group.as_mut().ok_or(Error::<T>::UnknownBooking)?;
			ensure!(group.offering == offering, Error::<T>::SlotTaken);
			ensure!(group.seats.len() < group.capacity as usize, Error::<T>::GroupFull);
			group.seats.try_push(seat).map_err(|_| Error::<T>::GroupFull)?;
			if group.seats.len() == group.capacity as usize {
				Self::deposit_event(Event::GroupFilled { group: group_id });
			}
			Ok::<_, DispatchError>((group_id, group.scheduled))
		})
	}

	/// Schedules a group's slot (once).
	pub(crate) fn schedule_group(group_id: BookingId) -> DispatchResult {
		let mut group = Groups::<T>::get(group_id).ok_or(Error::<T>::UnknownBooking)?;
		if !group.scheduled {
			Self::add_to_schedule(&group.therapist, group.start, group.end, group_id)?;
			group.scheduled = true;
			Groups::<T>::insert(group_id, group);
		}
		Ok(())
	}

	/// A booking leaves the requested/confirmed states: it no longer holds a slot, a group
	/// seat or a place in its series' count.
	pub(crate) fn close_open(id: BookingId, booking: &BookingOf<T>) {
		match booking.group {
			None => Self::unschedule(&booking.therapist, id),
			Some(group_id) => {
				let Some(mut group) = Groups::<T>::get(group_id) else { return };
				group.seats.retain(|seat| *seat != id);
				if group.seats.is_empty() {
					Self::unschedule(&group.therapist, group_id);
					GroupAt::<T>::remove(&group.therapist, group.start);
					Groups::<T>::remove(group_id);
				} else {
					Groups::<T>::insert(group_id, group);
				}
			},
		}
		if let Some(series) = booking.series {
			Self::note_series_closed(series);
		}
	}

	/// Runs `work` on up to `MaxDuePerBlock` entries of `Queue` due at or before `now`, oldest
	/// first. Entries beyond the budget stay in their bucket, and [`DueFrom`] remembers the
	/// oldest bucket not yet emptied, so each booking's recorded deadline stays its queue key.
	/// Returns how many entries it processed.
	pub(crate) fn process_due<Queue>(
		queue: DueQueue,
		now: BlockNumberFor<T>,
		mut work: impl FnMut(BookingId),
	) -> u32
	where
		Queue: frame_support::storage::IterableStorageDoubleMap<BlockNumberFor<T>, BookingId, ()>
			+ frame_support::storage::StorageDoubleMap<BlockNumberFor<T>, BookingId, (), Query = Option<()>>,
	{
		let budget = T::MaxDuePerBlock::get();
		let mut bucket = DueFrom::<T>::get(queue).unwrap_or(now).min(now);
		let (mut done, mut buckets) = (0u32, 0u32);
		while bucket <= now && done < budget && buckets < budget {
			let batch: alloc::vec::Vec<BookingId> =
				Queue::iter_key_prefix(bucket).take((budget - done) as usize).collect();
			for id in batch {
				Queue::remove(bucket, id);
				work(id);
				done += 1;
			}
			if Queue::iter_key_prefix(bucket).next().is_some() {
				break;
			}
			bucket = bucket.saturating_add(One::one());
			buckets += 1;
		}
		DueFrom::<T>::insert(queue, bucket);
		done
	}

	pub(crate) fn expire(id: BookingId) {
		if let Some(booking) = Bookings::<T>::get(id).filter(|b| matches!(b.status, BookingStatus::Requested { .. })) {
			Self::deposit_event(Event::Expired { id });
			Self::settle(id, booking, Zero::zero(), Settlement::Refund);
		}
	}

	pub(crate) fn release(id: BookingId) {
		if let Some(booking) = Bookings::<T>::get(id).filter(|b| matches!(b.status, BookingStatus::Completed { .. })) {
			let escrow = booking.escrow;
			Self::settle(id, booking, escrow, Settlement::Released);
		}
	}

	/// Ends a booking: `to_therapist` of the escrow goes to the therapist (less the platform
	/// fee for a held session), the rest back to the payer. The booking is removed.
	pub(crate) fn settle(id: BookingId, booking: BookingOf<T>, to_therapist: BalanceOf<T>, how: Settlement) {
		let paid_session = how != Settlement::Refund;
		let reason = HoldReason::Escrow.into();
		let to_therapist = to_therapist.min(booking.escrow);
		let platform_fee = if paid_session {
			let fee = PlatformFee::<T>::get().mul_floor(to_therapist);
			fee.saturating_sub(T::FeeDiscount::platform_fee_discount(&booking.therapist).mul_floor(fee))
		} else {
			Zero::zero()
		};
		let move_held = |to: &T::AccountId, amount: BalanceOf<T>| -> BalanceOf<T> {
			if amount.is_zero() {
				return amount;
			}
			T::Currency::transfer_on_hold(
				&reason,
				&booking.payer,
				to,
				amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)
			.unwrap_or_else(|_| Zero::zero())
		};
		// A fee the platform account cannot receive (it would be below the existential
		// deposit) goes to the therapist: nothing is created or lost.
		let fee_paid = move_held(&T::PlatformAccount::get(), platform_fee);
		let therapist_share = to_therapist.saturating_sub(fee_paid);
		let paid = move_held(&booking.therapist, therapist_share);
		let rest = booking.escrow.saturating_sub(fee_paid).saturating_sub(paid);
		let refunded = T::Currency::release(&reason, &booking.payer, rest, Precision::BestEffort)
			.unwrap_or_else(|_| Zero::zero());
		Self::note_refund(&booking.payer, &booking.client, refunded);
		if booking.is_open() {
			Self::close_open(id, &booking);
		}
		T::Directory::note_booking_closed(&booking.therapist);
		if paid_session {
			T::Directory::grant_rating_right(&booking.client, &booking.therapist, id);
		}
		// Loyalty only for sessions released undisputed: a dispute is no occasion for rewards.
		if how == Settlement::Released {
			T::OnSessionPaid::on_session_paid(&booking.client, &booking.therapist, paid);
		}
		Parties::<T>::remove(&booking.client, id);
		Parties::<T>::remove(&booking.therapist, id);
		Bookings::<T>::remove(id);
		Self::deposit_event(Event::Settled { id, to_therapist: paid, platform_fee: fee_paid, refunded });
	}

	/// Single sessions booked from an offering can move; programs, group seats and crisis
	/// sessions cannot.
	pub(crate) fn is_reschedulable(booking: &BookingOf<T>) -> bool {
		matches!(booking.service, Service::Offering { .. }) && booking.later.is_empty() && booking.group.is_none()
	}

	pub(crate) fn do_accept_reschedule(who: T::AccountId, id: BookingId, access: TherapistAccess) -> DispatchResult {
		let mut booking = Self::booking_of_therapist(id, &who)?;
		let (start, client_key) = booking.reschedule.ok_or(Error::<T>::NoRescheduleProposed)?;
		ensure!(booking.is_open(), Error::<T>::WrongState);
		ensure!(start >= Self::earliest_start(), Error::<T>::TooLittleNotice);
		ensure!(T::Directory::is_available(&who, start, booking.minutes as u32), Error::<T>::OutsideAvailability);
		booking.start = start;
		booking.reschedule = None;
		booking.access = SessionAccess { client_key, therapist: Some(access) };
		if booking.status == BookingStatus::Confirmed {
			Self::unschedule(&who, id);
			Self::schedule(&booking, id)?;
		} else {
			ensure!(!Self::overlaps(&who, start, booking.end()), Error::<T>::Overlap);
		}
		Bookings::<T>::insert(id, booking);
		Self::deposit_event(Event::Rescheduled { id, start });
		Ok(())
	}
}
