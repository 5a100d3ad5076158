/**
 * Ending a booking before it starts — the booker's own cancel, or staff's (the room is needed) — in
 * one transaction that also frees its slot and the booker's place in the per-person limit. Both
 * write the same booking and slot documents, so of a staff cancel and the booker's own cancel at
 * once one wins; the other reruns, finds the booking no longer booked and is refused.
 */
import { notFound, refusal } from '../_shared/failure';
import { inTransaction, txGet, type Tx } from '../_shared/transaction';
import { stillUpcoming } from '../../domain/bookings/rules';
import type { BookingStatus } from '../../types/bookings';
import { bookingDoc, holderDoc, slotDoc, type BookingDoc } from './model';

/** A person's upcoming bookings as the transaction sees them (those started are used). */
export async function heldBy(tx: Tx, userId: string, now: Date) {
  const raw = await txGet(tx, 'booking_holders', userId);
  return stillUpcoming(holderDoc.parse(raw ?? {}).upcoming, now);
}

export interface Release {
  bookingId: string;
  communityId: string;
  now: Date;
  /** throws the refusal when this caller may not end this booking */
  mayEnd(booking: BookingDoc): void;
  status: Exclude<BookingStatus, 'booked'>;
  /** stored on the booking with the new status (who cancelled, why) */
  extra?: Record<string, unknown>;
}

/** The booking as it now stands. NOT_FOUND outside the caller's community; BOOKING_NOT_CANCELLABLE once ended or started. */
export function releaseBooking(r: Release): Promise<BookingDoc> {
  return inTransaction(async (tx) => {
    const raw = await txGet(tx, 'bookings', r.bookingId);
    const booking = raw ? bookingDoc.parse({ ...raw, _id: r.bookingId }) : null;
    if (!booking || booking.communityId !== r.communityId) throw notFound('预约');
    r.mayEnd(booking);
    if (booking.status !== 'booked' || booking.startAt.getTime() <= r.now.getTime()) {
      throw refusal('BOOKING_NOT_CANCELLABLE');
    }
    const slotRaw = await txGet(tx, 'booking_slots', booking.slotId);
    const slot = slotRaw ? slotDoc.parse({ ...slotRaw, _id: booking.slotId }) : null;
    const held = await heldBy(tx, booking.userId, r.now);
    const change = { status: r.status, cancelledAt: r.now, ...r.extra };
    await tx.collection('bookings').doc(booking._id).update({ data: change });
    if (slot && slot.bookingId === booking._id) {
      await tx
        .collection('booking_slots')
        .doc(slot._id)
        .set({
          data: {
            communityId: slot.communityId,
            roomId: slot.roomId,
            day: slot.day,
            start: slot.start,
            state: 'free',
            seq: slot.seq,
          },
        });
    }
    await tx
      .collection('booking_holders')
      .doc(booking.userId)
      .set({
        data: { communityId: booking.communityId, upcoming: held.filter((h) => h.bookingId !== booking._id) },
      });
    return bookingDoc.parse({ ...booking, ...change });
  });
}
