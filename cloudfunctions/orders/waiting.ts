/**
 * 等待居民 (issue 11, point 7: "the clock stops while an order waits on the resident"). The taker
 * marks the order as waiting, with the reason (the resident is not home, information is missing);
 * the order leaves every overdue clock (order-timer escalates only 办理中). The taker or the resident
 * (or who filed for her) resumes it, and its finish-by moves by the time it waited. Finishing (办结)
 * or giving it back (退单) while waiting ends the wait too.
 */
import type { OrderView } from '../../types/orders';
import { mayResume, mayWait, isOwner, isProxyOf } from '../../domain/orders/permissions';
import { resumedDeadline } from '../../domain/orders/deadlines';
import { entry, roleLabel } from '../../domain/orders/timeline';
import { loadActor } from '../_shared/actor';
import { refusal } from '../_shared/failure';
import type { OrderDoc } from '../_shared/orders/model';
import { loadOrder } from './load';
import { applyMove } from './move';
import { orderView } from './view';

/** What a wait leaves on the order, cleared when it ends. */
export const WAIT_FIELDS: readonly (keyof OrderDoc)[] = ['waitingSince', 'waitReason'];

export async function waitForResident(input: { orderId: string; reason: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayWait(actor, order)) throw refusal('ORDER_NOT_YOURS', '只有接单人可以标记等待居民');
  const now = new Date();
  const record = entry(
    actor,
    roleLabel(actor, order, ['grid_worker', 'party_member', 'property']),
    'wait',
    now,
    input.reason,
  );
  const changes = { waitingSince: now, waitReason: input.reason };
  return { order: orderView(await applyMove(order, { type: 'wait' }, changes, record), 'full') };
}

export async function resumeOrder(input: { orderId: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayResume(actor, order)) throw refusal('ORDER_NOT_YOURS', '只有接单人或提出诉求的居民可以恢复办理');
  const now = new Date();
  const role = isOwner(actor, order)
    ? isProxyOf(actor, order)
      ? '代办人'
      : '居民'
    : roleLabel(actor, order, ['grid_worker', 'party_member', 'property']);
  // The finish-by moves by the time waited; a wait with no start (not possible by the table) moves nothing.
  const moved = order.waitingSince ? resumedDeadline(order, order.waitingSince, now) : {};
  const waited = order.waitingSince ? now.getTime() - order.waitingSince.getTime() : 0;
  const note = `办结时限顺延${waitedText(waited)}`;
  const record = entry(actor, role, 'resume', now, note);
  return { order: orderView(await applyMove(order, { type: 'resume' }, moved, record, WAIT_FIELDS), 'full') };
}

/** "2 小时 5 分" — how long the clock stood still, for the timeline. */
function waitedText(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours ? ` ${hours} 小时${minutes % 60 ? ` ${minutes % 60} 分` : ''}` : ` ${minutes} 分钟`;
}
