/** Households of a notice as plain rules: keys, grouping, who counts, reminders. */
import {
  countsAsHousehold,
  groupHouseholds,
  householdKey,
  householdRecordId,
  marksHouseholdRead,
  mayRemindAt,
  REMIND_INTERVAL_MS,
} from '../../domain/notices/households';
import { decodeCursor } from '../../types/cursor';

const member = (_id: string, room: string, extra: object = {}) => ({ _id, buildingId: 'b-1', room, ...extra });

test('keys sort rooms as people read them, and are ids the cursor codec takes', () => {
  const rooms = ['1201', '302', '3单元1102', '3单元902', 'B-2', '', '  302  '];
  const keys = rooms.map((room, i) => householdKey(member(`u${i}`, room)));
  for (const key of keys) expect(decodeCursor(householdRecordId('notice-1', key))).toEqual({ id: expect.any(String) });
  expect(keys[1] < keys[0]).toBe(true); // 302 before 1201
  expect(keys[3] < keys[2]).toBe(true); // 3单元902 before 3单元1102
  expect(keys[6]).toBe(keys[1]); // the same room, however it was typed
  expect(keys[5] > keys[0] && keys[5] > keys[4]).toBe(true); // no room: listed last
  const long = (tail: string) => householdKey(member('u', `${'幸福小区东区'.repeat(6)}${tail}`));
  expect(long('1号')).not.toBe(long('2号')); // a shared long prefix still keeps homes apart
  expect(householdRecordId('n', long('1号')).length).toBeLessThanOrEqual(200);
});

test('grouping: one household per home, the poster and 待认证 people left out', () => {
  const groups = groupHouseholds(
    [
      member('u1', '302'),
      member('u2', '302'),
      member('poster', '101'),
      member('u3', '101'),
      member('u4', '501', { addressStatus: 'pending' }),
      { _id: 'u5', buildingId: '', room: '' },
    ],
    'poster',
  );
  expect(groups.map((g) => [g.room, g.memberIds])).toEqual([
    ['101', ['u3']],
    ['302', ['u1', 'u2']],
  ]);
  expect(countsAsHousehold(member('u4', '501', { addressStatus: 'pending' }))).toBe(false);
  expect(marksHouseholdRead(member('poster', '101'), { posterId: 'poster' })).toBe(false);
  expect(marksHouseholdRead(member('u3', '101'), { posterId: 'poster' })).toBe(true);
});

test('a reminder at most once an hour', () => {
  const now = new Date('2025-01-01T10:00:00Z');
  expect(mayRemindAt(undefined, now)).toBe(true);
  expect(mayRemindAt(new Date(now.getTime() - REMIND_INTERVAL_MS + 1), now)).toBe(false);
  expect(mayRemindAt(new Date(now.getTime() - REMIND_INTERVAL_MS), now)).toBe(true);
});
