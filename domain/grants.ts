/**
 * Rules for granting and revoking roles (function `user`, roles.grant / roles.revoke).
 * Returns a value, never throws: the function maps the code to the envelope.
 */
import { ROLE_TABLE, type RoleGrant } from '../types/roles';
import { refuse, type Refused } from '../types/refusals';
import { sameGrant } from './actor';

export type GrantCheck = { ok: true; grant: RoleGrant } | Refused;

/** Normalises a requested grant: exactly one scope id, of the kind the role is bound to. */
export function normaliseGrant(requested: RoleGrant, communityId: string): GrantCheck {
  const { role, scope } = requested;
  if (role === 'resident') {
    return refuse('RESIDENT_NOT_GRANTABLE');
  }
  // A 街道 spans communities: no community admin may grant it (org street.grant, by the operator).
  if (role === 'street_admin') return refuse('STREET_ADMIN_NOT_GRANTABLE');
  // A 共建单位 pairs with several communities: the operator grants it too (party unit.setup).
  if (role === 'unit_admin') return refuse('UNIT_ADMIN_NOT_GRANTABLE');
  const kind = ROLE_TABLE[role].scope;
  const ids = Object.values(scope).filter(Boolean);
  if (ids.length !== 1) return refuse('GRANT_SCOPE_INVALID', '请选择且只选择一个范围');
  if (kind === 'unit') return refuse('UNIT_ADMIN_NOT_GRANTABLE');
  if (kind === 'community') {
    if (scope.communityId !== communityId) return refuse('GRANT_SCOPE_INVALID', '该身份的范围应为本社区');
    return { ok: true, grant: { role, scope: { communityId } } };
  }
  if (kind === 'grid') {
    if (!scope.gridId) return refuse('GRANT_SCOPE_INVALID', '该身份的范围应为一个网格');
    return { ok: true, grant: { role, scope: { gridId: scope.gridId } } };
  }
  if (!scope.buildingId) return refuse('GRANT_SCOPE_INVALID', '该身份的范围应为一栋楼');
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
