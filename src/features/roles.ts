/** Chinese labels of role grants, e.g. "党员（网格一）", for the 我的 page. Pure. */
import { ROLE_TABLE, ROLES, type RoleGrant } from '../../types/roles';

/** Names of grids, buildings and communities by id; unknown ids are left out of the label. */
export type NameIndex = ReadonlyMap<string, string>;

export function roleLabel(grant: RoleGrant, names: NameIndex = new Map()): string {
  const label = ROLE_TABLE[grant.role]?.label ?? grant.role;
  const id = grant.scope.buildingId ?? grant.scope.gridId ?? grant.scope.communityId ?? grant.scope.unitId;
  const where = id ? names.get(id) : undefined;
  return where ? `${label}（${where}）` : label;
}

/** Grants in the order of ROLES (resident first), one label each, duplicates dropped. */
export function roleLabels(grants: readonly RoleGrant[], names: NameIndex = new Map()): string[] {
  const sorted = [...grants].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  return [...new Set(sorted.map((g) => roleLabel(g, names)))];
}
