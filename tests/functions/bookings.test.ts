/**
 * 预约服务阵地 (issue 15, point 3) on the local cloud: one slot cannot be won twice (ten residents at
 * once), a cancel frees the slot for the next, staff block times (and a block never silently takes
 * a booked slot), the bookable window, the per-person limit, who may do what, and that a resident
 * never learns who booked a slot.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { chinaDayAfter } from '../../domain/china-time';
import { slotId } from '../../domain/bookings/slots';
import { MAX_UPCOMING_BOOKINGS } from '../../domain/bookings/rules';
import { REFUSALS } from '../../types/refusals';

let cloud: TestCloud;
let roomId: string;
const PLACE = 'place-demo-center';
const tomorrow = () => chinaDayAfter(1, new Date());
const ROOM = { name: '活动室', capacity: 30, opens: '08:00', closes: '20:00', slotMinutes: 60, daysAhead: 7 };

const call = (openid: string, event: object) => cloud.call('bookings', openid, event);
const book = (openid: string, start: string, more: object = {}) =>
  call(openid, { action: 'book', roomId, day: tomorrow(), start, purpose: '排练', headcount: 8, ...more });
const slotsSeenBy = async (openid: string, day = tomorrow()) =>
  data(await call(openid, { action: 'slots', placeId: PLACE, roomId, day }));
const stateAt = async (openid: string, start: string) =>
  (await slotsSeenBy(openid)).slots.find((s: { start: string }) => s.start === start);

/** Ten confirmed residents of 示范社区 (as the demo seed places them) and a 商家 with no address. */
const RACERS = Array.from({ length: 10 }, (_, i) => `booking-racer-${i}`);
beforeAll(async () => {
  cloud = await startTestCloud();
  await cloud.store.insertMany('users', [
    ...RACERS.map((openid, i) => ({
      _id: userIdFor(openid),
      openid,
      communityId: 'c-demo',
      name: `居民${i}`,
      phone: `1390000${String(i).padStart(4, '0')}`,
      buildingId: 'b-demo-1-1',
      room: `${i + 1}01`,
      grants: [],
    })),
    {
      _id: userIdFor('booking-merchant'),
      openid: 'booking-merchant',
      communityId: 'c-demo',
      name: '老张',
      phone: '13600000022',
      buildingId: '',
      room: '',
      grants: [{ role: 'merchant', scope: { communityId: 'c-demo' } }],
    },
  ]);
  roomId = data(await call('demo-admin', { action: 'room.save', placeId: PLACE, room: ROOM })).roomId;
});
afterAll(() => cloud.close());

