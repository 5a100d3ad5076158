/**
 * The workers' subscribe messages (issue 11 point 5: the work finds the worker). Each says WHAT
 * (the category and the building — never the resident's name, room, phone or words: a taker, a
 * department or a party member who has not taken it yet may not see those) and links to the page
 * that shows it in full to those who may see it. Field keys follow templates.ts (thing ≤ 20 chars,
 * phrase ≤ 5, time a date-time).
 *
 * `once` makes each message go to a person at most once (notify.ts): the key names the order, the
 * kind and what makes this event new (a fresh take-by after 退单, the timeline entry of this 指派,
 * the deadline and level of an escalation), so a retry or an overlapping timer run sends nothing twice.
 */
import { CATEGORY_TABLE, type Category } from '../../types/orders';
import { chinaDateTime } from '../../domain/china-time';
import type { Message } from './templates';

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/** The pages the messages open, and the query key each page reads (useRouter().params.<key>). */
export const ORDER_DETAIL_PAGE = 'packages/orders/detail/index';
export const MEETING_DETAIL_PAGE = 'packages/meetings/detail/index';
const orderPage = (orderId: string) => `${ORDER_DETAIL_PAGE}?id=${encodeURIComponent(orderId)}`;

/** What an order is, for a worker's eyes: 居家养老 · 1号楼. */
export interface OrderBrief {
  _id: string;
  category: Category;
  buildingName: string;
}

const what = (o: OrderBrief) => ({ value: cut(`${CATEGORY_TABLE[o.category].label} · ${o.buildingName}`, 20) });
const time = (at: Date) => ({ value: chinaDateTime(at) });
const phrase = (text: string) => ({ value: cut(text, 5) });

/** A new order in the 抢单大厅 (dispatched, auto-dispatched, or handed back with a new take-by). */
export function orderPoolMessage(o: OrderBrief & { takeBy: Date }): Message {
  return {
    kind: 'order_pool',
    page: orderPage(o._id),
    data: { thing1: what(o), time2: time(o.takeBy), phrase3: phrase('待抢单') },
    once: `order_pool:${o._id}:${o.takeBy.getTime()}`,
  };
}

/** 指派 / 改派 to this person; `step` is the timeline length after the move (one per hand-over). */
export function orderAssignedMessage(o: OrderBrief & { finishBy: Date; step: number }, byName: string): Message {
  return {
    kind: 'order_assigned',
    page: orderPage(o._id),
    data: { thing1: what(o), name2: { value: cut(byName, 10) }, time3: time(o.finishBy), phrase4: phrase('待办理') },
    once: `order_assigned:${o._id}:${o.step}`,
  };
}

/** Overdue (level 1, to the grid worker or the department) or escalated (level 2, to the admins). */
export function orderOverdueMessage(o: OrderBrief & { deadline: Date; level: 1 | 2 }): Message {
  return {
    kind: 'order_overdue',
    page: orderPage(o._id),
    data: { thing1: what(o), time2: time(o.deadline), phrase3: phrase(o.level === 1 ? '已超时' : '已升级') },
    once: `order_overdue:${o._id}:${o.deadline.getTime()}:${o.level}`,
  };
}

/** A 差评: the order waits for 整改 (to the taker and the grid worker). */
export function orderRectifyMessage(o: OrderBrief & { step: number }, at: Date): Message {
  return {
    kind: 'order_rectify',
    page: orderPage(o._id),
    data: { thing1: what(o), time2: time(at), phrase3: phrase('待整改') },
    once: `order_rectify:${o._id}:${o.step}`,
  };
}

/** 转交 to a department (at dispatch, or by a 联席会议's 交办): it should accept it. */
export function orderTransferMessage(
  o: OrderBrief & { finishBy: Date; transferredAt: Date; departmentId: string },
): Message {
  return {
    kind: 'order_transfer',
    page: orderPage(o._id),
    data: { thing1: what(o), time2: time(o.finishBy), phrase3: phrase('待受理') },
    once: `order_transfer:${o._id}:${o.departmentId}:${o.transferredAt.getTime()}`,
  };
}

export type DueStage = 'soon' | 'overdue';

/** A decision one owns is due within a day, or past its due day. Opens its meeting. */
export function decisionDueMessage(
  d: { _id: string; meetingId: string; decision: string; dueAt: Date },
  stage: DueStage,
): Message {
  return {
    kind: 'decision_due',
    page: `${MEETING_DETAIL_PAGE}?id=${encodeURIComponent(d.meetingId)}`,
    data: {
      thing1: { value: cut(d.decision, 20) },
      time2: time(d.dueAt),
      phrase3: phrase(stage === 'soon' ? '即将到期' : '已逾期'),
    },
    once: `decision_due:${d._id}:${stage}`,
  };
}

export const ACTIVITY_DETAIL_PAGE = 'packages/activities/detail/index';

/**
 * 召集令 (issue 14): an activity calls for a skill the member offered. Names the activity, its start
 * and the skill wanted — never a resident. `round` is the host's n-th call, each reaching a person once.
 */
export function activityCallMessage(a: {
  _id: string;
  title: string;
  startAt: Date;
  skillLabel: string;
  round: number;
}): Message {
  return {
    kind: 'activity_call',
    page: `${ACTIVITY_DETAIL_PAGE}?id=${encodeURIComponent(a._id)}`,
    data: {
      thing1: { value: cut(a.title, 20) },
      time2: time(a.startAt),
      thing3: { value: cut(`需要${a.skillLabel}`, 20) },
      phrase4: phrase('召集中'),
    },
    once: `activity_call:${a._id}:${a.round}`,
  };
}
