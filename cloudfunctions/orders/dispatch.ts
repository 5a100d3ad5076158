/**
 * dispatch (派单): a community admin classifies a submitted order —
 * 回复解释类 (reply: answered with an explanation), 受理自办类 (self: to a grid, by default the grid
 * containing the building, 地域临近), 转交办理类 (transfer: to a department, via a 联席会议).
 */
import { DISPATCH_LABELS, type DispatchKind, type OrderView } from '../../types/orders';
import { mayDispatch } from '../../domain/orders/permissions';
import { entry } from '../../domain/orders/timeline';
import { loadActor } from '../_shared/actor';
import { notFound, refusal } from '../_shared/failure';
import { gridDoc, userDoc } from '../_shared/models';
import { findById } from '../_shared/records';
import { loadOrder } from './load';
import type { OrderDoc } from '../_shared/orders/model';
import { applyMove } from './move';
import { orderView } from './view';

export interface DispatchInput {
  orderId: string;
  kind: DispatchKind;
  gridId?: string;
  reply?: string;
  departmentId?: string;
  note?: string;
}

export async function dispatchOrder(input: DispatchInput): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayDispatch(actor, order)) throw refusal('NOT_ADMIN', '只有社区管理员可以派单');
  const changes: Partial<OrderDoc> = { dispatchKind: input.kind };
  let note = DISPATCH_LABELS[input.kind];
  if (input.kind === 'self') {
    const gridId = input.gridId ?? order.gridId;
    const grid = await findById('grids', gridId, gridDoc);
    if (!grid || grid.communityId !== actor.communityId) throw notFound('网格');
    changes.gridId = grid._id;
    note += `，派至${grid.name}`;
  }
  if (input.kind === 'reply') {
    changes.reply = input.reply;
    note += `：${input.reply}`;
  }
  if (input.kind === 'transfer' && input.departmentId) {
    const dept = await findById('users', input.departmentId, userDoc);
    const isDept = dept?.grants.some((g) => g.role === 'department');
    if (!dept || dept.communityId !== actor.communityId || !isDept) throw notFound('职能部门');
    changes.departmentId = dept._id;
    note += `，转交${dept.name}`;
  }
  if (input.note) note += `（${input.note}）`;
  const record = entry(actor, '社区管理员', 'dispatch', new Date(), note);
  const moved = await applyMove(order, { type: 'dispatch', kind: input.kind }, changes, record);
  return { order: orderView(moved, 'full') };
}
