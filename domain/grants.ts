/**
 * Rules for granting and revoking roles (function `user`, roles.grant / roles.revoke).
 * Returns a value, never throws: the function maps the code to the envelope.
 */
import { ROLE_TABLE, type RoleGrant } from '../types/roles';
import { sameGrant } from './actor';

export type GrantCheck =
  { ok: true; grant: RoleGrant } | { ok: false; code: 'INVALID_ARGUMENT' | 'FAILED_PRECONDITION'; message: string };

/** Normalises a requested grant: exactly one scope id, of the kind the role is bound to. */
export function normaliseGrant(requested: RoleGrant, communityId: string): GrantCheck {
  const { role, scope } = requested;
  if (role === 'resident') {
    return { ok: false, code: 'INVALID_ARGUMENT', message: '居民身份由住址决定，无需授予' };
  }
  const kind = ROLE_TABLE[role].scope;
  const ids = Object.values(scope).filter(Boolean);
  if (ids.length !== 1) return { ok: false, code: 'INVALID_ARGUMENT', message: '请选择且只选择一个范围' };
  if (kind === 'community') {
    if (scope.communityId !== communityId)
      return { ok: false, code: 'INVALID_ARGUMENT', message: '该身份的范围应为本社区' };
    return { ok: true, grant: { role, scope: { communityId } } };
  }
  if (kind === 'grid') {
    if (!scope.gridId) return { ok: false, code: 'INVALID_ARGUMENT', message: '该身份的范围应为一个网格' };
    return { ok: true, grant: { role, scope: { gridId: scope.gridId } } };
  }
  if (!scope.buildingId) return { ok: false, code: 'INVALID_ARGUMENT', message: '该身份的范围应为一栋楼' };
  return { ok: true, grant: { role, scope: { buildingId: scope.buildingId } } };
}

export function withGrant(grants: RoleGrant[], grant: RoleGrant): RoleGrant[] {
  return grants.some((g) => sameGrant(g, grant)) ? grants : [...grants, grant];
}

export function withoutGrant(grants: RoleGrant[], grant: RoleGrant): RoleGrant[] {
  return grants.filter((g) => !sameGrant(g, grant));
}

/** An admin may not remove their own admin grant: a community must never lock itself out. */
export function revokeLocksOut(actorUserId: string, targetUserId: string, grant: RoleGrant): boolean {
  return actorUserId === targetUserId && grant.role === 'community_admin';
}
