/**
 * The three rates the 12345 hotlines are judged by, and the 未评价 share: defined once here, shown
 * with these same definitions on the dashboard. Each is a numerator over a denominator of counter
 * fields (order-facts.ts says what each field counts); a rate with nothing to judge is null
 * ("暂无"), never 0% or 100%. Pure.
 */
import type { Facts } from './order-facts';

export const RATES = ['response', 'resolution', 'satisfaction', 'unrated'] as const;
export type RateName = (typeof RATES)[number];

export const RATE_TABLE: Record<RateName, { label: string; definition: string }> = {
  response: {
    label: '响应率',
    definition:
      '在接单时限内接单（部门受理、回复解释类答复）的诉求，占应响应诉求（已接单的，加上超时仍未接单的）的比例',
  },
  resolution: {
    label: '解决率',
    definition: '评价 3 星及以上办结的诉求，加上居民确认整改的诉求，占已办结（含已答复）诉求的比例',
  },
  satisfaction: { label: '满意率', definition: '评价 4 星及以上的诉求，占已评价诉求的比例' },
  unrated: { label: '未评价', definition: '已办结（含已答复）但居民尚未评价的诉求，占已办结诉求的比例' },
};

export interface Rate {
  numerator: number;
  denominator: number;
  /** Whole per cent, one decimal; null when the denominator is 0. */
  percent: number | null;
}

const rate = (numerator: number, denominator: number): Rate => ({
  numerator,
  denominator,
  percent: denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null,
});

export function ratesOf(f: Facts): Record<RateName, Rate> {
  const n = (k: string) => f[k] ?? 0;
  return {
    response: rate(n('respondedInTime'), n('respondDue')),
    resolution: rate(n('resolved'), n('done')),
    satisfaction: rate(n('satisfied'), n('rated')),
    unrated: rate(n('done') - n('rated'), n('done')),
  };
}

/** Adds counter figures together (a street's sum of its communities, a year of months). */
export function sumFacts(all: readonly Facts[]): Facts {
  const out: Facts = {};
  for (const f of all) for (const [k, v] of Object.entries(f)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** The histogram counts of one prefix ('take_b' or 'done_b'), for medianBucket. */
export function histogramOf(f: Facts, prefix: 'take_b' | 'done_b', buckets: number): number[] {
  return Array.from({ length: buckets }, (_, i) => f[`${prefix}${i}`] ?? 0);
}
