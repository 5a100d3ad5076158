/**
 * What one points entry adds to the 数据看板 counters (in the month of its own `at`, for the
 * community and the entry's grid): earned points by area (an earning minus its reversals, like the
 * 红榜), and points spent in the 爱心超市 with the number of redemptions (a refund — cancelled or
 * expired — takes both back). Pure.
 */
import type { EntryKind, PointArea } from '../../types/points';
import type { Facts } from './order-facts';

export interface CountedEntry {
  communityId: string;
  gridId: string;
  kind: EntryKind;
  amount: number;
  lifetimeDelta: number;
  area?: PointArea;
  at: Date;
}

export function entryFacts(e: CountedEntry): Facts {
  if (e.kind === 'earn' || e.kind === 'reversal') {
    if (e.lifetimeDelta === 0) return {};
    return { earned: e.lifetimeDelta, [`earned_${e.area ?? 'other'}`]: e.lifetimeDelta };
  }
  // spend: amount < 0 (the cost); refund: amount > 0 (the cost given back)
  const units = e.kind === 'spend' ? 1 : -1;
  return { spent: -e.amount, redeemed: units };
}

export function entryScopes(e: Pick<CountedEntry, 'gridId'>): string[] {
  return e.gridId ? ['all', `grid:${e.gridId}`] : ['all'];
}
