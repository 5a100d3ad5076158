/**
 * Who is exporting, which community and grid the export covers, and the names the sheets show.
 * Checked on every export (domain/ledgers/access.ts is the rule): the caller's role and community
 * come from the database, never from the event.
 */
import { ledgerScope, ledgerScopes, type LedgerScope } from '../../domain/ledgers/access';
import type { LedgerCommunity } from '../../types/ledgers';
import { periodRange, type PeriodRange } from '../../domain/ledgers/period';
import { loadActor } from '../_shared/actor';
import { failureOf, notFound, refusal } from '../_shared/failure';
import { buildingDoc, communityDoc, gridDoc } from '../_shared/models';
import { findAll, findById } from '../_shared/records';

export interface ExportContext extends LedgerScope {
  /** the caller, whose storage folder the file goes to */
  userId: string;
  communityName: string;
  gridId?: string;
  /** 全部网格, or the grid's name */
  gridLabel: string;
  gridNames: Map<string, string>;
  buildingNames: Map<string, string>;
  period: PeriodRange;
}

/** The caller's scope for a community, or LEDGER_NOT_ALLOWED (the same answer for any community not theirs). */
export async function scopeFor(communityId?: string): Promise<{ userId: string; scope: LedgerScope }> {
  const actor = await loadActor();
  const checked = ledgerScope(actor, communityId);
  if (!checked.ok) throw failureOf(checked);
  return { userId: actor.userId, scope: checked.scope };
}

/** `scope`: the communities the caller may export (their own first), with their grids. */
export async function exportScopes(): Promise<{ communities: LedgerCommunity[] }> {
  const actor = await loadActor();
  const scopes = ledgerScopes(actor).sort(
    (a, b) => Number(b.communityId === actor.communityId) - Number(a.communityId === actor.communityId),
  );
  if (scopes.length === 0) throw refusal('LEDGER_NOT_ALLOWED');
  const communities: LedgerCommunity[] = [];
  for (const scope of scopes) {
    const community = await findById('communities', scope.communityId, communityDoc);
    if (!community) continue;
    const grids = await findAll('grids', { communityId: scope.communityId }, gridDoc);
    communities.push({
      _id: community._id,
      name: community.name,
      personal: scope.personal,
      grids: grids.map((g) => ({ _id: g._id, name: g.name })),
    });
  }
  return { communities };
}

export async function exportContext(event: {
  period: string;
  gridId?: string;
  communityId?: string;
}): Promise<ExportContext> {
  const { userId, scope } = await scopeFor(event.communityId);
  const period = periodRange(event.period);
  if (!period) throw refusal('LEDGER_NOT_ALLOWED', '时段不正确');
  const names = await placeNames(scope.communityId);
  if (event.gridId && !names.gridNames.has(event.gridId)) throw notFound('网格');
  return {
    ...scope,
    ...names,
    userId,
    gridId: event.gridId,
    gridLabel: event.gridId ? (names.gridNames.get(event.gridId) as string) : '全部网格',
    period,
  };
}

/** The community's name and its grids' and buildings' names (small sets: tens to hundreds). */
export async function placeNames(communityId: string) {
  const community = await findById('communities', communityId, communityDoc);
  if (!community) throw notFound('社区');
  const grids = await findAll('grids', { communityId }, gridDoc);
  const buildings = await findAll('buildings', { communityId }, buildingDoc, 5000);
  return {
    communityName: community.name,
    gridNames: new Map(grids.map((g) => [g._id, g.name])),
    buildingNames: new Map(buildings.map((b) => [b._id, b.name])),
  };
}
