/**
 * dispatch (派单): a community admin classifies a submitted order —
 * 回复解释类 (reply: answered with an explanation), 受理自办类 (self: to a grid, by default the grid
 * containing the building, 地域临近), 转交办理类 (transfer: to the department named, whose clock
 * starts now; or, naming none, to the next 联席会议, whose decision gives it to one — transfer.ts).
 */
import { DISPATCH_LABELS, type DispatchKind, type OrderView } from '../../types/orders';
import { mayDispatch } from '../../domain/orders/permissions';
import { entry } from '../../domain/orders/timeline';
import { loadActor } from '../_shared/actor';
import { notFound, refusal } from '../_shared/failure';
import { gridDoc } from '../_shared/models';
import { departmentFor } from '../_shared/orders/transfer';
import { transferDeadlines } from '../../domain/orders/deadlines';
import { findById } from '../_shared/records';
import { loadOrder } from './load';
import type { OrderDoc } from '../_shared/orders/model';
import { applyMove } from './move';
import { tellPool, tellTransfer } from '../_shared/work-notify';
import { closeByOf } from '../_shared/orders/store';
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
  const now = new Date();
  if (input.kind === 'reply') {
    changes.reply = input.reply;
    note += `：${input.reply}`;
    changes.closeBy = await closeByOf(order.communityId, 'rate', now); // not rated by then: closes as 未评价
  }
  if (input.kind === 'transfer' && input.departmentId) {
    const dept = await departmentFor(input.departmentId, actor.communityId);
    // The department's clock starts now: accept within a day, finish within the transfer's days.
    Object.assign(changes, { departmentId: dept._id, departmentName: dept.name, transferredAt: now });
    Object.assign(changes, transferDeadlines(now), { overdueLevel: 0 });
    note += `，转交${dept.name}`;
  } else if (input.kind === 'transfer') {
    note += '，提交联席会议';
  }
  if (input.note) note += `（${input.note}）`;
  const record = entry(actor, '社区管理员', 'dispatch', now, note);
  const moved = await applyMove(order, { type: 'dispatch', kind: input.kind }, changes, record);
  // After the commit; never throws: the grid's takers learn of a new order, a department of its transfer.
  await tellPool(moved, [actor.userId]);
  await tellTransfer(moved);
  return { order: orderView(moved, 'full') };
}
