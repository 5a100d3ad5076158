/**
 * How the 抢单大厅 answers a grab that did not win, by the refusal's name (types/refusals.ts):
 * someone else was quicker, or the order is no longer there to take (cancelled, closed, moved on).
 */
import type { AppError } from '../../../types/envelope';
import type { RefusalName } from '../../../types/refusals';

export const GRAB_REFUSALS: Partial<Record<RefusalName, string>> = {
  ORDER_ALREADY_TAKEN: '来晚了，这单已被其他人抢走',
  ORDER_CANCELLED: '居民已撤销这单，不用再跑一趟了',
  ORDER_CLOSED: '这单已经办结了',
  ORDER_TRANSFERRED: '这单已转交职能部门办理',
  ORDER_STATUS_FORBIDS: '这单暂时不能抢，已从大厅移除',
  ORDER_CHANGED: '这单刚有变化，已从大厅移除',
};

/** Whether the order has left the pool for good, so its card should go. */
export function leftThePool(error: AppError): boolean {
  if (error.reason) return error.reason in GRAB_REFUSALS;
  // A server without reasons: fall back to the codes it used for "gone".
  return error.code === 'CONFLICT' || error.code === 'FAILED_PRECONDITION';
}
