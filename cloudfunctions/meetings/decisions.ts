/**
 * record (notes per topic), decide (a decision with an owner and a due day), publish (四务公开:
 * the meeting's decisions become visible to residents of its scope) — for whoever runs the meeting,
 * at the steps that allow them — and progress (通报晾晒: the owner or a runner reports until done).
 */
import type { DecisionView } from '../../types/meetings';
import type { Category } from '../../types/orders';
import { openOrderForDecision, referDecisionOrder, resolveOrderPlace } from './decision-order';
import { decisionIdFor } from '../_shared/ids/meetings';
import { mayReport } from '../../domain/meetings/permissions';
import { endOfChinaDay } from '../../domain/china-time';
import { stepAllows, type StepAction } from '../../domain/meetings/steps';
import { db } from '../_shared/cloud';
import { denied, failureOf, notFound, refusal } from '../_shared/failure';
import { userDoc } from '../_shared/models';
import { findById } from '../_shared/records';
import { loadMember, loadTopic, meetingToRun } from './member';
import { decisionDoc, type DecisionDoc, type MeetingDoc, type ProgressDoc } from './model';
import { decisionView, topicView } from './view';
import { countDecisionChange } from '../_shared/stats/civic';

type Updated = { stats: { updated: number } };

function requireStep(meeting: MeetingDoc, action: StepAction): void {
  const closed = stepAllows(meeting.type, meeting.step, action);
  if (closed) throw failureOf(closed);
}

/** A topic accepted onto this meeting. */
async function topicOf(meeting: MeetingDoc, topicId: string, member: Parameters<typeof loadTopic>[1]) {
  const topic = await loadTopic(topicId, member);
  if (topic.meetingId !== meeting._id) throw notFound('本次会议的议题');
  if (topic.status !== 'accepted') throw refusal('TOPIC_NOT_ACCEPTED');
  return topic;
}

export async function recordNotes(input: { meetingId: string; topicId: string; notes: string }) {
  const { member } = await loadMember();
  const meeting = await meetingToRun(input.meetingId, member);
  requireStep(meeting, 'record');
  const topic = await topicOf(meeting, input.topicId, member);
  const updatedAt = new Date();
  await db()
    .collection('meeting_topics')
    .doc(topic._id)
    .update({ data: { notes: input.notes, updatedAt } });
  return { topic: topicView({ ...topic, notes: input.notes, updatedAt }) };
}

export async function decide(input: {
  meetingId: string;
  topicId: string;
  decision: string;
  ownerId: string;
  dueDate: string;
  orderCategory?: Category;
  orderBuildingId?: string;
  orderGridId?: string;
}): Promise<{ decision: DecisionView }> {
  const { member } = await loadMember();
  const meeting = await meetingToRun(input.meetingId, member);
  requireStep(meeting, 'decide');
  const topic = await topicOf(meeting, input.topicId, member);
  const owner = await findById('users', input.ownerId, userDoc);
  if (!owner || owner.communityId !== member.communityId) throw notFound('责任人');
  const _id = decisionIdFor(meeting._id, topic._id, input.decision);
  const existing = await findById('meeting_decisions', _id, decisionDoc);
  if (existing) return { decision: decisionView(existing) }; // a double tap: the same decision
  // The order first: if writing the decision then fails, a retry finds the same order by its id.
  const place = input.orderBuildingId
    ? { buildingId: input.orderBuildingId }
    : input.orderGridId
      ? { gridId: input.orderGridId }
      : null;
  const orderId =
    input.orderCategory && place
      ? await openOrderForDecision({
          member,
          meeting,
          decisionId: _id,
          decision: input.decision,
          category: input.orderCategory,
          place: await resolveOrderPlace(member, meeting, place),
          owner,
          dueDate: input.dueDate,
        })
      : undefined;
  const dueAt = endOfChinaDay(input.dueDate);
  await referDecisionOrder({ member, meeting, topic, owner, dueAt, dueDate: input.dueDate, decision: input.decision });
  const now = new Date();
  const decision: DecisionDoc = {
    _id,
    communityId: meeting.communityId,
    ...(meeting.gridId ? { gridId: meeting.gridId } : {}),
    gridKey: meeting.gridKey,
    meetingId: meeting._id,
    meetingTitle: meeting.title,
    topicId: topic._id,
    topicTitle: topic.title,
    decision: input.decision,
    ownerId: owner._id,
    ownerName: owner.name,
    dueDate: input.dueDate,
    dueAt,
    // Decided after publishing: the meeting's decisions are already public, so this one is too.
    published: Boolean(meeting.publishedAt),
    ...(meeting.publishedAt ? { publishedAt: now } : {}),
    done: false,
    progress: [],
    ...(orderId ? { orderId } : {}),
    createdAt: now,
    updatedAt: now,
  };
  // set() on a derived id: a racing twin writes the same record.
  const { _id: _omit, ...fields } = decision;
  await db().collection('meeting_decisions').doc(_id).set({ data: fields });
  await countDecisionChange(null, decision); // 数据看板 (never throws; a racing twin's count the timer repairs)
  // A decision's order is born taken by the decision's owner (decision-order.ts).
  return { decision: decisionView(decision, now, orderId ? 'taken' : undefined) };
}

export async function publishMeeting(input: { meetingId: string }) {
  const { member } = await loadMember();
  const meeting = await meetingToRun(input.meetingId, member);
  requireStep(meeting, 'publish');
  const now = new Date();
  const publishedAt = meeting.publishedAt ?? now;
  await db()
    .collection('meeting_decisions')
    .where({ meetingId: meeting._id, published: false })
    .update({ data: { published: true, publishedAt, updatedAt: now } });
  if (!meeting.publishedAt)
    await db()
      .collection('meetings')
      .doc(meeting._id)
      .update({ data: { publishedAt, updatedAt: now } });
  return { meetingId: meeting._id, publishedAt: publishedAt.toISOString() };
}

export async function reportProgress(input: { decisionId: string; note: string; done?: boolean }) {
  const { member } = await loadMember();
  const decision = await findById('meeting_decisions', input.decisionId, decisionDoc);
  if (!decision || decision.communityId !== member.communityId) throw notFound('决策');
  if (!mayReport(member, decision)) throw denied('只有责任人或会议主持方可以报告进展');
  if (decision.done) throw refusal('DECISION_ALREADY_DONE');
  const entry: ProgressDoc = {
    at: new Date(),
    actorId: member.userId,
    actorName: member.name,
    note: input.note,
    done: Boolean(input.done),
  };
  const res = (await db()
    .collection('meeting_decisions')
    .where({ _id: decision._id, done: false })
    .update({ data: { progress: db().command.push(entry), done: entry.done, updatedAt: entry.at } })) as Updated;
  if (res.stats.updated !== 1) throw refusal('DECISION_ALREADY_DONE');
  const moved = { ...decision, done: entry.done, progress: [...decision.progress, entry], updatedAt: entry.at };
  await countDecisionChange(decision, moved); // 按期落实 (never throws)
  return { decision: decisionView(moved) };
}
