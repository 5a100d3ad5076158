/**
 * Function `order-timer` (timer trigger, every 10 minutes; see config.json): closes orders the
 * resident left unanswered past their `closeBy` (close.ts: 未评价, 整改到期未确认), and finds orders past their
 * take-by or finish-by deadline — transfers past their department's accept-by or finish-by too — and
 * escalates them — level 1 tells the grid worker (a transfer: its department), level 2 (overdue
 * by as long again) the community admins — with a timeline entry each time, and a subscribe message
 * to those of them who accepted one. It also reminds owners of meeting decisions due (decisions-due.ts). Each escalation is a
 * conditional update on (status, overdueLevel), so a retried or overlapping run escalates once.
 * People cannot call it: a call that carries an openid is refused.
 */
import { z } from 'zod';
import { bindingDeadlineOf, ESCALATED_NOTE, overdueLevel } from '../../domain/orders/deadlines';
import { entry, SYSTEM } from '../../domain/orders/timeline';
import { callerOpenid, db } from '../_shared/cloud';
import { defineFunction } from '../_shared/define-function';
import { denied } from '../_shared/failure';
import { fetchDocs, DB_PAGE } from '../_shared/records';
import { orderDoc, type OrderDoc } from '../_shared/orders/model';
import { tellOverdue } from '../_shared/work-notify';
import { remindDueDecisions } from './decisions-due';
import { owedMark, settleOrderStats } from '../_shared/stats/order-mark';
import { closeUnanswered } from './close';

/** A timer event is `{ Type: 'Timer', TriggerName, Time }`; locally `{ action: 'run' }` is accepted too. */
const timerEvent = z
  .object({
    action: z.literal('run').default('run'),
    Type: z.string().optional(),
    TriggerName: z.string().optional(),
    Time: z.string().optional(),
  })
  .strict();

const NOTES = { 1: '已超时，提醒本网格网格员', 2: ESCALATED_NOTE } as const;
/** A transfer escalates like an order: first to its department, then to the community. */
const TRANSFER_NOTES = { 1: '已超时，提醒承办部门', 2: ESCALATED_NOTE } as const;

export const main = defineFunction<{ action: 'run' }>('order-timer', timerEvent as z.ZodType<{ action: 'run' }>, {
  run: () => runTimer(new Date()),
});

export async function runTimer(now: Date) {
  if (callerOpenid()) throw denied('定时任务不能由用户调用');
  const { closed, dated } = await closeUnanswered(now);
  const orders = await escalateOverdue(now);
  // 议题落实: owners of decisions due soon or overdue are told (decisions-due.ts).
  return { ...orders, closed, dated, ...(await remindDueDecisions(now)) };
}

export async function escalateOverdue(now: Date): Promise<{ checked: number; escalated: number }> {
  if (callerOpenid()) throw denied('定时任务不能由用户调用');
  const _ = db().command;
  const open = _.or([
    { status: _.in(['submitted', 'dispatched']), takeBy: _.lt(now) },
    { status: _.in(['taken', 'handling']), finishBy: _.lt(now) },
    // a transfer given to a department and not yet accepted (one waiting for its 联席会议 has no clock)
    { status: 'transferred', takeBy: _.lt(now), departmentId: _.exists(true) },
  ]);
  let checked = 0;
  let escalated = 0;
  // Keyset paging on _id: escalating an order changes whether it matches, so skip-paging would miss some.
  for (let lastId = ''; ;) {
    const docs = await fetchDocs(
      db()
        .collection('orders')
        .where(_.and([open, { overdueLevel: _.lt(2), _id: _.gt(lastId) }]))
        .orderBy('_id', 'asc')
        .limit(DB_PAGE),
    );
    for (const raw of docs) {
      const order = orderDoc.parse(raw);
      checked += 1;
      if (await escalate(order, now)) escalated += 1;
      lastId = order._id;
    }
    if (docs.length < DB_PAGE) break;
  }
  return { checked, escalated };
}

async function escalate(order: OrderDoc, now: Date): Promise<boolean> {
  const level = overdueLevel(order, now);
  if (level <= order.overdueLevel) return false;
  const transfer = order.status === 'transferred' || order.status === 'handling';
  const record = entry(SYSTEM, '系统', 'overdue', now, (transfer ? TRANSFER_NOTES : NOTES)[level as 1 | 2]);
  const owed = owedMark(order); // the 数据看板 move, owed in the same write
  const res = (await db()
    .collection('orders')
    .where({ _id: order._id, status: order.status, overdueLevel: order.overdueLevel })
    .update({
      data: { overdueLevel: level, updatedAt: now, timeline: db().command.push(record), ...owed.fields },
    })) as {
    stats: { updated: number };
  };
  if (res.stats.updated !== 1) return false;
  // The one run that escalated tells (after the commit): level 1 the grid worker or department, 2 the admins.
  const which = bindingDeadlineOf(order.status, order.departmentId);
  if (which) await tellOverdue(order, level as 1 | 2, order[which]);
  const after = { ...order, overdueLevel: level, updatedAt: now, timeline: [...order.timeline, record] };
  await settleOrderStats({ ...after, statsMark: owed.mark }, owed.mark); // 超时 / 升级 counts (never throws)
  return true;
}
