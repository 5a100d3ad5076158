/**
 * A decision can open a work order (议事决策转工单): 受理自办类, already dispatched to the meeting's
 * grid (or the grid of the proposer's building), for the topic's proposer as the resident, so they
 * can follow and rate it. The decision keeps the order's id and shows its status on every read.
 * The order's id is derived from the decision, so a retried or double-tapped decide opens one order.
 */
import type { Category, OrderStatus } from '../../types/orders';
import type { Member } from '../../domain/meetings/permissions';
import { deadlineTable, deadlinesFor } from '../../domain/orders/deadlines';
import { orderIdFor } from '../_shared/ids/orders';
import { entry } from '../../domain/orders/timeline';
import { db } from '../_shared/cloud';
import { AppFailure } from '../_shared/failure';
import { buildingDoc, communityDoc, userDoc } from '../_shared/models';
import { fetchDocs, findById, insertDoc } from '../_shared/records';
import { orderDoc, orderSettings, type OrderDoc } from '../orders/model';
import type { DecisionDoc, MeetingDoc, TopicDoc } from './model';

export async function openOrderForDecision(args: {
  member: Member;
  meeting: MeetingDoc;
  topic: TopicDoc;
  decisionId: string;
  decision: string;
  category: Category;
}): Promise<string> {
  const { member, meeting, topic, decisionId } = args;
  const requestId = `decision_${decisionId}`;
  const _id = orderIdFor(member.userId, requestId);
  if (await findById('orders', _id, orderDoc)) return _id;
  const proposer = await findById('users', topic.proposerId, userDoc);
  const resident = proposer?.buildingId ? proposer : await findById('users', member.userId, userDoc);
  if (!resident?.buildingId) throw new AppFailure('FAILED_PRECONDITION', '提议人和您都还没有登记住址，无法生成工单');
  const building = await findById('buildings', resident.buildingId, buildingDoc);
  if (!building || building.communityId !== member.communityId)
    throw new AppFailure('FAILED_PRECONDITION', '住址所在楼栋已不存在');
  const community = await findById('communities', member.communityId, communityDoc);
  const settings = orderSettings.parse(community?.settings?.orders);
  const now = new Date();
  const gridId = meeting.gridId ?? building.gridId;
  const order: OrderDoc = {
    _id,
    communityId: member.communityId,
    gridId,
    buildingId: building._id,
    room: resident.room,
    category: args.category,
    content: `【议事决策】${args.decision}`,
    photos: [],
    contactPhone: resident.phone,
    residentId: resident._id,
    residentName: resident.name,
    filedById: member.userId,
    requestId,
    status: 'dispatched',
    dispatchKind: 'self',
    ...deadlinesFor(now, args.category, deadlineTable(settings?.deadlines)),
    overdueLevel: 0,
    createdAt: now,
    updatedAt: now,
    timeline: [
      entry(member, '社区管理员', 'submit', now, `议事决策（${meeting.title}）`),
      entry(member, '社区管理员', 'dispatch', now, '受理自办类，按议事决策派单'),
    ],
  };
  try {
    await insertDoc('orders', order);
  } catch (error) {
    if (!(await findById('orders', _id, orderDoc))) throw error; // else a racing twin opened it
  }
  return _id;
}

/** The current status of each decision's order, read in one query. */
export async function orderStatuses(decisions: readonly DecisionDoc[]): Promise<Map<string, OrderStatus>> {
  const ids = decisions.map((d) => d.orderId).filter((id): id is string => Boolean(id));
  if (!ids.length) return new Map();
  const docs = await fetchDocs(
    db()
      .collection('orders')
      .where({ _id: db().command.in(ids) })
      .limit(100),
  );
  return new Map(docs.map((d) => [String(d._id), d.status as OrderStatus]));
}
