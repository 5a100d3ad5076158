/**
 * grab (抢单) and assign (派给某人). Both are the `take` move, made by one conditional update on
 * status 'dispatched': however many tap at once, exactly one update matches; everyone else is told
 * that someone else took it (reason ORDER_ALREADY_TAKEN, code CONFLICT). Never read-then-write.
 * Whether the order may be taken at all is the state machine's answer alone (applyMove), so a
 * cancelled order answers ORDER_CANCELLED, a closed one ORDER_CLOSED, and so on.
 */
import type { OrderView } from '../../types/orders';
import { mayAssign, mayGrab } from '../../domain/orders/permissions';
import { entry, roleLabel } from '../../domain/orders/timeline';
import { actorFrom, loadActor, loadCallerUser } from '../_shared/actor';
import { notFound, refusal } from '../_shared/failure';
import { userDoc } from '../_shared/models';
import { findById } from '../_shared/records';
import { notifyUser } from '../_shared/notify';
import { orderTakenMessage } from '../_shared/templates';
import { tellAssigned } from '../_shared/work-notify';
import { loadOrder } from './load';
import { applyMove } from './move';
import { orderView } from './view';

const TAKER_ROLES = ['grid_worker', 'party_member', 'property'] as const;

export async function grabOrder(input: { orderId: string }): Promise<{ order: OrderView }> {
  const me = await loadCallerUser();
  const actor = actorFrom(me);
  const order = await loadOrder(input.orderId, actor);
  if (!mayGrab(actor, order)) {
    throw refusal('ORDER_OUTSIDE_YOUR_GRID', '只有本网格的党员、网格员（物业类诉求含物业）可以抢单');
  }
  const now = new Date();
  const record = entry(actor, roleLabel(actor, order, [...TAKER_ROLES]), 'grab', now);
  const changes = { takerId: actor.userId, takerName: actor.name, takerPhone: me.phone, overdueLevel: 0 };
  const moved = await applyMove(order, { type: 'take' }, changes, record);
  await notifyUser(moved.communityId, moved.residentId, orderTakenMessage(moved, now)); // after the commit; never throws
  return { order: orderView(moved, 'full') };
}

export async function assignOrder(input: { orderId: string; userId: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayAssign(actor, order)) throw refusal('ORDER_OUTSIDE_YOUR_GRID', '只有本网格的网格员或社区管理员可以指派');
  const member = await findById('users', input.userId, userDoc);
  if (!member || member.communityId !== actor.communityId) throw notFound('人员');
  if (!mayGrab(actorFrom(member), order)) {
    throw refusal('ORDER_ASSIGNEE_INELIGIBLE', `${member.name}不是本网格可以接这类诉求的人员`);
  }
  const now = new Date();
  const record = entry(actor, roleLabel(actor, order, ['grid_worker', 'community_admin']), 'assign', now, member.name);
  const changes = { takerId: member._id, takerName: member.name, takerPhone: member.phone, overdueLevel: 0 };
  const moved = await applyMove(order, { type: 'take' }, changes, record);
  await notifyUser(moved.communityId, moved.residentId, orderTakenMessage(moved, now)); // after the commit; never throws
  await tellAssigned(moved, actor.name);
  return { order: orderView(moved, 'full') };
}
