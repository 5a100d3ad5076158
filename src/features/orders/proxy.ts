/**
 * 代办 on the client: the buildings this person may file for — each building of the org tree that
 * domain/orders/permissions.ts `mayFileFor` allows (楼栋长 of it, 网格员 of its grid). The server
 * asks the same question of the resident's registered building on every call. Pure.
 */
import type { Actor } from '../../../domain/actor';
import { mayFileFor } from '../../../domain/orders/permissions';
import type { OrgTree } from '../../../types/org';

export interface ProxyBuilding {
  _id: string;
  name: string;
  gridName: string;
}

export function proxyBuildings(viewer: Actor, tree: OrgTree | null | undefined): ProxyBuilding[] {
  if (!tree) return [];
  return tree.grids.flatMap((g) =>
    g.buildings
      .filter((b) => mayFileFor(viewer, { communityId: viewer.communityId, gridId: g._id, buildingId: b._id }))
      .map((b) => ({ _id: b._id, name: b.name, gridName: g.name })),
  );
}
