/**
 * Where a person may post a notice, as choices for 发布通知: each place of the org tree that the
 * function's own rule (domain/notices/rules.ts mayPostTo) lets this person post to — building
 * leaders their buildings, grid workers their grids, admins the community and any grid or building.
 * Pure.
 */
import { mayPostTo, type NoticeScope } from '../../../domain/notices/rules';
import type { Actor } from '../../../domain/actor';
import type { NoticeScopeInput } from '../../../types/notices';
import type { OrgTree } from '../../../types/org';

export interface ScopeChoice {
  /** "building:<id>", "grid:<id>", "community": a ChoiceList value. */
  value: string;
  label: string;
  hint: string;
  scope: NoticeScopeInput;
}

/** The choices, broadest first for admins; the tree gives the names (no tree: no names, no choices). */
export function scopeChoices(viewer: Actor, tree: OrgTree | null | undefined): ScopeChoice[] {
  if (!tree) return [];
  const may = (scope: NoticeScope) => mayPostTo(viewer, scope);
  const out: ScopeChoice[] = [];
  if (may({ kind: 'community', id: viewer.communityId })) {
    out.push({ value: 'community', label: '全社区', hint: '社区所有住户', scope: { community: true } });
  }
  for (const grid of tree.grids) {
    if (may({ kind: 'grid', id: grid._id })) {
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
      if (may({ kind: 'building', id: b._id, gridId: grid._id })) {
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
