/**
 * 数据看板 (issue 13): the `stats` function's event and answer. Definitions of every figure are in
 * domain/stats (rates.ts, order-facts.ts, points-facts.ts).
 */
import { z } from 'zod';
import { idSchema } from './roles';

export const STATS_PERIODS = ['month', 'quarter', 'year'] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];
export const STATS_PERIOD_LABELS: Record<StatsPeriod, string> = { month: '月', quarter: '季度', year: '年' };
/** A period key: 'm2026-12', 'q2026-4' or 'y2026' (China time). */
export const PERIOD_KEY = /^(m\d{4}-(0[1-9]|1[0-2])|q\d{4}-[1-4]|y\d{4})$/;

export const statsEventSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('dashboard'),
      period: z.enum(STATS_PERIODS),
      /** A past period of that kind ('m2026-11', 'q2026-3', 'y2025'); the current one by default. */
      key: z.string().regex(PERIOD_KEY, '统计期格式不正确').optional(),
      /** One of the caller's communities; absent: a community admin's own, a 街道's sum of all. */
      communityId: idSchema.optional(),
    })
    .strict(),
]);
export type StatsEvent = z.infer<typeof statsEventSchema>;

const rate = z.object({ numerator: z.number(), denominator: z.number(), percent: z.number().nullable() });
const slice = z.object({ key: z.string(), label: z.string(), count: z.number() });

export const figuresSchema = z.object({
  orders: z.number(),
  cancelled: z.number(),
  rates: z.object({ response: rate, resolution: rate, satisfaction: rate, unrated: rate }),
  /** '4 小时内' etc: the bucket that holds the median (domain/stats/durations.ts). */
  medianTake: z.string(),
  medianDone: z.string(),
  overdue: z.number(),
  escalated: z.number(),
  rectified: z.number(),
  rectifyConfirmed: z.number(),
  served: z.number(),
  byCategory: z.array(slice),
  byKind: z.array(slice),
  /** Grids of one community; communities when the answer is a 街道's sum. */
  byPlace: z.array(slice.extend({ resolution: z.number().nullable() })),
  points: z.object({
    earned: z.number(),
    byArea: z.array(slice),
    spent: z.number(),
    redeemed: z.number(),
    /** Redemptions handed over (核销) in the period, and their items' 参考价值 in 分 (where set). */
    collected: z.number(),
    valueFen: z.number(),
  }),
  /** 议事 and 楼栋通知 (domain/stats/civic-facts.ts). */
  civic: z.object({
    meetings: z.number(),
    meetingsHeld: z.number(),
    decisions: z.number(),
    decisionsDone: z.number(),
    decisionsOnTime: z.number(),
    notices: z.number(),
    noticeReadRate: rate,
  }),
});
export type Figures = z.infer<typeof figuresSchema>;

export const dashboardSchema = z.object({
  communities: z.array(z.object({ _id: z.string(), name: z.string() })),
  /** The community shown, or null for the sum of all of the caller's communities. */
  communityId: z.string().nullable(),
  period: z.object({ key: z.string(), label: z.string() }),
  previous: z.object({ key: z.string(), label: z.string() }),
  current: figuresSchema,
  before: figuresSchema,
  /** Orders and 解决率 by month, the 12 months up to the period's end. */
  trend: z.array(
    z.object({ month: z.string(), label: z.string(), orders: z.number(), resolution: z.number().nullable() }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
