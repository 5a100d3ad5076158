/**
 * Demo rooms and bookings (issue 15, point 3), so a newcomer sees 预约 working right after
 * `npm start`: the 党群服务中心 has a 活动室 and a 会议室, the 红色驿站（幸福路） an 活动室. Tomorrow 吴大爷's
 * 舞蹈队 holds the 驿站's 活动室 at 09:00 and 党员 赵 a 15:00 slot; 19:00 is blocked for 社区活动;
 * the day after, 郑阿姨 has the 会议室 at 14:30, and 周奶奶's 读书会 in the 中心's 活动室 at 10:00 was
 * cancelled by the community (区里检查，活动室临时征用): her 我的预约 shows 已被社区取消 and why, and the
 * slot is free again. The slot documents, bookings and holders are written as the `bookings`
 * function writes them (one slot document per booked, blocked or freed slot; a freed slot keeps its
 * `seq`, so the next booking of it gets a new id).
 */
import { DEMO_COMMUNITY } from '../types/demo';
import type { RoomInput } from '../types/bookings';
import { chinaDayAfter } from '../domain/china-time';
import { slotEnd, slotId, slotStartAt } from '../domain/bookings/slots';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { DEMO_PEOPLE } from '../types/demo';
import type { SeedTarget } from './demo-seed';

type DemoRoom = RoomInput & { _id: string; placeId: string; placeName: string };

export const DEMO_ROOMS: DemoRoom[] = [
  {
    _id: 'room-demo-station-hall',
    placeId: 'place-demo-station-1',
    placeName: '红色驿站（幸福路）',
    name: '活动室',
    capacity: 20,
    opens: '08:00',
    closes: '20:00',
    slotMinutes: 60,
    daysAhead: 7,
  },
  {
    _id: 'room-demo-center-hall',
    placeId: 'place-demo-center',
    placeName: '示范社区党群服务中心',
    name: '活动室',
    capacity: 40,
    opens: '08:30',
    closes: '17:30',
    slotMinutes: 90,
    daysAhead: 7,
  },
  {
    _id: 'room-demo-center-meeting',
    placeId: 'place-demo-center',
    placeName: '示范社区党群服务中心',
    name: '会议室',
    capacity: 12,
    opens: '08:30',
    closes: '17:30',
    slotMinutes: 60,
    daysAhead: 14,
  },
];

const DEMO_BOOKINGS = [
  {
    room: 0,
    inDays: 1,
    start: '09:00',
    who: 'demo-resident-2',
    groupName: '舞蹈队',
    headcount: 12,
    purpose: '广场舞排练',
  },
  { room: 0, inDays: 1, start: '15:00', who: 'demo-party-1', headcount: 6, purpose: '党员学习小组' },
  { room: 2, inDays: 2, start: '14:30', who: 'demo-resident-3', headcount: 5, purpose: '楼道议事' },
];
/** Cancelled by staff (bookings.staffCancel): the booking stays, its slot is free with seq 1. */
const DEMO_STAFF_CANCELLED = {
  room: 1,
  inDays: 2,
  start: '10:00',
  who: 'demo-resident-1',
  headcount: 8,
  purpose: '老年读书会',
  reason: '区里检查，活动室临时征用',
};
const DEMO_BLOCKS = [{ room: 0, inDays: 1, start: '19:00', reason: '社区活动占用' }];

/** What every demo booking of a slot carries, whatever became of it (booked, or cancelled by staff). */
function bookingOf(room: DemoRoom, day: string, start: string, now: Date) {
  return {
    communityId: DEMO_COMMUNITY._id,
    placeId: room.placeId,
    placeName: room.placeName,
    roomId: room._id,
    roomName: room.name,
    slotId: slotId(room._id, day, start),
    day,
    start,
    end: slotEnd(start, room.slotMinutes),
    startAt: slotStartAt(day, start),
    createdAt: now,
  };
}

export async function seedDemoBookings(store: SeedTarget, now: Date): Promise<void> {
  const communityId = DEMO_COMMUNITY._id;
  await store.insertMany(
    'place_rooms',
    DEMO_ROOMS.map(({ placeName: _p, ...r }) => ({ ...r, communityId, createdAt: now, updatedAt: now })),
  );
  const slots: Record<string, unknown>[] = [];
  const bookings: Record<string, unknown>[] = [];
  const holders = new Map<string, { bookingId: string; startAt: Date }[]>();
  for (const b of DEMO_BOOKINGS) {
    const room = DEMO_ROOMS[b.room];
    const day = chinaDayAfter(b.inDays, now);
    const id = slotId(room._id, day, b.start);
    const bookingId = `${id}-1`;
    const person = DEMO_PEOPLE.find((p) => p.openid === b.who);
    if (!person) throw new Error(`demo-bookings: no demo person ${b.who}`);
    const userId = userIdFor(b.who);
    const who = { userId, userName: person.name, ...(b.groupName ? { groupName: b.groupName } : {}) };
    const what = { headcount: b.headcount, purpose: b.purpose };
    const startAt = slotStartAt(day, b.start);
    slots.push({
      _id: id,
      communityId,
      roomId: room._id,
      day,
      start: b.start,
      state: 'booked',
      seq: 1,
      bookingId,
      ...who,
      ...what,
    });
    bookings.push({ _id: bookingId, ...bookingOf(room, day, b.start, now), ...who, ...what, status: 'booked' });
    holders.set(userId, [...(holders.get(userId) ?? []), { bookingId, startAt }]);
  }
  {
    const c = DEMO_STAFF_CANCELLED;
    const room = DEMO_ROOMS[c.room];
    const day = chinaDayAfter(c.inDays, now);
    const id = slotId(room._id, day, c.start);
    const person = DEMO_PEOPLE.find((p) => p.openid === c.who);
    if (!person) throw new Error(`demo-bookings: no demo person ${c.who}`);
    slots.push({ _id: id, communityId, roomId: room._id, day, start: c.start, state: 'free', seq: 1 });
    bookings.push({
      _id: `${id}-1`,
      ...bookingOf(room, day, c.start, now),
      userId: userIdFor(c.who),
      userName: person.name,
      headcount: c.headcount,
      purpose: c.purpose,
      status: 'staff_cancelled',
      cancelReason: c.reason,
      cancelledBy: userIdFor('demo-admin'),
      cancelledAt: now,
    });
  }
  for (const b of DEMO_BLOCKS) {
    const room = DEMO_ROOMS[b.room];
    const day = chinaDayAfter(b.inDays, now);
    slots.push({
      _id: slotId(room._id, day, b.start),
      communityId,
      roomId: room._id,
      day,
      start: b.start,
      state: 'blocked',
      seq: 0,
      reason: b.reason,
    });
  }
  await store.insertMany('booking_slots', slots);
  await store.insertMany('bookings', bookings);
  await store.insertMany(
    'booking_holders',
    [...holders].map(([userId, upcoming]) => ({ _id: userId, communityId, upcoming })),
  );
}
