/** Lookups over the org tree (types/org.ts) for labels and the building picker. Pure. */
import type { OrgTree } from '../../types/org';

/** id → name for the community, its grids and its buildings. */
export function nameIndex(tree: OrgTree | null | undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!tree) return names;
  names.set(tree.community._id, tree.community.name);
  for (const g of tree.grids) {
    names.set(g._id, g.name);
    for (const b of g.buildings) names.set(b._id, b.name);
  }
  return names;
}

export interface BuildingOption {
  value: string;
  /** "网格一 · 1号楼": the grid helps a person find their building in a long list. */
  text: string;
}

export function buildingOptions(tree: OrgTree | null | undefined): BuildingOption[] {
  if (!tree) return [];
  return tree.grids.flatMap((g) => g.buildings.map((b) => ({ value: b._id, text: `${g.name} · ${b.name}` })));
}

export function buildingName(tree: OrgTree | null | undefined, buildingId: string | null | undefined): string {
  if (!tree || !buildingId) return '';
  return nameIndex(tree).get(buildingId) ?? '';
}

/** The grid that contains a building (地域临近: the grid an order is suggested to), or null. */
export function gridOfBuilding(
  tree: OrgTree | null | undefined,
  buildingId: string | null | undefined,
): { _id: string; name: string } | null {
  const grid = tree?.grids.find((g) => g.buildings.some((b) => b._id === buildingId));
  return grid ? { _id: grid._id, name: grid.name } : null;
}
