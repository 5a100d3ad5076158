/** The slot pattern and the bookable window (domain/bookings), the rules both client and function use. */
import { bookableDays, checkSlot, slotId, slotsOf } from '../../domain/bookings/slots';
import { mayBook, offersBooking, stillUpcoming } from '../../domain/bookings/rules';

const ROOM = { opens: '08:30', closes: '12:00', slotMinutes: 60 as const, daysAhead: 3 };
// 2026-03-04 10:15 China time
const NOW = new Date('2026-03-04T10:15:00+08:00');

test('a day is split into whole slots from opening; none runs past closing', () => {
  expect(slotsOf(ROOM)).toEqual([
    { start: '08:30', end: '09:30' },
    { start: '09:30', end: '10:30' },
    { start: '10:30', end: '11:30' },
  ]);
  expect(slotsOf({ opens: '20:00', closes: '21:00', slotMinutes: 90 })).toEqual([]);
  expect(slotsOf({ opens: '00:00', closes: '23:30', slotMinutes: 30 })).toHaveLength(47);
});

test('the window is today and the next days, in China time whatever the machine’s zone', () => {
  expect(bookableDays(ROOM, NOW)).toEqual(['2026-03-04', '2026-03-05', '2026-03-06']);
  // 23:30 on the 4th in China is still the 4th, though UTC says 15:30 on the 4th and a US zone the 3rd
  expect(bookableDays(ROOM, new Date('2026-03-04T23:30:00+08:00'))[0]).toBe('2026-03-04');
});

test('refuses a started slot, a day outside the window, and a time off the pattern', () => {
  expect(checkSlot(ROOM, '2026-03-04', '09:30', NOW)?.reason).toBe('SLOT_PAST');
  expect(checkSlot(ROOM, '2026-03-03', '10:30', NOW)?.reason).toBe('SLOT_PAST');
  expect(checkSlot(ROOM, '2026-03-07', '08:30', NOW)?.reason).toBe('SLOT_OUT_OF_WINDOW');
  expect(checkSlot(ROOM, '2026-03-05', '09:00', NOW)?.reason).toBe('SLOT_UNKNOWN');
  expect(checkSlot(ROOM, '2026-03-04', '10:30', NOW)).toBeNull();
  expect(checkSlot(ROOM, '2026-03-06', '08:30', NOW)).toBeNull();
});

test('a slot’s id is its room, day and start: the same slot is always the same document', () => {
  expect(slotId('r1', '2026-03-04', '09:30')).toBe('r1-20260304-0930');
  expect(slotId('r1', '2026-03-04', '09:30')).toBe(slotId('r1', '2026-03-04', '09:30'));
  expect(slotId('r1', '2026-03-04', '10:30')).not.toBe(slotId('r1', '2026-03-04', '09:30'));
});

test('only a confirmed member books; a place with a 活动室 or 会议室 offers booking', () => {
  expect(mayBook({ buildingId: 'b1', grants: [] })).toBe(true);
  expect(mayBook({ buildingId: 'b1', addressStatus: 'pending', grants: [] })).toBe(false);
  expect(mayBook({ buildingId: '', grants: [] })).toBe(false);
  expect(mayBook({ buildingId: '', grants: [{ role: 'merchant', scope: { communityId: 'c' } }] })).toBe(true);
  expect(offersBooking({ services: ['休息饮水', '活动室'] })).toBe(true);
  expect(offersBooking({ services: ['休息饮水'] })).toBe(false);
  const held = [{ startAt: new Date('2026-03-04T09:00:00+08:00') }, { startAt: new Date('2026-03-05T09:00:00+08:00') }];
  expect(stillUpcoming(held, NOW)).toEqual([held[1]]);
});
