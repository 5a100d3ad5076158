/**
 * A decision can open a work order (议事决策转工单, issue 11 point 8): 受理自办类, at the place the
 * decision names (a building, or a whole grid, chosen in the decide sheet), due on the decision's
 * due day, and already taken by the decision's owner — the one who must do it. It is the meeting's
 * work, not the topic proposer's request: the one who decided files it (so it is in their 我的诉求
 * and they confirm the result), and the proposer's 我的诉求 never lists it. The decision keeps the
 * order's id and shows its status on every read. The order's id is derived from the decision, so a
 * retried or double-tapped decide opens one order. It is built by the domain's `createOrder`, and
 * taken by the state machine's `take` move, like every order.
 */
import type { Category, OrderStatus } from '../../types/orders';
import { isCommunityAdmin } from '../../domain/actor';
import type { Member } from '../../domain/meetings/permissions';
import { endOfChinaDay } from '../../domain/china-time';
import { createOrder } from '../../domain/orders/create';
import { nextStatus } from '../../domain/orders/state-machine';
import { entry } from '../../domain/orders/timeline';
import { orderIdFor } from '../_shared/ids/orders';
import { db } from '../_shared/cloud';
import { notFound, refusal } from '../_shared/failure';
import { buildingDoc, gridDoc, userDoc, type UserDoc } from '../_shared/models';
import { referToDepartment } from '../_shared/orders/transfer';
import { fetchDocs, findById } from '../_shared/records';
import { orderDoc } from '../_shared/orders/model';
import { insertOrderOnce, orderSettingsOf } from '../_shared/orders/store';
import type { DecisionDoc, MeetingDoc, TopicDoc } from './model';

/** Where the order is: one building, or a whole grid (路灯、广场 and the like). */
export type OrderPlace = { buildingId: string } | { gridId: string };

/** The place as the order stores it: a grid, and a building or '' for the grid as a whole. */
export async function resolveOrderPlace(
  member: Member,
  meeting: MeetingDoc,
  place: OrderPlace,
): Promise<{ gridId: string; buildingId: string; label: string }> {
  let resolved: { gridId: string; buildingId: string; label: string };
  if ('buildingId' in place) {
    const building = await findById('buildings', place.buildingId, buildingDoc);
    if (!building || building.communityId !== member.communityId) throw notFound('楼栋');
    resolved = { gridId: building.gridId, buildingId: building._id, label: building.name };
  } else {
    const grid = await findById('grids', place.gridId, gridDoc);
    if (!grid || grid.communityId !== member.communityId) throw notFound('网格');
    resolved = { gridId: grid._id, buildingId: '', label: grid.name };
  }
  // A grid's meeting decides about its own grid; the community's meetings about any place in it.
  if (meeting.gridId && resolved.gridId !== meeting.gridId)
    throw refusal('ORDER_OUTSIDE_YOUR_GRID', '工单地点须在本次会议的网格内');
  return resolved;
}

export async function openOrderForDecision(args: {
  member: Member;
  meeting: MeetingDoc;
  decisionId: string;
  decision: string;
  category: Category;
  place: { gridId: string; buildingId: string; label: string };
  owner: UserDoc;
  dueDate: string;
}): Promise<string> {
  const { member, meeting, decisionId, owner, place } = args;
  const requestId = `decision_${decisionId}`;
  const _id = orderIdFor(member.userId, requestId);
  if (await findById('orders', _id, orderDoc)) return _id;
  const filer = await findById('users', member.userId, userDoc);
  const at = new Date();
  const { deadlines } = await orderSettingsOf(member.communityId);
  const role = isCommunityAdmin(member) ? '社区管理员' : '网格员';
  const born = createOrder({
    draft: {
      _id,
      communityId: member.communityId,
      gridId: place.gridId,
      buildingId: place.buildingId,
      room: '',
      category: args.category,
      content: `【议事决策】${args.decision}（${place.label}）`,
      photos: [],
      contactPhone: filer?.phone ?? '',
      residentId: member.userId,
      residentName: member.name,
      filedById: member.userId,
      requestId,
    },
    at,
    deadlines,
    filed: { by: member, role, action: 'submit', note: `议事决策（${meeting.title}）` },
    dispatched: { by: member, role, action: 'dispatch', note: '受理自办类，按议事决策派单' },
  });
  const taken = nextStatus(born.status, { type: 'take' });
  // dispatched → taken is in the table; if it ever is not, that is a bug, not a refusal.
  if (!taken.ok) throw new Error(`openOrderForDecision: ${taken.reason}`);
  const order = {
    ...born,
    status: taken.to,
    takerId: owner._id,
    takerName: owner.name,
    takeBy: at,
    finishBy: endOfChinaDay(args.dueDate),
    timeline: [...born.timeline, entry(member, role, 'assign', at, `${owner.name}（决策责任人）`)],
  };
  return (await insertOrderOnce(order))._id;
}

/**
 * 联席会议 on a transferred order (issue 11, point 4): when the topic came from a 转交办理类 order and
 * the decision's owner is a department, the order is given (交办) to that department with the
 * decision's due date; the department then accepts, answers and completes it on the order. Anything
 * else (an owner who is not a department, an order already in hand) leaves the order as it is.
 */
export async function referDecisionOrder(args: {
  member: Member;
  meeting: MeetingDoc;
  topic: TopicDoc;
  owner: UserDoc;
  dueAt: Date;
  dueDate: string;
  decision: string;
}): Promise<void> {
  const { member, topic, owner } = args;
  if (!topic.orderId || !owner.grants.some((g) => g.role === 'department')) return;
  await referToDepartment({
    orderId: topic.orderId,
    communityId: member.communityId,
    departmentId: owner._id,
    dueAt: args.dueAt,
    by: member,
    note: `${args.meeting.title}决定：${args.decision}。交${owner.name}办理，${args.dueDate}前办结`,
  });
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
