/**
 * propose: anyone in scope raises a topic, to a meeting still collecting or to the community's pool.
 * review: whoever runs the meeting (the pool: an admin) accepts — optionally into a meeting — or
 * declines with a reason the proposer sees. A conditional update on `proposed` reviews once.
 * topics: admins see every topic of the community, grid workers their grids' too, everyone their own.
 */
import type { TopicStatus, TopicView } from '../../types/meetings';
import { isCommunityAdmin } from '../../domain/actor';
import { gridsOf, mayManage, mayReadOrderTopic } from '../../domain/meetings/permissions';
import { stepAllows } from '../../domain/meetings/steps';
import { db } from '../_shared/cloud';
import { denied, failureOf, refusal } from '../_shared/failure';
import { fetchDocs, insertDoc } from '../_shared/records';
import { loadMember, loadTopic, meetingInScope, meetingToRun } from './member';
import { topicDoc, type TopicDoc } from './model';
import { maskedTopicView, topicView } from './view';

export async function proposeTopic(input: { meetingId?: string; title: string; content: string }) {
  const { member } = await loadMember();
  const meeting = input.meetingId ? await meetingInScope(input.meetingId, member) : null;
  if (meeting) {
    const closed = stepAllows(meeting.type, meeting.step, 'propose');
    if (closed) throw failureOf(closed);
  }
  const now = new Date();
  const fields: Omit<TopicDoc, '_id'> = {
    communityId: member.communityId,
    ...(meeting?.gridId ? { gridId: meeting.gridId } : {}),
    ...(meeting ? { meetingId: meeting._id } : {}),
    title: input.title,
    content: input.content,
    proposerId: member.userId,
    proposerName: member.name,
    status: 'proposed',
    createdAt: now,
    updatedAt: now,
  };
  const _id = await insertDoc('meeting_topics', fields);
  return { topic: topicView({ _id, ...fields }) };
}

export async function reviewTopic(input: { topicId: string; accept: boolean; reason?: string; meetingId?: string }) {
  const { member } = await loadMember();
  const topic = await loadTopic(input.topicId, member);
  const current = topic.meetingId ? await meetingToRun(topic.meetingId, member) : null;
  if (!current && !isCommunityAdmin(member)) throw denied('社区议题库的议题由社区管理员审议');
  const target =
    input.meetingId && input.meetingId !== topic.meetingId ? await meetingToRun(input.meetingId, member) : current;
  if (target && target.step === 'finished') throw refusal('MEETING_FINISHED');
  if (topic.status !== 'proposed') throw refusal('TOPIC_ALREADY_REVIEWED');
  const changes: Partial<TopicDoc> = {
    status: input.accept ? 'accepted' : 'declined',
    reviewerId: member.userId,
    updatedAt: new Date(),
    ...(input.reason ? { reason: input.reason } : {}),
    ...(target ? { meetingId: target._id, ...(target.gridId ? { gridId: target.gridId } : {}) } : {}),
  };
  const res = (await db()
    .collection('meeting_topics')
    .where({ _id: topic._id, status: 'proposed' })
    .update({ data: changes })) as { stats: { updated: number } };
  if (res.stats.updated !== 1) throw refusal('TOPIC_REVIEWED_BY_OTHER');
  return { topic: topicView({ ...topic, ...changes }) };
}

export async function listTopics(input: { status?: TopicStatus }): Promise<{ items: TopicView[] }> {
  const { member } = await loadMember();
  const _ = db().command;
  const workerGrids = gridsOf(member).filter((g) => mayManage(member, { communityId: member.communityId, gridId: g }));
  const whose = isCommunityAdmin(member)
    ? {}
    : _.or([{ proposerId: member.userId }, ...(workerGrids.length ? [{ gridId: _.in(workerGrids) }] : [])]);
  const conditions: object[] = [{ communityId: member.communityId }, whose];
  if (input.status) conditions.push({ status: input.status });
  const docs = await fetchDocs(
    db().collection('meeting_topics').where(_.and(conditions)).orderBy('createdAt', 'desc').limit(100),
  );
  const items = docs.map((d) => topicDoc.parse(d));
  const place = (t: TopicDoc) => ({ communityId: t.communityId, ...(t.gridId ? { gridId: t.gridId } : {}) });
  return {
    items: items.map((t) => (t.orderId && !mayReadOrderTopic(member, place(t), t) ? maskedTopicView(t) : topicView(t))),
  };
}
