/**
 * A decision can open a work order (议事决策转工单): 受理自办类, already dispatched to the meeting's
 * grid (or the grid of the proposer's building), for the topic's proposer as the resident, so they
 * can follow and rate it. The decision keeps the order's id and shows its status on every read.
 * The order's id is derived from the decision, so a retried or double-tapped decide opens one order.
 * It is built by the domain's `createOrder`, like every order.
 */
import type { Category, OrderStatus } from '../../types/orders';
import type { Member } from '../../domain/meetings/permissions';
import { createOrder } from '../../domain/orders/create';
import { orderIdFor } from '../_shared/ids/orders';
import { db } from '../_shared/cloud';
import { refusal } from '../_shared/failure';
import { buildingDoc, userDoc } from '../_shared/models';
import { fetchDocs, findById } from '../_shared/records';
import { orderDoc } from '../_shared/orders/model';
import { insertOrderOnce, orderSettingsOf } from '../_shared/orders/store';
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
  if (!resident?.buildingId) throw refusal('ADDRESS_MISSING', '提议人和您都还没有登记住址，无法生成工单');
  const building = await findById('buildings', resident.buildingId, buildingDoc);
  if (!building || building.communityId !== member.communityId) throw refusal('BUILDING_GONE');
  const { deadlines } = await orderSettingsOf(member.communityId);
  const order = createOrder({
    draft: {
      _id,
      communityId: member.communityId,
      gridId: meeting.gridId ?? building.gridId,
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
    },
    at: new Date(),
    deadlines,
    filed: { by: member, role: '社区管理员', action: 'submit', note: `议事决策（${meeting.title}）` },
    dispatched: { by: member, role: '社区管理员', action: 'dispatch', note: '受理自办类，按议事决策派单' },
  });
  return (await insertOrderOnce(order))._id;
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
