/**
 * 退单 and 改派 (issue 11.6): a taken order changes hands. 退单 (the taker, the grid's worker or an
 * admin, with a reason) puts it back in the grid's pool with a fresh take-by deadline; 改派 (the grid's
 * worker or an admin) gives it to someone else who could have grabbed it. Both are one conditional
 * update on (status 'taken', the taker read) — see move.ts — so of 退单 and 办结 racing, exactly one
 * happens, and of two 改派 at once, exactly one.
 */
import type { OrderView } from '../../types/orders';
import { mayGrab, mayHandBack, mayReassign } from '../../domain/orders/permissions';
import { entry, roleLabel } from '../../domain/orders/timeline';
import { actorFrom, loadActor } from '../_shared/actor';
import { notFound, refusal } from '../_shared/failure';
import { userDoc } from '../_shared/models';
import { findById } from '../_shared/records';
import { orderSettingsOf } from '../_shared/orders/store';
import { notifyUser } from '../_shared/notify';
import { orderTakenMessage } from '../_shared/templates';
import { tellAssigned, tellPool } from '../_shared/work-notify';
import { loadOrder } from './load';
import { applyMove } from './move';
import { orderView } from './view';
import { WAIT_FIELDS } from './waiting';

const HOUR = 3600_000;
const STAFF_ROLES = ['grid_worker', 'community_admin', 'party_member', 'property'] as const;

export async function handBackOrder(input: { orderId: string; reason: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayHandBack(actor, order)) throw refusal('ORDER_NOT_YOURS', '只有接单人、本网格的网格员或社区管理员可以退单');
  const now = new Date();
  const { deadlines } = await orderSettingsOf(order.communityId);
  const by = order.takerName ? `（原接单人：${order.takerName}）` : '';
  const record = entry(actor, roleLabel(actor, order, [...STAFF_ROLES]), 'hand_back', now, `${input.reason}${by}`);
  // Back in the pool, it gets a new take-by deadline from now, as a freshly dispatched order would.
  const changes = { takeBy: new Date(now.getTime() + deadlines.takeHours * HOUR), overdueLevel: 0 };
  // Given back while waiting on the resident (等待居民), the wait ends with it.
  const moved = await applyMove(order, { type: 'handBack' }, changes, record, ['takerId', 'takerName', ...WAIT_FIELDS]);
  // Back in the pool with a new take-by: the grid's takers are told again (not who handed it back).
  await tellPool(moved, [actor.userId, ...(order.takerId ? [order.takerId] : [])]);
  return { order: orderView(moved, 'full') };
}

export async function reassignOrder(input: { orderId: string; userId: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayReassign(actor, order)) throw refusal('ORDER_OUTSIDE_YOUR_GRID', '只有本网格的网格员或社区管理员可以改派');
  if (input.userId === order.takerId) throw refusal('REASSIGN_SAME_TAKER');
  const member = await findById('users', input.userId, userDoc);
  if (!member || member.communityId !== actor.communityId) throw notFound('人员');
  if (!mayGrab(actorFrom(member), order)) {
    throw refusal('ORDER_ASSIGNEE_INELIGIBLE', `${member.name}不是本网格可以接这类诉求的人员`);
  }
  const now = new Date();
  const note = `${order.takerName ?? ''} → ${member.name}`;
  const record = entry(actor, roleLabel(actor, order, ['grid_worker', 'community_admin']), 'reassign', now, note);
  const changes = { takerId: member._id, takerName: member.name, overdueLevel: 0 };
  const moved = await applyMove(order, { type: 'reassign' }, changes, record);
  await notifyUser(moved.communityId, moved.residentId, orderTakenMessage(moved, now)); // after the commit; never throws
  await tellAssigned(moved, actor.name);
  return { order: orderView(moved, 'full') };
}
