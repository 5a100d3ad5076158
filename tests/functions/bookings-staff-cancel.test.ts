/**
 * Staff cancel a booking (issue 15, point 3: the room is needed): community admins of the booking's
 * community only, with a reason; the slot is free again at once; the booker sees 已被社区取消 and
 * the reason in 我的预约 and gets exactly one subscribe message, however often staff tap; and a staff
 * cancel racing the booker's own cancel leaves one outcome.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { chinaDayAfter } from '../../domain/china-time';
import { slotId } from '../../domain/bookings/slots';
import { TEMPLATE_IDS } from '../../types/notices';

let cloud: TestCloud;
const ROOM = 'room-demo-station-hall'; // 红色驿站（幸福路）活动室, 08:00–20:00 by the hour (demo seed)
const PLACE = 'place-demo-station-1';
const day = () => chinaDayAfter(3, new Date()); // no demo booking that day

const call = (openid: string, event: object) => cloud.call('bookings', openid, event);
const book = async (openid: string, start: string) =>
  data(await call(openid, { action: 'book', roomId: ROOM, day: day(), start, purpose: '读书会', headcount: 4 }))
    .booking as { _id: string };
const reasonOf = (res: { ok: boolean; error?: { reason?: string; code: string } }) =>
  res.ok ? 'ok' : (res.error?.reason ?? res.error?.code);
const stateAt = async (openid: string, start: string) =>
  data(await call(openid, { action: 'slots', placeId: PLACE, roomId: ROOM, day: day() })).slots.find(
    (s: { start: string }) => s.start === start,
  ).state as string;

type Sent = { touser: string; templateId: string; data: Record<string, { value: string }> };
const cancelMessagesTo = (openid: string) =>
  (cloud.outbox() as unknown as Sent[]).filter(
    (m) => m.touser === openid && m.templateId === TEMPLATE_IDS.booking_cancelled,
  );

beforeAll(async () => {
  cloud = await startTestCloud();
  // 周奶奶 allowed the message three times when she booked: "exactly one" below is not the consent running out
  for (let i = 0; i < 3; i++) {
    data(await cloud.call('notices', 'demo-resident-1', { action: 'subscribe', kinds: ['booking_cancelled'] }));
  }
});
afterAll(() => cloud.close());

// First, before the tests below add cancellations of their own.
describe('the demo', () => {
  it('周奶奶 finds one booking the community cancelled, with why; its slot is free and books anew', async () => {
    const mine = data(await call('demo-resident-1', { action: 'mine' }));
    const cancelled = mine.items.filter((b: { status: string }) => b.status === 'staff_cancelled');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({
      placeName: '示范社区党群服务中心',
      roomName: '活动室',
      start: '10:00',
      purpose: '老年读书会',
      cancelReason: '区里检查，活动室临时征用',
    });
    const day2 = chinaDayAfter(2, new Date());
    const seen = data(
      await call('demo-resident-3', {
        action: 'slots',
        placeId: 'place-demo-center',
        roomId: cancelled[0].roomId,
        day: day2,
      }),
    );
    expect(seen.slots.find((s: { start: string }) => s.start === '10:00').state).toBe('free');
    // booking the freed slot makes a new booking; the cancelled one stays as it was
    const next = data(
      await call('demo-resident-3', {
        action: 'book',
        roomId: cancelled[0].roomId,
        day: day2,
        start: '10:00',
        purpose: '编织小组',
        headcount: 5,
      }),
    ).booking;
    expect(next._id).not.toBe(cancelled[0]._id);
    expect(cloud.store.get('bookings', cancelled[0]._id)).toMatchObject({ status: 'staff_cancelled' });
  });
});

describe('who may cancel someone’s booking', () => {
  it('only an admin of the booking’s community, and only with a reason; nothing changes otherwise', async () => {
    const booking = await book('demo-resident-1', '09:00');
    const event = { action: 'staffCancel', bookingId: booking._id, reason: '防汛值班用房' };
    expect(reasonOf(await call('demo-resident-2', event))).toBe('NOT_ADMIN');
    expect(reasonOf(await call('demo-grid-1', event))).toBe('NOT_ADMIN');
    expect(reasonOf(await call('demo-merchant', event))).toBe('NOT_ADMIN');
    expect(reasonOf(await call('demo-admin-b', event))).toBe('NOT_FOUND'); // another community's booking
    expect(reasonOf(await call('demo-admin', { ...event, reason: '  ' }))).toBe('INVALID_ARGUMENT');
    expect(cloud.store.get('bookings', booking._id)).toMatchObject({ status: 'booked' });
    expect(await stateAt('demo-resident-2', '09:00')).toBe('taken');
    expect(cancelMessagesTo('demo-resident-1')).toHaveLength(0);
  });
});

describe('an admin cancels a booking', () => {
  let bookingId: string;
  beforeAll(async () => {
    bookingId = (await book('demo-resident-1', '10:00'))._id;
  });

  it('the schedule gives staff the booking to cancel; the cancel frees the slot for the next person', async () => {
    const schedule = data(await call('demo-admin', { action: 'schedule', placeId: PLACE, roomId: ROOM, day: day() }));
    const slot = schedule.slots.find((s: { start: string }) => s.start === '10:00');
    expect(slot.booker).toMatchObject({ bookingId, name: '周奶奶' });

    const res = data(await call('demo-admin', { action: 'staffCancel', bookingId, reason: '防汛值班用房' }));
    expect(res.booking).toMatchObject({ status: 'staff_cancelled', cancelReason: '防汛值班用房' });
    expect(cloud.store.get('booking_slots', slotId(ROOM, day(), '10:00'))).toMatchObject({ state: 'free' });
    expect(cloud.store.get('bookings', bookingId)).toMatchObject({
      status: 'staff_cancelled',
      cancelReason: '防汛值班用房',
      cancelledBy: userIdFor('demo-admin'),
    });
    // her place in the per-person limit is hers again
    const held = cloud.store.get('booking_holders', userIdFor('demo-resident-1')) as {
      upcoming: { bookingId: string }[];
    };
    expect(held.upcoming.map((h) => h.bookingId)).not.toContain(bookingId);
    expect(await stateAt('demo-resident-2', '10:00')).toBe('free');
    const next = await book('demo-resident-2', '10:00');
    expect(next._id).not.toBe(bookingId);
  });

  it('周奶奶 reads 已被社区取消 and why in 我的预约 (待使用), with nothing left to cancel', async () => {
    const mine = data(await call('demo-resident-1', { action: 'mine' }));
    const shown = mine.items.find((b: { _id: string }) => b._id === bookingId);
    expect(shown).toMatchObject({ status: 'staff_cancelled', cancelReason: '防汛值班用房', start: '10:00' });
    expect(reasonOf(await call('demo-resident-1', { action: 'cancel', bookingId }))).toBe('BOOKING_NOT_CANCELLABLE');
  });

  it('she got exactly one message, naming the place, time and reason — not even a second tap sends another', async () => {
    const again = await call('demo-admin', { action: 'staffCancel', bookingId, reason: '防汛值班用房' });
    expect(reasonOf(again)).toBe('BOOKING_NOT_CANCELLABLE');
    const sent = cancelMessagesTo('demo-resident-1');
    expect(sent).toHaveLength(1);
    const text = JSON.stringify(sent[0].data);
    expect(text).toContain('红色驿站');
    expect(text).toContain('防汛值班用房');
    expect(text).not.toContain('13900000001');
    // nobody else heard of it
    expect(
      (cloud.outbox() as unknown as Sent[]).filter((m) => m.templateId === TEMPLATE_IDS.booking_cancelled),
    ).toHaveLength(1);
  });
});

describe('staff cancel racing the booker’s own cancel', () => {
  it('one outcome each time: one of the two wins, the slot is free, a message only if staff won', async () => {
    for (const start of ['12:00', '13:00', '14:00', '15:00', '16:00']) {
      const { _id } = await book('demo-resident-1', start);
      // a consent for each round, so a missing message is the race's doing, not the consent's
      data(await cloud.call('notices', 'demo-resident-1', { action: 'subscribe', kinds: ['booking_cancelled'] }));
      const before = cancelMessagesTo('demo-resident-1').length;
      const [staff, own] = await Promise.all([
        call('demo-admin', { action: 'staffCancel', bookingId: _id, reason: '社区临时会议' }),
        call('demo-resident-1', { action: 'cancel', bookingId: _id }),
      ]);
      const results = [reasonOf(staff), reasonOf(own)];
      expect(results.sort()).toEqual(['BOOKING_NOT_CANCELLABLE', 'ok']);
      const stored = cloud.store.get('bookings', _id) as { status: string };
      expect(stored.status).toBe(staff.ok ? 'staff_cancelled' : 'cancelled');
      expect(cloud.store.get('booking_slots', slotId(ROOM, day(), start))).toMatchObject({ state: 'free' });
      expect(cancelMessagesTo('demo-resident-1').length - before).toBe(staff.ok ? 1 : 0);
    }
  });
});
