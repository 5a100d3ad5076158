/** What callers see of meetings, topics and decisions; `overdue` is computed at read time. */
import type { OrderStatus } from '../../types/orders';
import { MEETING_TYPE_LABELS, type DecisionView, type MeetingView, type TopicView } from '../../types/meetings';
import { isOverdue } from '../../domain/meetings/schedule';
import { rowOf, stepsOf } from '../../domain/meetings/steps';
import type { DecisionDoc, MeetingDoc, TopicDoc } from './model';

export function meetingView(m: MeetingDoc): MeetingView {
  return {
    _id: m._id,
    type: m.type,
    typeLabel: m.name ?? MEETING_TYPE_LABELS[m.type],
    ...(m.name ? { name: m.name } : {}),
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    place: m.place,
    ...(m.gridId ? { gridId: m.gridId } : {}),
    hostName: m.hostName,
    step: m.step,
    stepLabel: rowOf(m.type, m.step)?.label ?? '',
    steps: stepsOf(m.type).map((r) => ({ step: r.step, label: r.label })),
    ...(m.publishedAt ? { publishedAt: m.publishedAt.toISOString() } : {}),
    createdAt: m.createdAt.toISOString(),
  };
}

export function topicView(t: TopicDoc): TopicView {
  return {
    _id: t._id,
    ...(t.meetingId ? { meetingId: t.meetingId } : {}),
    title: t.title,
    content: t.content,
    proposerName: t.proposerName,
    status: t.status,
    ...(t.reason ? { reason: t.reason } : {}),
    ...(t.notes ? { notes: t.notes } : {}),
    ...(t.orderId ? { orderId: t.orderId } : {}),
    createdAt: t.createdAt.toISOString(),
  };
}

/**
 * A topic born from a resident's order, as someone who may not read it in full sees it: that the
 * meeting takes up a resident's matter, and what was said and decided, but not who, where or what
 * they wrote (no name, room, complaint or order id).
 */
export function maskedTopicView(t: TopicDoc): TopicView {
  const { orderId: _order, ...shown } = topicView(t);
  return {
    ...shown,
    title: ORDER_TOPIC_SUMMARY,
    content: '该议题来自居民诉求，涉及个人信息，仅会议工作人员和相关职能部门可见。',
    proposerName: '居民',
    masked: true,
  };
}
export const ORDER_TOPIC_SUMMARY = '转交职能部门办理的居民诉求';

export function decisionView(d: DecisionDoc, now = new Date(), orderStatus?: OrderStatus): DecisionView {
  return {
    _id: d._id,
    meetingId: d.meetingId,
    meetingTitle: d.meetingTitle,
    topicId: d.topicId,
    topicTitle: d.topicTitle,
    decision: d.decision,
    ownerId: d.ownerId,
    ownerName: d.ownerName,
    dueDate: d.dueDate,
    published: d.published,
    done: d.done,
    overdue: isOverdue(d, now),
    progress: d.progress.map((p) => ({ at: p.at.toISOString(), actorName: p.actorName, note: p.note, done: p.done })),
    ...(d.orderId ? { orderId: d.orderId } : {}),
    ...(orderStatus ? { orderStatus } : {}),
  };
}
