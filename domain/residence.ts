/**
 * Whose address counts (issue 11 point 1, issue 12 point 6). A person's claimed building and room
 * stay 待认证 (`pending`) until the building leader of that building or a community admin confirms
 * them (认证) — or rejects them. Only a confirmed address grants anything that comes from living
 * somewhere: the building's and grid's notices, a place in a household list (阅读情况, 代办), points
 * earned as a resident. An unconfirmed claim may still file an order (shown as unconfirmed).
 *
 * This is the ONE rule: the functions ask `addressCounts` / `countedBuildingId` (notices feed,
 * households, points, meetings) and the client shows `addressStatusOf` — never restated.
 *
 * Records written before the rule existed carry no `addressStatus`: they were placed by the
 * community (the demo seed, admin imports), so a missing status counts as confirmed. Every path
 * that lets a person set an address (join, profile.update) writes the status explicitly.
 */
import type { RoleGrant } from '../types/roles';
import type { AddressStatus } from '../types/user';
import { covers, isCommunityAdmin, type Actor } from './actor';

export interface Residence {
  buildingId: string;
  room?: string;
  addressStatus?: AddressStatus;
}

/** 'none' until a building is claimed; otherwise the stored status (legacy records: confirmed). */
export function addressStatusOf(r: Residence): AddressStatus | 'none' {
  if (!r.buildingId) return 'none';
  return r.addressStatus ?? 'confirmed';
}

/**
 * The stored statuses that do NOT count — for a query condition (`addressStatus: _.nin(...)`), so
 * a paged household list reads only those who count (a missing status, placed before the rule, does).
 */
export const UNCOUNTED_STATUSES: readonly AddressStatus[] = ['pending', 'rejected'];

/** Does this person's address count: a claimed building that was confirmed. */
export function addressCounts(r: Residence): boolean {
  return addressStatusOf(r) === 'confirmed';
}

/** The building a person counts as living in ('' while unconfirmed or unset). */
export function countedBuildingId(r: Residence): string {
  return addressCounts(r) ? r.buildingId : '';
}

/**
 * May this person earn points: their address counts, or the community gave them a role (a grant
 * is written only by an admin, which vouches for the person as much as a 认证 does).
 */
export function earnsPoints(p: Residence & { grants: readonly RoleGrant[] }): boolean {
  return addressCounts(p) || p.grants.length > 0;
}

/**
 * The status after a person edits their profile: keeping the same building and room keeps the
 * status; any other address is a new claim and waits for 认证 again.
 */
export function statusAfterEdit(before: Residence, next: { buildingId: string; room: string }): AddressStatus {
  const same = before.buildingId === next.buildingId && (before.room ?? '') === next.room;
  const current = addressStatusOf(before);
  return same && current !== 'none' ? current : 'pending';
}

/**
 * May `actor` confirm or reject a claim on `buildingId`: the community's admin, or the 楼栋长 of
 * that very building (by their current grants). Nobody but an admin settles their own claim.
 */
export function mayVerify(actor: Actor, claim: { userId: string; buildingId: string }): boolean {
  if (isCommunityAdmin(actor)) return true;
  if (claim.userId === actor.userId) return false;
  return covers(actor, 'building_leader', { communityId: actor.communityId, buildingId: claim.buildingId });
}

/** The buildings whose claims `actor` settles: all (admin), those they lead, or none. */
export function verifyScope(actor: Actor): { all: true } | { buildingIds: string[] } {
  if (isCommunityAdmin(actor)) return { all: true };
  const buildingIds = actor.grants
    .filter((g) => g.role === 'building_leader' && g.scope.buildingId)
    .map((g) => g.scope.buildingId as string);
  return { buildingIds };
}

/** May `actor` share an invitation to the community (admin) or to a building (admin, its 楼栋长). */
export function mayInvite(actor: Actor, buildingId: string | undefined): boolean {
  if (isCommunityAdmin(actor)) return true;
  if (!buildingId) return false;
  return covers(actor, 'building_leader', { communityId: actor.communityId, buildingId });
}

export const ADDRESS_STATUS_LABELS: Record<AddressStatus | 'none', string> = {
  none: '未填写',
  pending: '待认证',
  confirmed: '已认证',
  rejected: '未通过认证',
};

/**
 * Does an order this person files carry her address as 待认证 (shown to staff as 地址待认证): she
 * files from a claim that was not confirmed (a 代办 is only ever for a confirmed address).
 */
export const filesUnconfirmed = (r: Residence): boolean => !!r.buildingId && !addressCounts(r);
