/**
 * Who is told about work (issue 11 point 5), after the change has committed. Each function finds
 * the people an event concerns — by the same rules that let them act on it (domain/orders/
 * permissions.ts) — and hands them to notify(), which sends only to those who accepted that kind and
 * at most once per `once` key. Nothing here throws: a failure to tell never undoes the work.
 *
 * Queries: users of a grid by (communityId, grants.scope.gridId, _id) — the index the 指派 list
 * uses; the admins by (communityId, grants.role, _id).
 */
import type { Category } from '../../types/orders';
import { mayGrab } from '../../domain/orders/permissions';
import { actorFrom } from './actor';
import { buildingDoc, userDoc, type UserDoc } from './models';
import { findAll, findById } from './records';
import { notify, type Recipient } from './notify';
import type { Message } from './templates';
import type { OrderDoc } from './orders/model';
import {
  orderAssignedMessage,
  orderOverdueMessage,
  orderPoolMessage,
  orderRectifyMessage,
  orderTransferMessage,
  type OrderBrief,
} from './work-templates';

async function briefOf(order: OrderDoc): Promise<OrderBrief> {
  const building = await findById('buildings', order.buildingId, buildingDoc);
  return { _id: order._id, category: order.category as Category, buildingName: building?.name ?? '本社区' };
}

const recipient = (u: UserDoc): Recipient[] => (u.openid ? [{ userId: u._id, openid: u.openid }] : []);

async function person(communityId: string, userId: string | undefined): Promise<UserDoc[]> {
  if (!userId) return [];
  const user = await findById('users', userId, userDoc);
  return user && user.communityId === communityId ? [user] : [];
}

const gridPeople = (communityId: string, gridId: string) =>
  findAll('users', { communityId, 'grants.scope.gridId': gridId }, userDoc);

/** The grid workers of the order's grid. */
async function gridWorkers(order: OrderDoc): Promise<UserDoc[]> {
  const people = await gridPeople(order.communityId, order.gridId);
  return people.filter((u) => u.grants.some((g) => g.role === 'grid_worker' && g.scope.gridId === order.gridId));
}

const admins = (communityId: string) => findAll('users', { communityId, 'grants.role': 'community_admin' }, userDoc);

/** One message to these people (each once, whoever appears twice), leaving out `except`. */
async function tell(order: OrderDoc, people: UserDoc[], message: Message, except: string[] = []): Promise<number> {
  const seen = new Set(except);
  const to = people.filter((u) => !seen.has(u._id) && seen.add(u._id)).flatMap(recipient);
  return to.length ? notify(order.communityId, to, message) : 0;
}

/** Runs a telling; a failure is logged by code only and never reaches the caller. */
async function safely(kind: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    console.error(`[work-notify] ${kind} failed: ${String((error as { errCode?: unknown })?.errCode ?? 'unknown')}`);
    return 0;
  }
}

/**
 * A new order in the 抢单大厅: everyone who may grab it there (the grid's party members and grid
 * workers; property staff for 物业服务), but not the resident it is for nor whoever put it there.
 */
export const tellPool = (order: OrderDoc, except: string[] = []) =>
  safely('order_pool', async () => {
    if (order.status !== 'dispatched') return 0;
    const people = await gridPeople(order.communityId, order.gridId);
    const takers = people.filter((u) => mayGrab(actorFrom(u), order));
    const message = orderPoolMessage({ ...(await briefOf(order)), takeBy: order.takeBy });
    return tell(order, takers, message, [order.residentId, order.filedById, ...except]);
  });

/** 指派 / 改派: the new taker. */
export const tellAssigned = (order: OrderDoc, byName: string) =>
  safely('order_assigned', async () => {
    const brief = { ...(await briefOf(order)), finishBy: order.finishBy, step: order.timeline.length };
    return tell(order, await person(order.communityId, order.takerId), orderAssignedMessage(brief, byName));
  });

/**
 * An escalation by order-timer: level 1 to the grid's workers (a transfer: to its department),
 * level 2 to the community admins.
 */
export const tellOverdue = (order: OrderDoc, level: 1 | 2, deadline: Date) =>
  safely('order_overdue', async () => {
    const transfer = order.status === 'transferred' || (order.status === 'handling' && !!order.departmentId);
    const people =
      level === 2
        ? await admins(order.communityId)
        : transfer
          ? await person(order.communityId, order.departmentId)
          : await gridWorkers(order);
    return tell(order, people, orderOverdueMessage({ ...(await briefOf(order)), deadline, level }));
  });

/** A 差评 put the order in 整改: its taker (a transfer: its department) and the grid's workers. */
export const tellRectify = (order: OrderDoc, at: Date) =>
  safely('order_rectify', async () => {
    if (order.status !== 'rectifying') return 0;
    const people = [
      ...(await person(order.communityId, order.takerId ?? order.departmentId)),
      ...(await gridWorkers(order)),
    ];
    const message = orderRectifyMessage({ ...(await briefOf(order)), step: order.timeline.length }, at);
    return tell(order, people, message, [order.residentId]);
  });

/** 转交 to a department: the department (a person holding the department role, transfer.ts). */
export const tellTransfer = (order: OrderDoc) =>
  safely('order_transfer', async () => {
    if (!order.departmentId || !order.transferredAt) return 0;
    const brief = {
      ...(await briefOf(order)),
      finishBy: order.finishBy,
      transferredAt: order.transferredAt,
      departmentId: order.departmentId,
    };
    return tell(order, await person(order.communityId, order.departmentId), orderTransferMessage(brief));
  });
