/** 我的报名's 状态 (domain/activities/rules.ts signupStateOf): the page and the function read the same rule. */
import { signupStateOf } from '../../domain/activities/rules';

const end = new Date('2026-05-01T04:00:00Z');
const before = new Date('2026-05-01T03:00:00Z');
const after = new Date('2026-05-01T05:00:00Z');
const a = { endAt: end };

test('已报名 until the end, 缺席 after it without a check-in, or when the award marked it', () => {
  expect(signupStateOf({}, a, before)).toBe('signed');
  expect(signupStateOf({}, a, end)).toBe('signed');
  expect(signupStateOf({}, a, after)).toBe('absent');
  expect(signupStateOf({ absent: true }, a, before)).toBe('absent');
});

test('已签到 once checked in, 已签退 once checked out, whenever it is read', () => {
  expect(signupStateOf({ checkInAt: before }, a, before)).toBe('checked_in');
  expect(signupStateOf({ checkInAt: before }, a, after)).toBe('checked_in');
  expect(signupStateOf({ checkInAt: before, checkOutAt: end }, a, after)).toBe('checked_out');
});
