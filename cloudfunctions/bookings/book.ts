/**
 * book and cancel. A slot is one document (`_id` = slotId(room, day, start)); a booking reads it and
 * writes it in one transaction together with the booking and the person's holder document, so of
 * any number of people booking one slot at once exactly one wins: the others' transactions conflict
 * on the slot, rerun, find it booked and are refused SLOT_TAKEN. The per-person limit is kept the
 * same way on the holder document, so ten taps at once cannot hold more than the limit either.
 * A cancel writes the slot back to free in the same way (release.ts), and the slot can be booked again.
 */
import type { BookingView } from '../../types/bookings';
import { actorFrom, loadActor, loadCallerUser } from '../_shared/actor';
import { failureOf, refusal } from '../_shared/failure';
import { inTransaction, txGet } from '../_shared/transaction';
import { checkSlot, slotEnd, slotId, slotStartAt } from '../../domain/bookings/slots';
import { MAX_UPCOMING_BOOKINGS, mayBook } from '../../domain/bookings/rules';
import { bookingDoc, bookingView, ownPlace, ownRoom, slotDoc } from './model';
import { heldBy, releaseBooking } from './release';

interface BookInput {
  roomId: string;
  day: string;
  start: string;
  purpose: string;
  groupName?: string;
  headcount: number;
}

export async function book(input: BookInput): Promise<{ booking: BookingView }> {
  const user = await loadCallerUser();
  const actor = actorFrom(user);
  if (!mayBook(user)) throw refusal('BOOKING_NOT_MEMBER');
  const room = await ownRoom(input.roomId, actor.communityId);
  const place = await ownPlace(room.placeId, actor.communityId);
  const now = new Date();
  const bad = checkSlot(room, input.day, input.start, now);
  if (bad) throw failureOf(bad);
  if (input.headcount > room.capacity) {
    throw refusal('BOOKING_OVER_CAPACITY', `人数超过了${room.name}可容纳的 ${room.capacity} 人`);
  }
  const id = slotId(room._id, input.day, input.start);
  const groupName = input.groupName?.trim() || undefined;
  const who = { userId: actor.userId, userName: actor.name, ...(groupName ? { groupName } : {}) };
  const what = { headcount: input.headcount, purpose: input.purpose };

  return inTransaction(async (tx) => {
    const raw = await txGet(tx, 'booking_slots', id);
    const slot = raw ? slotDoc.parse({ ...raw, _id: id }) : null;
    if (slot?.state === 'booked') {
      // A retried tap of the one who holds it answers her booking; anyone else is refused.
      if (slot.userId === actor.userId && slot.bookingId) {
        const mine = await txGet(tx, 'bookings', slot.bookingId);
        if (mine) return { booking: bookingView(bookingDoc.parse({ ...mine, _id: slot.bookingId })) };
      }
      throw refusal('SLOT_TAKEN');
    }
    if (slot?.state === 'blocked') {
      throw refusal('SLOT_BLOCKED', slot.reason ? `该时段不可预约：${slot.reason}` : undefined);
    }
    const held = await heldBy(tx, actor.userId, now);
    if (held.length >= MAX_UPCOMING_BOOKINGS) {
      throw refusal(
        'BOOKING_LIMIT_REACHED',
        `每人最多同时保留 ${MAX_UPCOMING_BOOKINGS} 个未到期的预约，请先使用或取消后再约`,
      );
    }
    const seq = (slot?.seq ?? 0) + 1;
    const bookingId = `${id}-${seq}`;
    const startAt = slotStartAt(input.day, input.start);
    const booking = {
      communityId: actor.communityId,
      placeId: place._id,
      placeName: place.name,
      roomId: room._id,
      roomName: room.name,
      slotId: id,
      day: input.day,
      start: input.start,
      end: slotEnd(input.start, room.slotMinutes),
      startAt,
      ...who,
      ...what,
      status: 'booked' as const,
      createdAt: now,
    };
    await tx.collection('bookings').doc(bookingId).set({ data: booking });
    await tx
      .collection('booking_slots')
      .doc(id)
      .set({
        data: {
          communityId: actor.communityId,
          roomId: room._id,
          day: input.day,
          start: input.start,
          state: 'booked',
          seq,
          bookingId,
          ...who,
          ...what,
        },
      });
    await tx
      .collection('booking_holders')
      .doc(actor.userId)
      .set({
        data: { communityId: actor.communityId, upcoming: [...held, { bookingId, startAt }] },
      });
    return { booking: bookingView({ ...booking, _id: bookingId }) };
  });
}

/** One's own booking, before it starts. The slot is free again at once. */
export async function cancel(input: { bookingId: string }): Promise<{ booking: BookingView }> {
  const actor = await loadActor();
  const booking = await releaseBooking({
    bookingId: input.bookingId,
    communityId: actor.communityId,
    now: new Date(),
    mayEnd: (b) => {
      if (b.userId !== actor.userId) throw refusal('BOOKING_NOT_YOURS');
    },
    status: 'cancelled',
  });
  return { booking: bookingView(booking) };
}
