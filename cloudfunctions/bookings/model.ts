/** The stored room, slot and booking documents, and the reads the actions share. */
import { z } from 'zod';
import { BOOKING_LIMITS, BOOKING_STATUSES, type BookingView, type RoomView } from '../../types/bookings';
import { notFound } from '../_shared/failure';
import { fetchDocs, findAll, findById } from '../_shared/records';
import { db } from '../_shared/cloud';

const date = z.coerce.date();

export const roomDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  placeId: z.string(),
  name: z.string(),
  capacity: z.number(),
  opens: z.string(),
  closes: z.string(),
  slotMinutes: z.union([z.literal(30), z.literal(60), z.literal(90), z.literal(120)]),
  daysAhead: z.number(),
});
export type RoomDoc = z.infer<typeof roomDoc>;

/**
 * A slot's one document (`_id` = slotId(room, day, start)). `state` free after a cancel or an
 * unblock; `seq` counts the bookings it has had, so each booking's id is new and deterministic.
 */
export const slotDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  roomId: z.string(),
  day: z.string(),
  start: z.string(),
  state: z.enum(['free', 'booked', 'blocked']),
  seq: z.number().int().default(0),
  bookingId: z.string().optional(),
  userId: z.string().optional(),
  userName: z.string().optional(),
  groupName: z.string().optional(),
  headcount: z.number().optional(),
  purpose: z.string().optional(),
  reason: z.string().optional(),
});
export type SlotDoc = z.infer<typeof slotDoc>;

export const bookingDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  placeId: z.string(),
  placeName: z.string(),
  roomId: z.string(),
  roomName: z.string(),
  slotId: z.string(),
  day: z.string(),
  start: z.string(),
  end: z.string(),
  startAt: date,
  userId: z.string(),
  userName: z.string(),
  groupName: z.string().optional(),
  headcount: z.number(),
  purpose: z.string(),
  status: z.enum(BOOKING_STATUSES),
  cancelReason: z.string().optional(),
});
export type BookingDoc = z.infer<typeof bookingDoc>;

/** A person's upcoming bookings (`_id` = their user id): the per-person limit, kept in the transaction. */
export const holderDoc = z.object({
  upcoming: z.array(z.object({ bookingId: z.string(), startAt: date })).default([]),
});

const placeName = z.object({ _id: z.string(), communityId: z.string(), name: z.string() });

/** The place, when it is of the caller's community; else NOT_FOUND (another community's is unseen). */
export async function ownPlace(placeId: string, communityId: string) {
  const place = await findById('places', placeId, placeName);
  if (!place || place.communityId !== communityId) throw notFound('服务阵地');
  return place;
}

export async function ownRoom(roomId: string, communityId: string): Promise<RoomDoc> {
  const room = await findById('place_rooms', roomId, roomDoc);
  if (!room || room.communityId !== communityId) throw notFound('房间');
  return room;
}

export const roomsOf = (communityId: string, placeId: string) =>
  findAll('place_rooms', { communityId, placeId }, roomDoc, BOOKING_LIMITS.roomsPerPlace);

/** The stored slots of a room's day (booked or blocked ones; the rest are free), ≤ 48: one read. */
export async function slotsOfDay(communityId: string, roomId: string, day: string): Promise<SlotDoc[]> {
  const docs = await fetchDocs(
    db().collection('booking_slots').where({ communityId, roomId, day }).orderBy('start', 'asc').limit(100),
  );
  return docs.map((d) => slotDoc.parse(d));
}

export function roomView(room: RoomDoc): RoomView {
  const { communityId: _c, ...shown } = room;
  return shown;
}

export function bookingView(b: BookingDoc): BookingView {
  return {
    _id: b._id,
    placeId: b.placeId,
    placeName: b.placeName,
    roomId: b.roomId,
    roomName: b.roomName,
    day: b.day,
    start: b.start,
    end: b.end,
    status: b.status,
    purpose: b.purpose,
    ...(b.groupName ? { groupName: b.groupName } : {}),
    headcount: b.headcount,
    ...(b.status === 'staff_cancelled' && b.cancelReason ? { cancelReason: b.cancelReason } : {}),
  };
}
