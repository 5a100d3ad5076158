/**
 * submit (点单): a resident files a request — or a building leader / grid worker files one for a
 * resident (代办), or a one-tap 一键发单 files a help request from the registered address.
 * The same requestId from the same filer gives the same order (deterministic `_id`).
 * If the community dispatches this category automatically (系统派单), it goes straight to the
 * building's grid. The order itself is built by the domain's `createOrder`, as every order is.
 */
import type { Category, OrderView } from '../../types/orders';
import type { Actor, Place } from '../../domain/actor';
import { createOrder, ONE_TAP_CONTENT } from '../../domain/orders/create';
import { orderIdFor } from '../_shared/ids/orders';
import { mayFileFor } from '../../domain/orders/permissions';
import { countsAsHousehold } from '../../domain/notices/households';
import { filesUnconfirmed } from '../../domain/residence';
import { roleLabel, SYSTEM } from '../../domain/orders/timeline';
import { actorFrom, loadCallerUser } from '../_shared/actor';
import { notFound, refusal } from '../_shared/failure';
import { buildingDoc, userDoc, type BuildingDoc, type UserDoc } from '../_shared/models';
import { ownPhotos } from '../_shared/photos';
import { findById } from '../_shared/records';
import { orderDoc } from '../_shared/orders/model';
import { insertOrderOnce, orderSettingsOf } from '../_shared/orders/store';
import { tellPool } from '../_shared/work-notify';
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
  const photos = ownPhotos(input.photos, actor.userId);
  const _id = orderIdFor(actor.userId, input.requestId);
  const existing = await findById('orders', _id, orderDoc);
  if (existing) return { order: orderView(existing, 'full') };

  const proxied = input.onBehalfOf !== undefined && input.onBehalfOf !== actor.userId;
  // 代办: where the resident is registered decides, so the filer's own buildingId / room are refused
  // by the schema (types/orders.ts) and the resident is checked before anything of theirs is read out.
  const resident = proxied ? await residentFor(actor, input.onBehalfOf as string) : caller;
  const building = await buildingFor(
    actor,
    input.oneTap || proxied ? resident.buildingId : (input.buildingId ?? resident.buildingId),
  );
  const place = { communityId: building.communityId, gridId: building.gridId, buildingId: building._id };
  const { settings, deadlines } = await orderSettingsOf(actor.communityId);
  const category: Category = input.category ?? 'elderly';
  const room = input.oneTap || proxied ? resident.room : (input.room ?? resident.room);
  // 一键发单: the name and the address stay in their own fields (masked where they must be), not in the text.
  const content = input.oneTap ? ONE_TAP_CONTENT : (input.content as string);
  const filedAs = roleLabel(actor, place, proxied ? ['building_leader', 'grid_worker'] : []);
  const order = createOrder({
    draft: {
      _id,
      communityId: actor.communityId,
      gridId: building.gridId,
      buildingId: building._id,
      room,
      category,
      content,
      photos,
      contactPhone: input.contactPhone ?? resident.phone,
      residentId: resident._id,
      residentName: resident.name,
      filedById: actor.userId,
      requestId: input.requestId,
      ...(proxied ? { proxyId: actor.userId, proxyName: actor.name } : {}),
      ...(input.oneTap ? { oneTap: true as const } : {}),
      // A claim not yet confirmed (认证) may file; staff see its address as 地址待认证.
      ...(!proxied && filesUnconfirmed(resident) ? { addressUnconfirmed: true as const } : {}),
    },
    at: new Date(),
    deadlines,
    filed: {
      by: actor,
      role: filedAs,
      action: 'submit',
      note: proxied ? `${filedAs}代办` : undefined,
    },
    dispatched: settings?.autoDispatch?.includes(category)
      ? { by: SYSTEM, role: '系统', action: 'auto_dispatch', note: '按楼栋所在网格自动派单' }
      : undefined,
  });
  const stored = await insertOrderOnce(order);
  // 系统派单 put it straight in the 抢单大厅: the grid's takers are told (after the commit; never throws).
  await tellPool(stored, [actor.userId]);
  return { order: orderView(stored, 'full') };
}

/**
 * The resident a 代办 is filed for: someone of the filer's community whose registered home lies in
 * the filer's building (楼栋长) or grid (网格员). Every refusal says the same thing and carries
 * nothing of the resident, so ids cannot be probed for who lives where.
 */
async function residentFor(actor: Actor, onBehalfOf: string): Promise<UserDoc> {
  const resident = await findById('users', onBehalfOf, userDoc);
  const home = resident?.communityId === actor.communityId && (await registeredHome(resident));
  if (!resident || !home || !mayFileFor(actor, home)) throw refusal('PROXY_OUT_OF_SCOPE');
  return resident;
}

/**
 * Where a resident is registered: their building and its grid, or null when they have none or their
 * claimed address still waits for 认证 (the shared household predicate, domain/notices/households.ts).
 */
async function registeredHome(resident: UserDoc): Promise<Place | null> {
  if (!countsAsHousehold(resident) || !resident.room) return null;
  const building = await findById('buildings', resident.buildingId, buildingDoc);
  if (!building || building.communityId !== resident.communityId) return null;
  return { communityId: building.communityId, gridId: building.gridId, buildingId: building._id };
}

async function buildingFor(actor: Actor, buildingId: string | undefined): Promise<BuildingDoc> {
  if (!buildingId) throw refusal('ADDRESS_MISSING');
  const building = await findById('buildings', buildingId, buildingDoc);
  if (!building || building.communityId !== actor.communityId) throw notFound('楼栋');
  return building;
}
