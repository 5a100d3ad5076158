/**
 * After a 整改 reply (rectified, 整改待确认) the resident has the last word (issue 11, point 7:
 * "解决 means the resident agreed"): 确认已解决 closes the order, recorded as `rectify_confirmed`,
 * and the taker's points are posted; 仍不满意, with why, sends it back to the 整改 queue for another
 * reply. If she says nothing within the community's working days, order-timer closes it as
 * `rectify_timed_out` after a 回访. Her 代办人 may answer for her when she asks, as with rating.
 */
import type { OrderView } from '../../types/orders';
import { mayConfirm } from '../../domain/orders/permissions';
import { entry } from '../../domain/orders/timeline';
import { loadActor } from '../_shared/actor';
import { refusal } from '../_shared/failure';
import { settleOrderPointsAfterMove } from '../_shared/points/settle-order';
import { loadOrder } from './load';
import { applyMove } from './move';
import { whoActs } from './progress';
import { orderView } from './view';

export async function confirmRectification(input: { orderId: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayConfirm(actor, order)) throw refusal('ORDER_NOT_YOURS', '只有提出诉求的居民可以确认整改');
  const record = entry(actor, whoActs(actor, order), 'confirm', new Date(), '居民确认问题已解决');
  const changes = { closedAs: 'rectify_confirmed' as const, rectifyConfirmedAt: record.at };
  const moved = await applyMove(order, { type: 'confirm' }, changes, record, ['closeBy']);
  await settleOrderPointsAfterMove(moved); // after the commit; points-timer sweeps whatever this misses
  return { order: orderView(moved, 'full') };
}

export async function disputeRectification(input: { orderId: string; comment: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayConfirm(actor, order)) throw refusal('ORDER_NOT_YOURS', '只有提出诉求的居民可以反映整改情况');
  const record = entry(actor, whoActs(actor, order), 'dispute', new Date(), input.comment);
  return { order: orderView(await applyMove(order, { type: 'dispute' }, {}, record, ['closeBy']), 'full') };
}
