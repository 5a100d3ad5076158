/**
 * The people an order screen chooses from, each list paged by `_id` over the one cursor codec:
 * - takers: who could take this order (指派, 改派): the grid's party members, grid workers and, for
 *   物业服务, property staff — names and work roles only, for the grid's worker or an admin;
 * - households: the registered residents of a building the caller may file a 代办 for (楼栋长 of
 *   that building, 网格员 of its grid) — name and room, which the filer needs to pick the right door;
 *   no phone (the order carries it to those who need it).
 */
import type { Page } from '../../types/envelope';
import { ROLE_TABLE } from '../../types/roles';
import type { ProxyHousehold, TakerChoice } from '../../types/orders';
import { UNCOUNTED_STATUSES } from '../../domain/residence';
import { mayFileFor, mayGrab, mayReassign } from '../../domain/orders/permissions';
import { actorFrom, loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, BY_ID, orderedBy, pageFrom } from '../_shared/cursor';
import { notFound, refusal } from '../_shared/failure';
import { buildingDoc, userDoc, type UserDoc } from '../_shared/models';
import { fetchDocs, findById } from '../_shared/records';
import { loadOrder } from './load';

const PAGE_SIZE = 20;

async function usersPage(conditions: object[], cursor: string | undefined): Promise<UserDoc[]> {
  const _ = db().command;
  const where = cursor ? [...conditions, afterCursor(cursor, BY_ID)] : conditions;
  const docs = await fetchDocs(orderedBy(db().collection('users').where(_.and(where)), BY_ID).limit(PAGE_SIZE + 1));
  return docs.map((d) => userDoc.parse(d));
}

export async function listTakers(input: { orderId: string; cursor?: string }): Promise<Page<TakerChoice>> {
  const actor = await loadActor();
  const order = await loadOrder(input.orderId, actor);
  if (!mayReassign(actor, order)) throw refusal('ORDER_OUTSIDE_YOUR_GRID', '只有本网格的网格员或社区管理员可以指派');
  // Everyone who may grab holds a grant scoped to the order's grid (types/roles.ts): the multikey
  // index (communityId, grants.scope.gridId, _id) finds them; mayGrab then keeps the right roles.
  const users = await usersPage(
    [{ communityId: actor.communityId, 'grants.scope.gridId': order.gridId }],
    input.cursor,
  );
  const page = pageFrom(users, PAGE_SIZE, BY_ID, (u) => u);
  return {
    ...page,
    items: page.items
      .filter((u) => mayGrab(actorFrom(u), order))
      .map((u) => ({
        _id: u._id,
        name: u.name,
        roles: [
          ...new Set(u.grants.filter((g) => g.scope.gridId === order.gridId).map((g) => ROLE_TABLE[g.role].label)),
        ],
      })),
  };
}

export async function listHouseholds(input: { buildingId: string; cursor?: string }): Promise<Page<ProxyHousehold>> {
  const actor = await loadActor();
  const building = await findById('buildings', input.buildingId, buildingDoc);
  if (!building || building.communityId !== actor.communityId) throw notFound('楼栋');
  const place = { communityId: building.communityId, gridId: building.gridId, buildingId: building._id };
  if (!mayFileFor(actor, place)) throw refusal('PROXY_OUT_OF_SCOPE');
  const _ = db().command;
  // Only those whose address counts (domain/residence.ts, which the household predicate asks): a
  // claim awaiting 认证 or rejected is in no household list.
  const users = await usersPage(
    [
      {
        communityId: actor.communityId,
        buildingId: building._id,
        _id: _.neq(actor.userId),
        addressStatus: _.nin([...UNCOUNTED_STATUSES]),
      },
    ],
    input.cursor,
  );
  return pageFrom(users, PAGE_SIZE, BY_ID, (u) => ({
    userId: u._id,
    name: u.name,
    room: u.room,
  }));
}