describe('one slot, one booking', () => {
  it('ten residents booking the same slot at once: exactly one wins, nine are told it is taken', async () => {
    // Every instance warm first (a cold start would space the racers out), then all at once.
    await Promise.all(RACERS.map((openid) => call(openid, { action: 'slots', placeId: PLACE, roomId })));
    const answers = await Promise.all(RACERS.map((openid) => book(openid, '09:00')));
    const won = answers.filter((a) => a.ok);
    const lost = answers.filter((a) => !a.ok);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const a of lost) {
      expect(a).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: REFUSALS.SLOT_TAKEN.message } });
      expect(REFUSALS.SLOT_TAKEN.message).toMatch(/该时段已被预约/);
    }
    const id = slotId(roomId, tomorrow(), '09:00');
    expect(cloud.store.count('bookings', { slotId: id })).toBe(1);
    const winner = RACERS[answers.findIndex((a) => a.ok)];
    expect(cloud.store.get('booking_slots', id)).toMatchObject({ state: 'booked', userId: userIdFor(winner) });
    // nobody but the winner holds anything
    for (const openid of RACERS.filter((o) => o !== winner)) {
      expect(cloud.store.get('booking_holders', userIdFor(openid))).toBeNull();
    }
  });

  it('a retried tap of the winner answers her own booking, never a second one', async () => {
    const first = data(await book(RACERS[0], '10:00'));
    const again = data(await book(RACERS[0], '10:00'));
    expect(again.booking._id).toBe(first.booking._id);
    expect(cloud.store.count('bookings', { slotId: slotId(roomId, tomorrow(), '10:00') })).toBe(1);
  });

  it('her own cancel frees the slot, and another resident can book it', async () => {
    const { booking } = data(await book(RACERS[1], '11:00'));
    expect(await stateAt(RACERS[1], '11:00')).toMatchObject({ state: 'mine', bookingId: booking._id });
    const other = await call(RACERS[2], { action: 'cancel', bookingId: booking._id });
    expect(other).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });

    const cancelled = data(await call(RACERS[1], { action: 'cancel', bookingId: booking._id }));
    expect(cancelled.booking.status).toBe('cancelled');
    expect((await stateAt(RACERS[2], '11:00')).state).toBe('free');
    const twice = await call(RACERS[1], { action: 'cancel', bookingId: booking._id });
    expect(twice).toMatchObject({ ok: false, error: { message: REFUSALS.BOOKING_NOT_CANCELLABLE.message } });

    const rebooked = data(await book(RACERS[2], '11:00'));
    expect(rebooked.booking._id).not.toBe(booking._id);
    expect(await stateAt(RACERS[1], '11:00')).toMatchObject({ state: 'taken' });
    const all = cloud.store.find('bookings', { slotId: slotId(roomId, tomorrow(), '11:00') });
    expect(all.map((b) => b.status).sort()).toEqual(['booked', 'cancelled']);
  });

  it('one person cannot hold more than the limit, even tapping many slots at once', async () => {
    const who = RACERS[3];
    const starts = ['12:00', '13:00', '14:00', '15:00', '16:00', '17:00'];
    const answers = await Promise.all(starts.map((s) => book(who, s)));
    expect(answers.filter((a) => a.ok)).toHaveLength(MAX_UPCOMING_BOOKINGS);
    for (const a of answers.filter((x) => !x.ok)) {
      expect(a).toMatchObject({ ok: false, error: { code: 'RESOURCE_EXHAUSTED' } });
    }
    expect(cloud.store.count('bookings', { userId: userIdFor(who), status: 'booked' })).toBe(MAX_UPCOMING_BOOKINGS);
    // a cancel gives the place back
    const mine = data(await call(who, { action: 'mine' }));
    data(await call(who, { action: 'cancel', bookingId: mine.items[0]._id }));
    const freed = starts.find((s) => !mine.items.some((b: { start: string }) => b.start === s)) as string;
    expect((await book(who, freed)).ok).toBe(true);
  });
});

describe('the window and the pattern', () => {
  it('refuses a past day, a day beyond the window, a time off the pattern and too many people', async () => {
    const cases: [object, string][] = [
      [{ day: chinaDayAfter(-1, new Date()) }, 'SLOT_PAST'],
      [{ day: chinaDayAfter(ROOM.daysAhead, new Date()) }, 'SLOT_OUT_OF_WINDOW'],
      [{ start: '09:30' }, 'SLOT_UNKNOWN'],
      [{ start: '20:00' }, 'SLOT_UNKNOWN'],
      [{ headcount: ROOM.capacity + 1 }, 'BOOKING_OVER_CAPACITY'],
    ];
    const before = cloud.store.count('bookings');
    for (const [more, reason] of cases) {
      const res = await book(RACERS[4], '18:00', more);
      expect(res).toMatchObject({ ok: false, error: { reason } });
    }
    expect(cloud.store.count('bookings')).toBe(before);
    // the last day of the window is fine
    expect((await book(RACERS[4], '18:00', { day: chinaDayAfter(ROOM.daysAhead - 1, new Date()) })).ok).toBe(true);
  });

  it('a slot of today that has started cannot be booked, and shows 不可约', async () => {
    const { roomId: early } = data(
      await call('demo-admin', {
        action: 'room.save',
        placeId: PLACE,
        room: { ...ROOM, name: '会议室', opens: '00:00', closes: '23:30', slotMinutes: 30 },
      }),
    );
    const today = chinaDayAfter(0, new Date());
    const res = await call(RACERS[5], {
      action: 'book',
      roomId: early,
      day: today,
      start: '00:00',
      purpose: '开会',
      headcount: 2,
    });
    expect(res).toMatchObject({ ok: false, error: { reason: 'SLOT_PAST' } });
    const day = data(await call(RACERS[5], { action: 'slots', placeId: PLACE, roomId: early, day: today }));
    expect(day.slots[0]).toMatchObject({ start: '00:00', end: '00:30', state: 'past' });
    expect(day.days[0]).toBe(today);
    expect(day.days).toHaveLength(ROOM.daysAhead);
  });
});

