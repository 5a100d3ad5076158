/** Function `org`: the caller's community as grids and buildings; admins add and rename them and move buildings between grids; the
 * operator's one-off community.create sets up a new community and its first admin. */
import { orgEventSchema, type OrgEvent } from '../../types/org';
import { defineFunction } from '../_shared/define-function';
import { readTree } from './read-tree';
import { createCommunity } from './create-community';
import { grantStreet } from './street-grant';
import { readClosing, saveClosing } from './closing';
import { addBuilding, addGrid, moveBuilding, renameBuilding, renameGrid } from './manage-org';

export const main = defineFunction<OrgEvent>('org', orgEventSchema, {
  tree: () => readTree(),
  'grid.add': (e) => addGrid(e),
  'grid.rename': (e) => renameGrid(e),
  'building.add': (e) => addBuilding(e),
  'building.rename': (e) => renameBuilding(e),
  'building.move': (e) => moveBuilding(e),
  'community.create': (e) => createCommunity(e),
  'street.grant': (e) => grantStreet(e),
  'closing.get': () => readClosing(),
  'closing.set': (e) => saveClosing(e),
});
