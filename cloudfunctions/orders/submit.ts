/**
 * submit (点单): a resident files a request — or a building leader / grid worker files one for a
 * resident (代办), or a one-tap 一键发单 files a help request from the registered address.
 * The same requestId from the same filer gives the same order (deterministic `_id`).
 * If the community dispatches this category automatically (系统派单), it goes straight to the
 * building's grid.
 */
import type { Category, OrderView } from '../../types/orders';
import type { Actor } from '../../domain/actor';
import { deadlineTable, deadlinesFor } from '../../domain/orders/deadlines';
import { orderIdFor } from '../_shared/ids/orders';
import { mayFileFor } from '../../domain/orders/permissions';
import { entry, roleLabel, SYSTEM } from '../../domain/orders/timeline';
import { actorFrom, loadCallerUser } from '../_shared/actor';
import { AppFailure, denied, notFound } from '../_shared/failure';
import { buildingDoc, communityDoc, userDoc, type BuildingDoc, type UserDoc } from '../_shared/models';
import { findById, insertDoc } from '../_shared/records';
import { orderDoc, orderSettings, type OrderDoc } from './model';
import { orderView } from './view';

export interface SubmitInput {
  requestId: string;
  category?: Category;
  content?: string;
  oneTap?: true;
  buildingId?: string;
  room?: string;
  contactPhone?: string;
  photos?: string[];
  onBehalfOf?: string;
}

export async function submitOrder(input: SubmitInput): Promise<{ order: OrderView }> {
  const caller = await loadCallerUser();
  const actor = actorFrom(caller);
  const _id = orderIdFor(actor.userId, input.requestId);
  const existing = await findById('orders', _id, orderDoc);
  if (existing) return { order: orderView(existing, 'full') };

  const resident = input.onBehalfOf ? await residentFor(actor, input.onBehalfOf) : caller;
  const building = await buildingFor(
    actor,
    input.oneTap ? resident.buildingId : (input.buildingId ?? resident.buildingId),
  );
  const place = { communityId: building.communityId, gridId: building.gridId, buildingId: building._id };
  if (input.onBehalfOf && !mayFileFor(actor, place)) {
    throw denied('只能为本楼栋（楼栋长）或本网格（网格员）的居民代办');
  }
  const community = await findById('communities', actor.communityId, communityDoc);
  const settings = orderSettings.parse(community?.settings?.orders);
  const now = new Date();
  const category: Category = input.category ?? 'elderly';
  const room = input.oneTap ? resident.room : (input.room ?? resident.room);
  const content = input.oneTap
    ? `【一键求助】${resident.name}（${building.name}${room ? ' ' + room + '室' : ''}）需要帮助，请尽快联系。`
    : (input.content as string);
  const filedAs = roleLabel(actor, place, input.onBehalfOf ? ['building_leader', 'grid_worker'] : []);
  const order: OrderDoc = {
    _id,
    communityId: actor.communityId,
    gridId: building.gridId,
    buildingId: building._id,
    room,
    category,
    content,
    photos: input.photos ?? [],
    contactPhone: input.contactPhone ?? resident.phone,
    residentId: resident._id,
    residentName: resident.name,
    filedById: actor.userId,
    requestId: input.requestId,
    status: 'submitted',
    ...deadlinesFor(now, category, deadlineTable(settings?.deadlines)),
    overdueLevel: 0,
    createdAt: now,
    updatedAt: now,
    timeline: [entry(actor, filedAs, 'submit', now, input.onBehalfOf ? `代 ${resident.name} 提交` : undefined)],
  };
  if (settings?.autoDispatch?.includes(category)) {
    order.status = 'dispatched';
    order.dispatchKind = 'self';
    order.timeline.push(entry(SYSTEM, '系统', 'auto_dispatch', now, '按楼栋所在网格自动派单'));
  }
  return { order: orderView(await insertOnce(order), 'full') };
}

/** Insert; if a concurrent twin with the same requestId won, answer theirs. */
async function insertOnce(order: OrderDoc): Promise<OrderDoc> {
  try {
    await insertDoc('orders', order);
    return order;
  } catch (error) {
    const twin = await findById('orders', order._id, orderDoc);
    if (twin) return twin;
    throw error;
  }
}

/** The resident a 代办 is filed for: someone of the filer's own community. */
async function residentFor(actor: Actor, onBehalfOf: string): Promise<UserDoc> {
  const resident = await findById('users', onBehalfOf, userDoc);
  if (!resident || resident.communityId !== actor.communityId) throw notFound('居民');
  return resident;
}

async function buildingFor(actor: Actor, buildingId: string | undefined): Promise<BuildingDoc> {
  if (!buildingId) throw new AppFailure('FAILED_PRECONDITION', '请先在「我的」里填写所住楼栋和房号');
  const building = await findById('buildings', buildingId, buildingDoc);
  if (!building || building.communityId !== actor.communityId) throw notFound('楼栋');
  return building;
}
