/**
 * What one points entry adds to the 数据看板 counters (in the month of its own `at`, for the
 * community and the entry's grid): earned points by area (an earning minus its reversals, like the
 * 红榜), and points spent in the 爱心超市 with the number of redemptions (a refund — cancelled or
 * expired — takes both back); and, when a redemption is handed over, the unit and its ¥ value
 * (collectionFacts). Pure.
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

/** A redemption handed over (核销, status fulfilled), counted in the month it was collected. */
export interface CountedCollection {
  communityId: string;
  gridId: string;
  /** The item's 参考价值 in 分 when redeemed; absent: the item had none (counts as a unit, ¥0). */
  valueFen?: number;
  closedAt: Date;
}

/**
 * What handing over one redemption adds: a collected unit and its ¥ value in 分 (爱心超市's
 * 参考价值 of what residents took home). Fulfilled is final, so nothing ever takes these back.
 */
export function collectionFacts(c: Pick<CountedCollection, 'valueFen'>): Facts {
  return { collected: 1, ...(c.valueFen ? { valueFen: c.valueFen } : {}) };
}

export function entryScopes(e: Pick<CountedEntry, 'gridId'>): string[] {
  return e.gridId ? ['all', `grid:${e.gridId}`] : ['all'];
}
