/** tree: grids with their buildings, for anyone of the community (names only, no personal data). */
import type { OrgTree } from '../../types/org';
import { loadActor } from '../_shared/actor';
import { notFound } from '../_shared/failure';
import { buildingDoc, communityDoc, gridDoc } from '../_shared/models';
import { findAll, findById } from '../_shared/records';

export async function readTree(): Promise<OrgTree> {
  const actor = await loadActor();
  const where = { communityId: actor.communityId };
  const [community, grids, buildings] = await Promise.all([
    findById('communities', actor.communityId, communityDoc),
    findAll('grids', where, gridDoc),
    findAll('buildings', where, buildingDoc),
  ]);
  if (!community) throw notFound('社区');
  grids.sort(byCreation);
  buildings.sort(byCreation);
  return {
    community: { _id: community._id, name: community.name },
    grids: grids.map((g) => ({
      _id: g._id,
      name: g.name,
      buildings: buildings.filter((b) => b.gridId === g._id).map((b) => ({ _id: b._id, name: b.name })),
    })),
  };
}

function byCreation(a: { _id: string; createdAt?: Date }, b: { _id: string; createdAt?: Date }): number {
  const at = (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0);
  return at !== 0 ? at : a._id.localeCompare(b._id);
}
