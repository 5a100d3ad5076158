/**
 * Where a person may post a notice, as choices for 发布通知. Mirrors domain/notices/rules.ts
 * (mayPostTo) so nobody is offered a place the function will refuse: building leaders their
 * buildings, grid workers their grids, admins the community and any grid or building. Pure.
 */
import type { NoticeScopeInput } from '../../../types/notices';
import type { OrgTree } from '../../../types/org';
import type { RoleGrant } from '../../../types/roles';

export interface ScopeChoice {
  /** "building:<id>", "grid:<id>", "community": a ChoiceList value. */
  value: string;
  label: string;
  hint: string;
  scope: NoticeScopeInput;
}

const isAdmin = (roles: readonly RoleGrant[]) => roles.some((g) => g.role === 'community_admin');

/** Whether 发布通知 and 我的发布 apply to this person at all. */
export function mayPostNotices(roles: readonly RoleGrant[]): boolean {
  return roles.some((g) => g.role === 'community_admin' || g.role === 'grid_worker' || g.role === 'building_leader');
}

/** The choices, broadest first for admins; the tree gives the names (no tree: no names, no choices). */
export function scopeChoices(roles: readonly RoleGrant[], tree: OrgTree | null | undefined): ScopeChoice[] {
  if (!tree) return [];
  const admin = isAdmin(roles);
  const grids = new Set(roles.filter((g) => g.role === 'grid_worker').map((g) => g.scope.gridId));
  const buildings = new Set(roles.filter((g) => g.role === 'building_leader').map((g) => g.scope.buildingId));
  const out: ScopeChoice[] = [];
  if (admin) out.push({ value: 'community', label: '全社区', hint: '社区所有住户', scope: { community: true } });
  for (const grid of tree.grids) {
    if (admin || grids.has(grid._id)) {
      const names = grid.buildings.map((b) => b.name).join('、');
      out.push({
        value: `grid:${grid._id}`,
        label: grid.name,
        hint: names || '网格内所有住户',
        scope: { gridId: grid._id },
      });
    }
  }
  for (const grid of tree.grids) {
    for (const b of grid.buildings) {
      if (admin || buildings.has(b._id)) {
        out.push({
          value: `building:${b._id}`,
          label: b.name,
          hint: `${grid.name} · 本楼住户`,
          scope: { buildingId: b._id },
        });
      }
    }
  }
  return out;
}

/** With one place to post to (a leader of one building) it is chosen already; else the person picks. */
export function defaultScope(choices: readonly ScopeChoice[]): string {
  return choices.length === 1 ? choices[0].value : '';
}
