/**
 * The dashboard's figures from counter documents (one period's, by scope). Pure: the `stats`
 * function answers it, and the property test recomputes it from raw documents to compare.
 */
import { CATEGORIES, CATEGORY_TABLE, DISPATCH_KINDS, DISPATCH_LABELS } from '../../types/orders';
import { AREA_LABELS, POINT_AREAS } from '../../types/points';
import type { Figures } from '../../types/stats';
import { BUCKET_EDGES_HOURS, bucketLabel, medianBucket } from './durations';
import type { Facts } from './order-facts';
import { histogramOf, ratesOf } from './rates';

const readRate = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  percent: denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null,
});

export interface Place {
  key: string;
  label: string;
  facts: Facts;
}

/** `byScope`: the period's counters by scope ('all', 'cat:…', 'kind:…', 'grid:…'); `places`: what byPlace compares. */
export function figuresOf(byScope: ReadonlyMap<string, Facts>, places: readonly Place[]): Figures {
  const all = byScope.get('all') ?? {};
  const n = (f: Facts, k: string) => f[k] ?? 0;
  const buckets = BUCKET_EDGES_HOURS.length;
  return {
    orders: n(all, 'orders'),
    cancelled: n(all, 'cancelled'),
    rates: ratesOf(all),
    medianTake: bucketLabel(medianBucket(histogramOf(all, 'take_b', buckets))),
    medianDone: bucketLabel(medianBucket(histogramOf(all, 'done_b', buckets))),
    overdue: n(all, 'overdue'),
    escalated: n(all, 'escalated'),
    rectified: n(all, 'rectified'),
    rectifyConfirmed: n(all, 'rectifyConfirmed'),
    served: n(all, 'served'),
    byCategory: CATEGORIES.map((c) => ({
      key: c,
      label: CATEGORY_TABLE[c].label,
      count: n(byScope.get(`cat:${c}`) ?? {}, 'orders'),
    })),
    byKind: DISPATCH_KINDS.map((k) => ({
      key: k,
      label: DISPATCH_LABELS[k],
      count: n(byScope.get(`kind:${k}`) ?? {}, 'orders'),
    })),
    byPlace: places.map((p) => ({
      key: p.key,
      label: p.label,
      count: n(p.facts, 'orders'),
      resolution: ratesOf(p.facts).resolution.percent,
    })),
    points: {
      earned: n(all, 'earned'),
      byArea: POINT_AREAS.map((a) => ({ key: a, label: AREA_LABELS[a], count: n(all, `earned_${a}`) })).filter(
        (a) => a.count !== 0,
      ),
      spent: n(all, 'spent'),
      redeemed: n(all, 'redeemed'),
      collected: n(all, 'collected'),
      valueFen: n(all, 'valueFen'),
    },
    civic: {
      meetings: n(all, 'meetings'),
      meetingsHeld: n(all, 'meetingsHeld'),
      decisions: n(all, 'decisions'),
      decisionsDone: n(all, 'decisionsDone'),
      decisionsOnTime: n(all, 'decisionsOnTime'),
      notices: n(all, 'notices'),
      noticeReadRate: readRate(n(all, 'noticeReads'), n(all, 'noticeHouseholds')),
    },
  };
}
