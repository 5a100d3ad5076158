/** tree: grids with their buildings, for anyone of the community (names only, no personal data). */
import type { OrgTree } from '../../types/org';
import { loadActor } from '../_shared/actor';
import { orgTreeOf } from '../_shared/org-tree';

export async function readTree(): Promise<OrgTree> {
  const actor = await loadActor();
  return orgTreeOf(actor.communityId);
}