describe('staff block times', () => {
  it('a blocked slot cannot be booked; unblocked, it can', async () => {
    const res = data(
      await call('demo-admin', { action: 'block', roomId, day: tomorrow(), starts: ['19:00'], reason: '社区活动占用' }),
    );
    expect(res).toEqual({ blocked: 1, conflicts: [] });
    expect(await stateAt(RACERS[5], '19:00')).toMatchObject({ state: 'blocked', reason: '社区活动占用' });
    const refused = await book(RACERS[5], '19:00');
    expect(refused).toMatchObject({
      ok: false,
      error: { reason: 'SLOT_BLOCKED', message: expect.stringMatching(/社区活动占用/) },
    });
    data(await call('demo-admin', { action: 'unblock', roomId, day: tomorrow(), starts: ['19:00'] }));
    expect((await book(RACERS[5], '19:00')).ok).toBe(true);
  });

  it('blocking a booked slot (or its whole day) blocks nothing and names who is affected', async () => {
    const day = chinaDayAfter(2, new Date());
    data(
      await call(RACERS[6], {
        action: 'book',
        roomId,
        day,
        start: '09:00',
        purpose: '练舞',
        groupName: '舞蹈队',
        headcount: 12,
      }),
    );
    for (const starts of [['09:00', '10:00'], undefined]) {
      const res = data(
        await call('demo-admin', {
          action: 'block',
          roomId,
          day,
          reason: '社区活动占用',
          ...(starts ? { starts } : {}),
        }),
      );
      expect(res).toEqual({
        blocked: 0,
        conflicts: [{ start: '09:00', name: '居民6', phone: '13900000006', groupName: '舞蹈队' }],
      });
    }
    expect(cloud.store.count('booking_slots', { roomId, day, state: 'blocked' })).toBe(0);
    expect(cloud.store.get('booking_slots', slotId(roomId, day, '09:00'))).toMatchObject({ state: 'booked' });
    // a whole free day blocks every slot of the pattern
    const free = chinaDayAfter(3, new Date());
    expect(data(await call('demo-admin', { action: 'block', roomId, day: free, reason: '消杀' })).blocked).toBe(12);
    const seen = await slotsSeenBy(RACERS[7], free);
    expect(seen.slots.every((s: { state: string }) => s.state === 'blocked')).toBe(true);
  });
});

describe('who may do what, and who sees whom', () => {
  it('permission matrix: resident, pending claim, merchant, admin, another community', async () => {
    const day = chinaDayAfter(4, new Date());
    const at = (openid: string, start: string) =>
      call(openid, { action: 'book', roomId, day, start, purpose: '读书会', headcount: 3 });
    expect((await at('demo-resident-1', '08:00')).ok).toBe(true);
    expect((await at('booking-merchant', '09:00')).ok).toBe(true);
    expect((await at('demo-admin', '10:00')).ok).toBe(true);
    expect(await at('demo-newcomer-1', '11:00')).toMatchObject({ ok: false, error: { reason: 'BOOKING_NOT_MEMBER' } });
    expect(await at('demo-resident-b', '12:00')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const otherSees = await call('demo-resident-b', { action: 'slots', placeId: PLACE });
    expect(otherSees).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    for (const openid of ['demo-resident-1', 'booking-merchant', 'demo-grid-1', 'demo-admin-b']) {
      const save = await call(openid, { action: 'room.save', placeId: PLACE, roomId, room: { ...ROOM, capacity: 1 } });
      const block = await call(openid, { action: 'block', roomId, day, reason: '占用' });
      const schedule = await call(openid, { action: 'schedule', placeId: PLACE, roomId, day });
      for (const res of [save, block, schedule]) {
        expect(res.ok).toBe(false);
        expect(['PERMISSION_DENIED', 'NOT_FOUND']).toContain((res as { error: { code: string } }).error.code);
      }
    }
    expect(cloud.store.get('place_rooms', roomId)).toMatchObject({ capacity: ROOM.capacity });
  });

  it('another resident sees only 已约 — never who; staff see the name, group and phone', async () => {
    const day = chinaDayAfter(5, new Date());
    data(
      await call(RACERS[8], {
        action: 'book',
        roomId,
        day,
        start: '14:00',
        purpose: '合唱排练',
        groupName: '合唱团',
        headcount: 20,
      }),
    );
    const seen = data(await call('demo-resident-2', { action: 'slots', placeId: PLACE, roomId, day }));
    const slot = seen.slots.find((s: { start: string }) => s.start === '14:00');
    expect(slot).toEqual({ start: '14:00', end: '15:00', state: 'taken' });
    const text = JSON.stringify(seen);
    for (const secret of ['居民8', '合唱团', '合唱排练', '13900000008', userIdFor(RACERS[8])])
      expect(text).not.toContain(secret);

    const staff = data(await call('demo-admin', { action: 'schedule', placeId: PLACE, roomId, day }));
    expect(staff.slots.find((s: { start: string }) => s.start === '14:00')).toMatchObject({
      state: 'taken',
      booker: { name: '居民8', phone: '13900000008', groupName: '合唱团', headcount: 20, purpose: '合唱排练' },
    });
  });

  it('staff add rooms only with a sound pattern', async () => {
    const bad = await call('demo-admin', {
      action: 'room.save',
      placeId: PLACE,
      room: { ...ROOM, opens: '20:00', closes: '08:00' },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/关门时间/) },
    });
    const odd = await call('demo-admin', { action: 'room.save', placeId: PLACE, room: { ...ROOM, slotMinutes: 45 } });
    expect(odd).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });
});

