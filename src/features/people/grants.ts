/**
 * 人员管理's choices: the scopes a role may be granted over (domain rule: ROLE_TABLE's scope kind),
 * as options from the org tree, and the grants a person holds, labelled. Pure (unit-tested).
 */
import { ROLE_TABLE, ROLES, type Role, type RoleGrant, type Scope } from '../../../types/roles';
import type { OrgTree } from '../../../types/org';

/** Roles an admin grants (a resident is where one lives, never granted; 街道管理员 and 共建单位 by the operator). */
export const GRANTABLE_ROLES: Role[] = ROLES.filter(
  (r) => r !== 'resident' && r !== 'street_admin' && r !== 'unit_admin',
);

export interface ScopeOption {
  value: string;
  text: string;
  scope: Scope;
}

/** 楼栋长 → the buildings, 网格员/党员/物业 → the grids, 社区管理员/部门/商家 → the community. */
export function scopeOptions(tree: OrgTree | null | undefined, role: Role): ScopeOption[] {
  if (!tree) return [];
  const kind = ROLE_TABLE[role].scope;
  if (kind === 'community') {
    return [{ value: tree.community._id, text: tree.community.name, scope: { communityId: tree.community._id } }];
  }
  // 共建单位 is not granted here (GRANTABLE_ROLES leaves it out): no scope to offer.
  if (kind === 'unit') return [];
  if (kind === 'grid') return tree.grids.map((g) => ({ value: g._id, text: g.name, scope: { gridId: g._id } }));
  return tree.grids.flatMap((g) =>
    g.buildings.map((b) => ({ value: b._id, text: `${g.name} · ${b.name}`, scope: { buildingId: b._id } })),
  );
}

/** The grants an admin may revoke: all but the derived resident role. */
export const revocable = (roles: readonly RoleGrant[]): RoleGrant[] => roles.filter((g) => g.role !== 'resident');
