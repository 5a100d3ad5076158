/**
 * A community's grids with their buildings, names only (no personal data), oldest first. Shared by
 * `org.tree` and `user.home`, which answers it with the home so that no later screen has to ask.
 */
import type { OrgTree } from '../../types/org';
import { notFound } from './failure';
import { buildingDoc, communityDoc, gridDoc } from './models';
import { findAll, findById } from './records';

export async function orgTreeOf(communityId: string): Promise<OrgTree> {
  const where = { communityId };
  const [community, grids, buildings] = await Promise.all([
    findById('communities', communityId, communityDoc),
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
