/**
 * get: one meeting with its topics, decisions and sign-ins, as the caller may see it (residents:
 * accepted topics and their own, published decisions). list: meetings in the caller's scope, newest
 * first. board (四务公开): published decisions of the caller's scope with their progress.
 * Pages of 20, keyset on (date, _id) descending.
 */
import type { Page } from '../../types/envelope';
import type { DecisionView, MeetingDetail, MeetingView } from '../../types/meetings';
import { covers, isCommunityAdmin } from '../../domain/actor';
import { gridsOf, mayManage, mayReadOrderTopic, mayReadRoll, type Member } from '../../domain/meetings/permissions';
import { isOrderTopicId } from '../_shared/ids/meetings';
import { db } from '../_shared/cloud';
import { afterCursor, newestFirst, orderedBy, pageFrom, type KeysetOrder } from '../_shared/cursor';
import { fetchDocs } from '../_shared/records';
import { pullTransferredOrders } from './joint';
import { loadMember, meetingInScope } from './member';
import { attendanceDoc, decisionDoc, meetingDoc, topicDoc, type DecisionDoc, type MeetingDoc } from './model';
import { decisionView, maskedTopicView, meetingView, ORDER_TOPIC_SUMMARY, topicView } from './view';
import { orderStatuses } from './decision-order';

const PAGE_SIZE = 20;
/** Meetings newest first by start; the board newest first by publication. */
const BY_START = newestFirst('startsAt');
const BY_PUBLISHED = newestFirst('publishedAt');

export async function getMeeting(input: { meetingId: string }): Promise<MeetingDetail> {
  const { member } = await loadMember();
  let meeting = await meetingInScope(input.meetingId, member);
  if (meeting.type === 'joint' && meeting.step !== 'finished') {
    try {
      if (await pullTransferredOrders(member.communityId, new Date()))
        meeting = await meetingInScope(meeting._id, member);
    } catch (error) {
      console.error(
        `[meetings] pulling transferred orders deferred: ${String((error as { errCode?: unknown })?.errCode ?? 'unknown')}`,
      );
    }
  }
  return detailFor(member, meeting);
}

/**
 * A meeting as this member may see it. Whoever runs it: every topic, decision and sign-in. Others:
 * accepted topics and their own, published decisions, their own sign-in and the count. Topics born
 * from a resident's order are masked for anyone who may not read them (issue 12 point 3), and so is
 * the topic title a decision on one repeats.
 */
export async function detailFor(member: Member, meeting: MeetingDoc): Promise<MeetingDetail> {
  const runs = mayManage(member, meeting);
  const byMeeting = { meetingId: meeting._id };
  const [topics, decisions, attendance] = await Promise.all([
    fetchDocs(db().collection('meeting_topics').where(byMeeting).orderBy('createdAt', 'asc').limit(100)),
    fetchDocs(db().collection('meeting_decisions').where(byMeeting).orderBy('createdAt', 'asc').limit(100)),
    fetchDocs(db().collection('meeting_attendance').where(byMeeting).orderBy('at', 'asc').limit(100)),
  ]);
  const shownTopics = topics
    .map((t) => topicDoc.parse(t))
    .filter((t) => runs || t.status === 'accepted' || t.proposerId === member.userId);
  const hidden = new Set(
    shownTopics.filter((t) => t.orderId && !mayReadOrderTopic(member, meeting, t)).map((t) => t._id),
  );
  const shown = decisions.map((d) => decisionDoc.parse(d)).filter((d) => runs || d.published);
  const statuses = await orderStatuses(shown);
  const now = new Date();
  const signIns = attendance.map((raw) => attendanceDoc.parse(raw));
  return {
    meeting: meetingView(meeting),
    topics: shownTopics.map((t) => (hidden.has(t._id) ? maskedTopicView(t) : topicView(t))),
    decisions: shown.map((d) => {
      const view = decisionView(d, now, statuses.get(d.orderId ?? ''));
      return hidden.has(d.topicId) ? { ...view, topicTitle: ORDER_TOPIC_SUMMARY } : view;
    }),
    attendees: signIns
      .filter((a) => mayReadRoll(member, meeting) || a.userId === member.userId)
      .map((a) => ({ userId: a.userId, name: a.name, at: a.at.toISOString(), ...(a.via ? { via: a.via } : {}) })),
    attendeeCount: signIns.length,
  };
}

export async function listMeetings(input: { cursor?: string }): Promise<Page<MeetingView>> {
  const { member } = await loadMember();
  const docs = await pageOf('meetings', scopeOf(member), BY_START, input.cursor);
  return pageFrom(
    docs.map((d) => meetingDoc.parse(d)),
    PAGE_SIZE,
    BY_START,
    meetingView,
  );
}

export async function readBoard(input: { cursor?: string }): Promise<Page<DecisionView>> {
  const { member } = await loadMember();
  const docs = await pageOf('meeting_decisions', { ...scopeOf(member), published: true }, BY_PUBLISHED, input.cursor);
  const now = new Date();
  const decisions = docs.map((d) => decisionDoc.parse(d));
  const statuses = await orderStatuses(decisions);
  // A decision on a topic born from a resident's order names that order in its topic title.
  const full = (d: DecisionDoc) => mayManage(member, d) || covers(member, 'department', d);
  return pageFrom(decisions, PAGE_SIZE, BY_PUBLISHED, (d) => {
    const view = decisionView(d, now, statuses.get(d.orderId ?? ''));
    return isOrderTopicId(d.topicId) && !full(d) ? { ...view, topicTitle: ORDER_TOPIC_SUMMARY } : view;
  });
}

/** Community-wide records and those of the caller's grids; admins see the whole community. */
function scopeOf(member: Member): object {
  const _ = db().command;
  if (isCommunityAdmin(member)) return { communityId: member.communityId };
  return { communityId: member.communityId, gridKey: _.in(['', ...gridsOf(member)]) };
}

async function pageOf(collection: string, scope: object, order: KeysetOrder, cursor?: string) {
  const _ = db().command;
  const conditions = [scope, ...(cursor ? [afterCursor(cursor, order)] : [])];
  return fetchDocs(orderedBy(db().collection(collection).where(_.and(conditions)), order).limit(PAGE_SIZE + 1));
}
