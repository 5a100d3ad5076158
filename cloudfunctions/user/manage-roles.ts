/**
 * roles.grant / roles.revoke: community admins only, and only inside their own community.
 * A target or scope in another community answers NOT_FOUND, as if it did not exist.
 * The array is changed with addToSet/pull (single atomic updates), never read-modify-write.
 */
import type { RoleGrant } from '../../types/roles';
import type { Member } from '../../types/user';
import { isCommunityAdmin, type Actor } from '../../domain/actor';
import { normaliseGrant, revokeLocksOut, withGrant, withoutGrant } from '../../domain/grants';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { failureOf, notFound, refusal } from '../_shared/failure';
import { buildingDoc, gridDoc, userDoc, type UserDoc } from '../_shared/models';
import { findById } from '../_shared/records';
import { memberView } from './list-members';

export async function grantRole(input: { userId: string } & RoleGrant): Promise<{ member: Member }> {
  const { target, grant } = await prepare(input);
  await db()
    .collection('users')
    .doc(target._id)
    .update({ data: { grants: db().command.addToSet(grant) } });
  return { member: memberView({ ...target, grants: withGrant(target.grants, grant) }) };
}

export async function revokeRole(input: { userId: string } & RoleGrant): Promise<{ member: Member }> {
  const { actor, target, grant } = await prepare(input);
  if (revokeLocksOut(actor.userId, target._id, grant)) {
    throw refusal('ADMIN_SELF_REVOKE');
  }
  await db()
    .collection('users')
    .doc(target._id)
    .update({ data: { grants: db().command.pull(grant) } });
  return { member: memberView({ ...target, grants: withoutGrant(target.grants, grant) }) };
}

async function prepare(
  input: { userId: string } & RoleGrant,
): Promise<{ actor: Actor; target: UserDoc; grant: RoleGrant }> {
  const actor = await loadActor();
  if (!isCommunityAdmin(actor)) throw refusal('NOT_ADMIN', '只有社区管理员可以设置身份');
  const target = await findById('users', input.userId, userDoc);
  if (!target || target.communityId !== actor.communityId) throw notFound('人员');
  const checked = normaliseGrant({ role: input.role, scope: input.scope }, actor.communityId);
  if (!checked.ok) throw failureOf(checked);
  await requireScopeInCommunity(checked.grant, actor.communityId);
  return { actor, target, grant: checked.grant };
}

async function requireScopeInCommunity(grant: RoleGrant, communityId: string): Promise<void> {
  if (grant.scope.gridId) {
    const grid = await findById('grids', grant.scope.gridId, gridDoc);
    if (!grid || grid.communityId !== communityId) throw notFound('网格');
  }
  if (grant.scope.buildingId) {
    const building = await findById('buildings', grant.scope.buildingId, buildingDoc);
    if (!building || building.communityId !== communityId) throw notFound('楼栋');
  }
}
