/**
 * The rest of an order's life: complete (办结, the taker), rate (评单, the resident), rectify
 * (差评件件有回复、件件有整改, the grid worker or an admin; the resident then confirms, follow-up.ts),
 * cancel (撤销, the resident while submitted).
 */
import type { OrderView } from '../../types/orders';
import { isProxyOf, mayCancel, mayComplete, mayRate, mayRectify } from '../../domain/orders/permissions';
import type { Actor } from '../../domain/actor';
import type { OrderDoc } from '../_shared/orders/model';
import { entry, roleLabel } from '../../domain/orders/timeline';
import { loadActor } from '../_shared/actor';
import { settleOrderPointsAfterMove } from '../_shared/points/settle-order';
import { refusal } from '../_shared/failure';
import { ownPhotos } from '../_shared/photos';
import { notifyUser } from '../_shared/notify';
import { orderDoneMessage } from '../_shared/templates';
import { tellRectify } from '../_shared/work-notify';
import { isBadScore } from '../../domain/orders/state-machine';
import { closeByOf } from '../_shared/orders/store';
import { loadOrder } from './load';
import { WAIT_FIELDS } from './waiting';
import { applyMove } from './move';
import { orderView } from './view';

type Answer = Promise<{ order: OrderView }>;

export async function completeOrder(input: { orderId: string; note: string; photos?: string[] }): Answer {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayComplete(actor, order)) throw refusal('ORDER_NOT_YOURS', '只有接单人（转交事项为承办部门）可以办结');
  const photos = ownPhotos(input.photos, actor.userId);
  const record = entry(
    actor,
    roleLabel(actor, order, ['grid_worker', 'party_member', 'property', 'department']),
    'complete',
    new Date(),
    input.note,
  );
  // Not rated within the community's working days, it closes as 未评价 (order-timer). Finished while
  // waiting on the resident (等待居民), the wait simply ends.
  const closeBy = await closeByOf(order.communityId, 'rate', record.at);
  const changes = { completionNote: input.note, completionPhotos: photos, overdueLevel: 0, closeBy };
  const moved = await applyMove(order, { type: 'complete' }, changes, record, WAIT_FIELDS);
  await notifyUser(moved.communityId, moved.residentId, orderDoneMessage(moved, record.at)); // after the commit; never throws
  return { order: orderView(moved, 'full') };
}

export async function rateOrder(input: { orderId: string; score: number; comment?: string }): Answer {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayRate(actor, order)) throw refusal('ORDER_NOT_YOURS', '只有提出诉求的居民可以评价');
  // The 代办人 rates when the resident asks them to; the timeline says who rated, for whom.
  const proxy = isProxyOf(actor, order);
  const note = `${proxy ? '受居民委托代为评价，' : ''}${input.score} 星${input.comment ? '：' + input.comment : ''}`;
  const record = entry(actor, whoActs(actor, order), 'rate', new Date(), note);
  const rating = input.comment ? { score: input.score, comment: input.comment } : { score: input.score };
  // A good rating closes it (closedAs 'rated'); a bad one opens the 整改. Either way no timer waits.
  const changes = isBadScore(input.score) ? { rating } : { rating, closedAs: 'rated' as const };
  const moved = await applyMove(order, { type: 'rate', score: input.score }, changes, record, ['closeBy']);
  await settleOrderPointsAfterMove(moved); // after the commit; points-timer sweeps whatever this misses
  await tellRectify(moved, record.at); // a 差评: the taker and the grid worker are told (never throws)
  return { order: orderView(moved, 'full') };
}

export async function rectifyOrder(input: { orderId: string; reply: string }): Answer {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayRectify(actor, order)) {
    throw refusal('ORDER_OUTSIDE_YOUR_GRID', '只有本网格的网格员、社区管理员或承办部门可以整改回复');
  }
  const record = entry(
    actor,
    roleLabel(actor, order, ['grid_worker', 'community_admin', 'department']),
    'rectify',
    new Date(),
    input.reply,
  );
  // 解决 means the resident agreed: she confirms the reply, or it closes after the days set.
  const closeBy = await closeByOf(order.communityId, 'confirm', record.at);
  const moved = await applyMove(order, { type: 'rectify' }, { rectification: input.reply, closeBy }, record);
  return { order: orderView(moved, 'full') };
}

export async function cancelOrder(input: { orderId: string }): Answer {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayCancel(actor, order)) throw refusal('ORDER_NOT_YOURS', '只有提出诉求的居民可以撤销');
  const record = entry(actor, whoActs(actor, order), 'cancel', new Date());
  return { order: orderView(await applyMove(order, { type: 'cancel' }, {}, record), 'full') };
}

/** The resident, or the 代办人 acting for them. */
export const whoActs = (actor: Actor, order: OrderDoc) => (isProxyOf(actor, order) ? '代办人' : '居民');
