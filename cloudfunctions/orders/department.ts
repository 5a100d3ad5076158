/**
 * The department's side of 转交办理类 (issue 11, point 4): accept (受理) what is transferred to it,
 * and respond (答复: how it goes, to the resident, on the order's timeline). It completes with
 * `complete` (progress.ts) like a taker, with a result and photos; the resident then rates it.
 * Only the department the order is transferred to may act (domain/orders/permissions.ts); each
 * move is one conditional update on the status it was read in (move.ts), so a double tap accepts once.
 */
import type { OrderView } from '../../types/orders';
import { mayAccept, mayRespond } from '../../domain/orders/permissions';
import { entry } from '../../domain/orders/timeline';
import { loadActor } from '../_shared/actor';
import { refusal } from '../_shared/failure';
import { loadOrder } from './load';
import { applyMove } from './move';
import { orderView } from './view';

const ROLE = '职能部门';

export async function acceptOrder(input: { orderId: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayAccept(actor, order)) throw refusal('ORDER_NOT_YOUR_DEPARTMENT');
  // The accept deadline is met: from here the finish-by binds (it escalates if it passes).
  const record = entry(actor, ROLE, 'accept', new Date(), `${actor.name}受理，将于期限内办结`);
  const moved = await applyMove(order, { type: 'accept' }, { overdueLevel: 0 }, record);
  return { order: orderView(moved, 'full') };
}

export async function respondOrder(input: { orderId: string; note: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayRespond(actor, order)) throw refusal('ORDER_NOT_YOUR_DEPARTMENT');
  const record = entry(actor, ROLE, 'respond', new Date(), input.note);
  return { order: orderView(await applyMove(order, { type: 'respond' }, {}, record), 'full') };
}
