/**
 * 转交办理类 orders go to the next 联席会议 (issue #5), linked both ways: the topic carries the
 * order id, the order carries `meetingTopicId` (and `meetingLinked`, which the pull queries, as points-timer
 * does `pointsSettled`). Pulled in when a joint meeting is created or read,
 * so `orders` needs no change and a failure here can never undo a dispatch. Idempotent: the topic id
 * derives from the order id, and the order is linked by a conditional update on its status.
 */
import { z } from 'zod';
import { topicIdForOrder } from '../_shared/ids/meetings';
import { db } from '../_shared/cloud';
import { fetchDocs, findById, insertDoc } from '../_shared/records';
import { meetingDoc, topicDoc, type MeetingDoc, type TopicDoc } from './model';

const transferredOrder = z.object({
  _id: z.string(),
  communityId: z.string(),
  content: z.string(),
  residentId: z.string(),
  residentName: z.string(),
});

/** The community's next joint meeting: the earliest one not finished. */
export async function nextJointMeeting(communityId: string): Promise<MeetingDoc | null> {
  const _ = db().command;
  const [doc] = await fetchDocs(
    db()
      .collection('meetings')
      .where({ communityId, type: 'joint', step: _.neq('finished') })
      .orderBy('startsAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(1),
  );
  return doc ? meetingDoc.parse(doc) : null;
}

/** Makes every unlinked transferred order a topic of the next joint meeting; answers how many. */
export async function pullTransferredOrders(communityId: string, now: Date): Promise<number> {
  const meeting = await nextJointMeeting(communityId);
  if (!meeting) return 0;
  const _ = db().command;
  const docs = await fetchDocs(
    db()
      .collection('orders')
      .where({ communityId, status: 'transferred', meetingLinked: _.neq(true) })
      .orderBy('_id', 'asc')
      .limit(100),
  );
  for (const raw of docs) await linkOrder(transferredOrder.parse(raw), meeting, now);
  return docs.length;
}

async function linkOrder(order: z.infer<typeof transferredOrder>, meeting: MeetingDoc, now: Date): Promise<void> {
  const _id = topicIdForOrder(order._id);
  if (!(await findById('meeting_topics', _id, topicDoc))) {
    const topic: TopicDoc = {
      _id,
      communityId: order.communityId,
      ...(meeting.gridId ? { gridId: meeting.gridId } : {}),
      meetingId: meeting._id,
      title: `【转交办理】${order.content.slice(0, 30)}`,
      content: order.content,
      proposerId: order.residentId,
      proposerName: order.residentName,
      status: 'accepted', // the admin's transfer is its review
      orderId: order._id,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await insertDoc('meeting_topics', topic);
    } catch (error) {
      // A concurrent pull inserted the same topic id; anything else is a real fault.
      if (!(await findById('meeting_topics', _id, topicDoc))) throw error;
    }
  }
  await db()
    .collection('orders')
    .where({ _id: order._id, status: 'transferred' })
    .update({ data: { meetingTopicId: _id, meetingLinked: true } });
}
