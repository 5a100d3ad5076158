/**
 * The households a notice reaches: the users living in its building, in its grid's buildings, or
 * anywhere in the community (a household is a user record here: one per person who joined).
 */
import type { NoticeScope } from '../../domain/notices/rules';
import type { Household } from '../../types/notices';
import { db } from '../_shared/cloud';
import { buildingDoc, userDoc, type UserDoc } from '../_shared/models';
import { findAll } from '../_shared/records';

export interface Resident {
  user: UserDoc;
  household: Household;
}

export async function residentsOf(communityId: string, scope: NoticeScope): Promise<Resident[]> {
  const _ = db().command;
  const buildings = await findAll('buildings', { communityId }, buildingDoc);
  const inScope = buildings.filter(
    (b) => scope.kind === 'community' || (scope.kind === 'grid' ? b.gridId === scope.id : b._id === scope.id),
  );
  const names = new Map(inScope.map((b) => [b._id, b.name]));
  if (names.size === 0) return [];
  const users = await findAll('users', { communityId, buildingId: _.in([...names.keys()]) }, userDoc);
  return users.map((user) => ({
    user,
    household: { userId: user._id, name: user.name, buildingName: names.get(user.buildingId) ?? '', room: user.room },
  }));
}
