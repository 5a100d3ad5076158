/** Function `org`: the caller's community as grids and buildings; admins add and rename them. */
import { orgEventSchema, type OrgEvent } from '../../types/org';
import { defineFunction } from '../_shared/define-function';
import { readTree } from './read-tree';
import { addBuilding, addGrid, renameBuilding, renameGrid } from './manage-org';

export const main = defineFunction<OrgEvent>('org', orgEventSchema, {
  tree: () => readTree(),
  'grid.add': (e) => addGrid(e),
  'grid.rename': (e) => renameGrid(e),
  'building.add': (e) => addBuilding(e),
  'building.rename': (e) => renameBuilding(e),
});
