/**
 * The 抢单大厅 tells a lost grab from a cancelled order by the refusal's `reason`, not by its
 * message: the same code and message with a different reason reads differently.
 */
import { refusalText } from '../../src/features/errors';
import { GRAB_REFUSALS, leftThePool } from '../../src/features/orders/grab';
import type { AppError } from '../../types/envelope';

const SAME_WORDS = '操作未成功';
const taken: AppError = { code: 'CONFLICT', message: SAME_WORDS, reason: 'ORDER_ALREADY_TAKEN' };
const cancelled: AppError = { code: 'FAILED_PRECONDITION', message: SAME_WORDS, reason: 'ORDER_CANCELLED' };

test('someone else grabbing it and the resident cancelling it read differently', () => {
  expect(refusalText(taken, GRAB_REFUSALS)).toContain('其他人抢走');
  expect(refusalText(cancelled, GRAB_REFUSALS)).toContain('撤销');
  expect(refusalText(taken, GRAB_REFUSALS)).not.toBe(refusalText(cancelled, GRAB_REFUSALS));
});

test('the reason decides, not the message or the code', () => {
  const takenInOtherWords = { ...taken, code: 'FAILED_PRECONDITION' as const, message: '这单已被居民撤销' };
  expect(refusalText(takenInOtherWords, GRAB_REFUSALS)).toBe(GRAB_REFUSALS.ORDER_ALREADY_TAKEN);
});

test("a refusal the page has no words for shows the function's message", () => {
  const outside: AppError = {
    code: 'PERMISSION_DENIED',
    message: '这单不在您负责的网格内',
    reason: 'ORDER_OUTSIDE_YOUR_GRID',
  };
  expect(refusalText(outside, GRAB_REFUSALS)).toBe('这单不在您负责的网格内');
  expect(leftThePool(outside)).toBe(false);
});

test('taken and cancelled orders leave the pool; a dropped network does not remove the card', () => {
  expect(leftThePool(taken)).toBe(true);
  expect(leftThePool(cancelled)).toBe(true);
  expect(leftThePool({ code: 'INTERNAL', message: '网络不给力，请稍后再试' })).toBe(false);
});
