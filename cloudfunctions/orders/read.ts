/**
 * get: one order with its timeline, as the caller may see it.
 * list: pages of at most 20, newest first, by view —
 *   mine (filed by or for me), tasks (taken by me), pool (what I may grab), grid (my grids, for grid
 *   workers), community (admins; a department sees what was transferred to it), overdue (grid workers,
 *   admins), proxied (我代办的: filed by me for a resident), rectify (整改 queue: my grids, or all for admins).
 */
import type { ListView, OrderStatus, OrderView } from '../../types/orders';
import type { Page } from '../../types/envelope';
import { visibility } from '../../domain/orders/permissions';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, newestFirst, orderedBy, pageFrom } from '../_shared/cursor';
import { denied } from '../_shared/failure';
import { z } from 'zod';
import { fetchDocs, findById } from '../_shared/records';
import { loadOrder } from './load';
import { orderDoc } from '../_shared/orders/model';
import { scopeOf } from '../_shared/orders/scopes';
import { orderView } from './view';
import { loadPointSettings } from '../_shared/points-ledger';
import { pendingTakerPoints } from '../../domain/points/earnings';

const PAGE_SIZE = 20;
/** Newest first, stable while new orders arrive. */
const ORDER = newestFirst('createdAt');
export type { ListView };

export async function getOrder(input: { orderId: string }): Promise<{ order: OrderView }> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  const level = visibility(actor, order);
  if (level === 'none') throw denied('您无权查看这条诉求');
  const meetingTopic = order.meetingTopicId ? await topicOf(order.meetingTopicId, order.communityId) : undefined;
  return { order: { ...orderView(order, level), ...(meetingTopic ? { meetingTopic } : {}) } };
}

const linkedTopic = z.object({
  _id: z.string(),
  communityId: z.string(),
  meetingId: z.string().optional(),
  title: z.string(),
});

/** The 联席会议 topic a transfer became (meetings/joint.ts), shown on the order with a link to it. */
async function topicOf(topicId: string, communityId: string) {
  const topic = await findById('meeting_topics', topicId, linkedTopic);
  if (!topic?.meetingId || topic.communityId !== communityId) return undefined;
  return { topicId: topic._id, meetingId: topic.meetingId, title: topic.title };
}

export async function listOrders(input: {
  view: ListView;
  status?: OrderStatus;
  cursor?: string;
}): Promise<Page<OrderView>> {
  const actor = await loadActor();
  const _ = db().command;
  const conditions: object[] = [{ communityId: actor.communityId }, scopeOf(actor, input.view)];
  if (input.status) conditions.push({ status: input.status });
  if (input.cursor) conditions.push(afterCursor(input.cursor, ORDER));
  // 我的任务: each card shows the taker's award still 待确认 (issue 11, point 7); the community's
  // points table is read alongside the page, not after it (one database hop fewer).
  const [docs, points] = await Promise.all([
    fetchDocs(orderedBy(db().collection('orders').where(_.and(conditions)), ORDER).limit(PAGE_SIZE + 1)),
    input.view === 'tasks' ? loadPointSettings(actor.communityId) : null,
  ]);
  return pageFrom(
    docs.map((d) => orderDoc.parse(d)),
    PAGE_SIZE,
    ORDER,
    (o) => {
      const view = orderView(o, visibility(actor, o) === 'full' ? 'full' : 'masked', false);
      const pending = points ? pendingTakerPoints(o, points) : 0;
      return pending ? { ...view, takerPointsPending: pending } : view;
    },
  );
}