describe('我的预约', () => {
  it('lists upcoming bookings soonest first, 20 a page, none twice; the past apart, latest first', async () => {
    const who = RACERS[9];
    const userId = userIdFor(who);
    const base = new Date(Date.now() + 3600_000).getTime();
    const docs = Array.from({ length: 25 }, (_, i) => {
      // 22 upcoming (more than a page), 3 past
      const startAt = new Date(base + (i < 22 ? i * 3600_000 : -(i + 2) * 86_400_000));
      return {
        _id: `mine-test-${String(i).padStart(2, '0')}`,
        communityId: 'c-demo',
        placeId: PLACE,
        placeName: '示范社区党群服务中心',
        roomId,
        roomName: '活动室',
        slotId: `mine-slot-${i}`,
        day: '2030-01-01',
        start: '09:00',
        end: '10:00',
        startAt,
        userId,
        userName: '居民9',
        headcount: 2,
        purpose: '测试',
        status: 'booked',
      };
    });
    await cloud.store.insertMany('bookings', docs);
    const first = data(await call(who, { action: 'mine' }));
    const upcoming = docs.filter((d) => d.startAt.getTime() > Date.now());
    const rest = first.nextCursor ? data(await call(who, { action: 'mine', cursor: first.nextCursor })).items : [];
    const ids = [...first.items, ...rest].map((b: { _id: string }) => b._id);
    expect(ids).toEqual([...upcoming].sort((a, b) => a.startAt.getTime() - b.startAt.getTime()).map((d) => d._id));
    expect(first.items).toHaveLength(20);
    expect(rest).toHaveLength(2);
    const past = data(await call(who, { action: 'mine', past: true }));
    const expectedPast = docs
      .filter((d) => d.startAt.getTime() < Date.now())
      .sort((a, b) => b.startAt.getTime() - a.startAt.getTime())
      .map((d) => d._id);
    expect(past.items.map((b: { _id: string }) => b._id)).toEqual(expectedPast);
    // someone else's list holds none of them
    const others = data(await call('demo-resident-2', { action: 'mine' })).items.map((b: { _id: string }) => b._id);
    expect(others.filter((id: string) => id.startsWith('mine-test-'))).toEqual([]);
  });
});

describe('the demo', () => {
  it('the 红色驿站（幸福路）’s 活动室 has tomorrow’s 舞蹈队 (已约, no name shown) and a blocked 19:00', async () => {
    const day = data(
      await call('demo-resident-1', { action: 'slots', placeId: 'place-demo-station-1', day: tomorrow() }),
    );
    expect(day.room).toMatchObject({ name: '活动室', capacity: 20 });
    const at = (start: string) => day.slots.find((s: { start: string }) => s.start === start);
    expect(at('09:00')).toEqual({ start: '09:00', end: '10:00', state: 'taken' });
    expect(at('19:00')).toMatchObject({ state: 'blocked', reason: '社区活动占用' });
    const wu = data(await call('demo-resident-2', { action: 'mine' }));
    expect(wu.items[0]).toMatchObject({ placeName: '红色驿站（幸福路）', start: '09:00', groupName: '舞蹈队' });
  });
});
