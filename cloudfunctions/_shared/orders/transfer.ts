/**
 * The department side of 转交办理类 shared by `orders` and `meetings` (issue 11, point 4):
 * who counts as a department, and 交办 — a 联席会议 decision giving a transferred order to a
 * department with a due date (`referToDepartment`, called from meetings/decision-order.ts).
 */
import type { OrderStatus } from '../../../types/orders';
import { transferDeadlines } from '../../../domain/orders/deadlines';
import { nextStatus } from '../../../domain/orders/state-machine';
import { entry } from '../../../domain/orders/timeline';
import { db } from '../cloud';
import { notFound } from '../failure';
import { userDoc, type UserDoc } from '../models';
import { findById } from '../records';
import { orderDoc, type OrderDoc } from './model';
import { tellTransfer } from '../work-notify';
import { owedMark, settleOrderStats } from '../stats/order-mark';

/** A person of this community holding the department role; NOT_FOUND otherwise (ids are not probed). */
export async function departmentFor(userId: string, communityId: string): Promise<UserDoc> {
  const dept = await findById('users', userId, userDoc);
  const isDept = dept?.grants.some((g) => g.role === 'department');
  if (!dept || dept.communityId !== communityId || !isDept) throw notFound('职能部门');
  return dept;
}

export interface Referral {
  orderId: string;
  communityId: string;
  departmentId: string;
  /** end of the decision's due day: the order's finish-by */
  dueAt: Date;
  /** who decided (the meeting's host), and the words on the order's timeline */
  by: { userId: string; name: string };
  note: string;
}

/**
 * 交办: gives a transferred order (已转交, waiting for its meeting or its department) to the
 * department with the due date, and starts the department's clock. One conditional update on the
 * status it was read in, with its timeline entry (a department accepting meanwhile wins: the order
 * is then in hand); a retried or double-tapped decision finds the same department and due date and
 * changes nothing. Answers the order as it now is, or
 * `null` when the order is not a transfer waiting for a department (already accepted, closed…): a
 * decision still stands, the order is simply not moved.
 */
export async function referToDepartment(r: Referral, now = new Date()): Promise<OrderDoc | null> {
  const order = await findById('orders', r.orderId, orderDoc);
  if (!order || order.communityId !== r.communityId) return null;
  const dept = await departmentFor(r.departmentId, r.communityId);
  const move = nextStatus(order.status, { type: 'refer' });
  if (!move.ok) return null;
  const sameAlready = order.departmentId === dept._id && order.finishBy.getTime() === r.dueAt.getTime();
  if (sameAlready) return order;
  const record = entry(r.by, '联席会议', 'refer', now, r.note);
  const changes = {
    departmentId: dept._id,
    departmentName: dept.name,
    transferredAt: now,
    ...transferDeadlines(now, r.dueAt),
    overdueLevel: 0,
  };
  const owed = owedMark(order); // the 数据看板 move, owed in the same write
  const res = (await db()
    .collection('orders')
    .where({ _id: order._id, status: order.status as OrderStatus })
    .update({ data: { ...changes, ...owed.fields, updatedAt: now, timeline: db().command.push(record) } })) as {
    stats: { updated: number };
  };
  if (res.stats.updated !== 1) return findById('orders', order._id, orderDoc);
  const moved = {
    ...order,
    ...changes,
    status: move.to,
    updatedAt: now,
    timeline: [...order.timeline, record],
    statsMark: owed.mark,
  };
  await tellTransfer(moved); // after the commit; never throws
  await settleOrderStats(moved, owed.mark); // a new clock can change 按时响应 (never throws)
  return moved;
}
