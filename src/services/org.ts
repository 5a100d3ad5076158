/** Typed calls of the `org` cloud function (types/org.ts). */
import type { Envelope } from '../../types/envelope';
import type { Building, Grid, OrgTree } from '../../types/org';
import type { ClosingSettings } from '../../types/order-closing';
import { callCloud } from './cloud';

/** The person's community with its grids and their buildings. */
export function getTree(): Promise<Envelope<OrgTree>> {
  return callCloud<OrgTree>('org', { action: 'tree' });
}

export function addGrid(name: string): Promise<Envelope<{ grid: Grid }>> {
  return callCloud('org', { action: 'grid.add', name });
}

export function renameGrid(gridId: string, name: string): Promise<Envelope<{ grid: Grid }>> {
  return callCloud('org', { action: 'grid.rename', gridId, name });
}

export function addBuilding(gridId: string, name: string): Promise<Envelope<{ building: Building }>> {
  return callCloud('org', { action: 'building.add', gridId, name });
}

export function renameBuilding(buildingId: string, name: string): Promise<Envelope<{ building: Building }>> {
  return callCloud('org', { action: 'building.rename', buildingId, name });
}

/** A building moves to another grid of the community. */
export function moveBuilding(buildingId: string, gridId: string): Promise<Envelope<{ building: Building }>> {
  return callCloud('org', { action: 'building.move', buildingId, gridId });
}

/** 回访期限: the working days to rate, and to confirm a 整改, before an order closes itself (admins). */
export function getClosing(): Promise<Envelope<{ closing: ClosingSettings }>> {
  return callCloud('org', { action: 'closing.get' });
}

export function saveClosing(closing: ClosingSettings): Promise<Envelope<{ closing: ClosingSettings }>> {
  return callCloud('org', { action: 'closing.set', ...closing });
}
