/**
 * slots: a place's rooms and one room's day as residents see it — 可约 / 已约 / 不可约 / 我的, never
 * who booked. schedule: the same day for staff, with each booker's name, group, headcount, purpose
 * and phone (community admins see phones in full, as in 人员管理). mine: 我的预约, paged.
 */
import { chinaDay } from '../../domain/china-time';
import { bookableDays, slotsOf, slotStarted } from '../../domain/bookings/slots';
import { isCommunityAdmin } from '../../domain/actor';
import {
  BOOKING_LIMITS,
  type BookingView,
  type DayAnswer,
  type ScheduleSlot,
  type SlotView,
} from '../../types/bookings';
import type { Page } from '../../types/envelope';
import { afterCursor, orderedBy, pageFrom, type KeysetOrder } from '../_shared/cursor';
import { loadActor, loadAdmin } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { notFound } from '../_shared/failure';
import { userDoc } from '../_shared/models';
import { fetchDocs, findById } from '../_shared/records';
import { bookingDoc, bookingView, ownPlace, roomsOf, roomView, slotsOfDay, type SlotDoc } from './model';

type DayInput = { placeId: string; roomId?: string; day?: string };

/** The place, its rooms, the chosen room (or the first), the chosen day (or today) and its stored slots. */
async function dayOf(communityId: string, input: DayInput, now: Date) {
  const place = await ownPlace(input.placeId, communityId);
  const rooms = await roomsOf(communityId, place._id);
  const room = input.roomId ? rooms.find((r) => r._id === input.roomId) : rooms[0];
  if (input.roomId && !room) throw notFound('房间');
  const day = input.day ?? chinaDay(now);
  const stored = room ? await slotsOfDay(communityId, room._id, day) : [];
  return { place, rooms, room, day, stored };
}

function slotView(
  slot: { start: string; end: string },
  stored: SlotDoc | undefined,
  day: string,
  now: Date,
  viewerId: string,
): SlotView {
  const base = { start: slot.start, end: slot.end };
  if (stored?.state === 'booked') {
    return stored.userId === viewerId
      ? { ...base, state: 'mine', bookingId: stored.bookingId }
      : { ...base, state: 'taken' };
  }
  if (slotStarted(day, slot.start, now)) return { ...base, state: 'past' };
  if (stored?.state === 'blocked')
    return { ...base, state: 'blocked', ...(stored.reason ? { reason: stored.reason } : {}) };
  return { ...base, state: 'free' };
}

export async function daySlots(input: DayInput): Promise<DayAnswer> {
  const actor = await loadActor();
  const now = new Date();
  const { place, rooms, room, day, stored } = await dayOf(actor.communityId, input, now);
  const byStart = new Map(stored.map((s) => [s.start, s]));
  return {
    place: { _id: place._id, name: place.name },
    rooms: rooms.map(roomView),
    ...(room ? { room: roomView(room) } : {}),
    days: room ? bookableDays(room, now) : [],
    day,
    slots: room ? slotsOf(room).map((s) => slotView(s, byStart.get(s.start), day, now, actor.userId)) : [],
  };
}

export async function schedule(input: DayInput): Promise<DayAnswer<ScheduleSlot>> {
  const actor = await loadAdmin('只有社区管理员可以查看预约安排');
  const now = new Date();
  const { place, rooms, room, day, stored } = await dayOf(actor.communityId, input, now);
  const byStart = new Map(stored.map((s) => [s.start, s]));
  const bookers = await Promise.all(
    stored.filter((s) => s.state === 'booked' && s.userId).map((s) => findById('users', s.userId as string, userDoc)),
  );
  const phoneOf = new Map(bookers.filter((u) => u).map((u) => [u!._id, u!.phone]));
  const slots: ScheduleSlot[] = room
    ? slotsOf(room).map((s) => {
        const doc = byStart.get(s.start);
        const view: ScheduleSlot = slotView(s, doc, day, now, '');
        if (doc?.state !== 'booked') return view;
        return {
          ...view,
          state: 'taken',
          booker: {
            bookingId: doc.bookingId ?? '',
            name: doc.userName ?? '',
            phone: isCommunityAdmin(actor) ? (phoneOf.get(doc.userId ?? '') ?? '') : '',
            ...(doc.groupName ? { groupName: doc.groupName } : {}),
            headcount: doc.headcount ?? 1,
            purpose: doc.purpose ?? '',
          },
        };
      })
    : [];
  return {
    place: { _id: place._id, name: place.name },
    rooms: rooms.map(roomView),
    ...(room ? { room: roomView(room) } : {}),
    days: room ? bookableDays(room, now) : [],
    day,
    slots,
  };
}

/**
 * 我的预约. Upcoming: those still booked (or cancelled by the community: 已被社区取消 and why) that
 * have not started, soonest first. Past (`past`): the
 * earlier ones, cancelled or not, latest first. Keyset cursor (startAt, _id), 20 a page.
 */
const SOONEST: KeysetOrder = { field: 'startAt', direction: 'asc' };
const LATEST: KeysetOrder = { field: 'startAt', direction: 'desc' };

export async function myBookings(input: { past?: boolean; cursor?: string }): Promise<Page<BookingView>> {
  const actor = await loadActor();
  const _ = db().command;
  const now = new Date();
  const order = input.past ? LATEST : SOONEST;
  const conditions: object[] = input.past
    ? [{ communityId: actor.communityId, userId: actor.userId, startAt: _.lt(now) }]
    : [
        // a booking the community cancelled stays here until its time, so the booker reads why
        {
          communityId: actor.communityId,
          userId: actor.userId,
          status: _.in(['booked', 'staff_cancelled']),
          startAt: _.gt(now),
        },
      ];
  if (input.cursor) conditions.push(afterCursor(input.cursor, order));
  const query = orderedBy(db().collection('bookings').where(_.and(conditions)), order);
  const docs = (await fetchDocs(query.limit(BOOKING_LIMITS.pageSize + 1))).map((d) => bookingDoc.parse(d));
  return pageFrom(docs, BOOKING_LIMITS.pageSize, order, bookingView);
}
