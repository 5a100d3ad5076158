/**
 * stats.dashboard: one period's 数据看板 and the period before it, for one community or the sum of
 * a 街道's communities, with a 12-month trend. A few indexed reads per community at any data size:
 * the period's counters (index community_period), the previous period's, the trend months' 'all'
 * counters (index community_scope_period), and the grid names — never a scan of orders.
 */
import type { Dashboard } from '../../types/stats';
import type { Facts } from '../../domain/stats/order-facts';
import { dashboardCommunities } from '../../domain/stats/permissions';
import { figuresOf, type Place } from '../../domain/stats/figures';
import { periodKeyOf, periodLabel, previousPeriodKey } from '../../domain/stats/periods';
import { ratesOf, sumFacts } from '../../domain/stats/rates';
import type { StatsPeriod } from '../../types/stats';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { denied, notFound } from '../_shared/failure';
import { communityDoc, gridDoc } from '../_shared/models';
import { DB_PAGE, fetchDocs, findAll } from '../_shared/records';
import { STATS, statsDoc } from '../_shared/stats/counters';

const TREND_MONTHS = 12;

export async function dashboard(input: {
  period: StatsPeriod;
  key?: string;
  communityId?: string;
}): Promise<Dashboard> {
  const actor = await loadActor();
  const mine = dashboardCommunities(actor);
  if (mine.length === 0) throw denied('只有社区管理员或街道管理员可以查看数据看板');
  if (input.communityId && !mine.includes(input.communityId)) throw notFound('社区');
  // A community admin (and a 街道 with one community) sees that community; a 街道 asking for none sees the sum.
  const shown = input.communityId ? [input.communityId] : mine;
  const key = input.key && input.key[0] === input.period[0] ? input.key : periodKeyOf(input.period, new Date());
  const previous = previousPeriodKey(key);
  const sum = shown.length > 1;
  const perCommunity = await Promise.all(shown.map((c) => communityFigures(c, key, previous, !sum)));
  const names = await communityNames(mine);
  const merge = (pick: (p: CommunityFigures) => Map<string, Facts>) => mergeScopes(perCommunity.map(pick));
  const places = (pick: (p: CommunityFigures) => Map<string, Facts>): Place[] =>
    sum
      ? perCommunity.map((p) => ({
          key: p.communityId,
          label: names.get(p.communityId) ?? '',
          facts: pick(p).get('all') ?? {},
        }))
      : perCommunity[0].grids.map((g) => ({
          key: g._id,
          label: g.name,
          facts: pick(perCommunity[0]).get(`grid:${g._id}`) ?? {},
        }));
  const trend = trendMonths(key).map((month) => {
    const facts = sumFacts(perCommunity.map((p) => p.trend.get(month) ?? {}));
    return {
      month,
      label: String(Number(month.slice(6))),
      orders: facts.orders ?? 0,
      resolution: ratesOf(facts).resolution.percent,
    };
  });
  return {
    communities: mine.map((_id) => ({ _id, name: names.get(_id) ?? '' })),
    communityId: sum ? null : shown[0],
    period: { key, label: periodLabel(key) },
    previous: { key: previous, label: periodLabel(previous) },
    current: figuresOf(
      merge((p) => p.current),
      places((p) => p.current),
    ),
    before: figuresOf(
      merge((p) => p.before),
      places((p) => p.before),
    ),
    trend,
  };
}

interface CommunityFigures {
  communityId: string;
  current: Map<string, Facts>;
  before: Map<string, Facts>;
  trend: Map<string, Facts>;
  grids: { _id: string; name: string }[];
}

async function communityFigures(
  communityId: string,
  key: string,
  previous: string,
  withGrids: boolean,
): Promise<CommunityFigures> {
  const [current, before, trend, grids] = await Promise.all([
    periodCounters(communityId, key),
    periodCounters(communityId, previous),
    trendCounters(communityId, key),
    withGrids ? findAll('grids', { communityId }, gridDoc) : Promise.resolve([]),
  ]);
  return { communityId, current, before, trend, grids: grids.map((g) => ({ _id: g._id, name: g.name })) };
}

/** One period's counters of a community, by scope (a page per 100 scopes: grids + 9). */
async function periodCounters(communityId: string, period: string): Promise<Map<string, Facts>> {
  const out = new Map<string, Facts>();
  const _ = db().command;
  for (let last = ''; ;) {
    const docs = await fetchDocs(
      db()
        .collection(STATS)
        .where({ communityId, period, scope: _.gt(last) })
        .orderBy('scope', 'asc')
        .limit(DB_PAGE),
    );
    for (const raw of docs) {
      const d = statsDoc.parse(raw);
      out.set(d.scope, d.n);
      last = d.scope;
    }
    if (docs.length < DB_PAGE) return out;
  }
}

/** The 12 month keys up to the end of the period `key` names. */
export function trendMonths(key: string): string[] {
  const [y, n] = key.slice(1).split('-').map(Number);
  const lastMonth = key[0] === 'y' ? 12 : key[0] === 'q' ? n * 3 : n;
  return Array.from({ length: TREND_MONTHS }, (_, i) => {
    const total = y * 12 + (lastMonth - 1) - (TREND_MONTHS - 1 - i);
    return `m${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

async function trendCounters(communityId: string, key: string): Promise<Map<string, Facts>> {
  const months = trendMonths(key);
  const _ = db().command;
  const docs = await fetchDocs(
    db()
      .collection(STATS)
      .where(
        _.and([{ communityId, scope: 'all', period: _.gte(months[0]) }, { period: _.lte(months[months.length - 1]) }]),
      )
      .orderBy('period', 'asc')
      .limit(TREND_MONTHS),
  );
  return new Map(docs.map((raw) => statsDoc.parse(raw)).map((d) => [d.period, d.n]));
}

function mergeScopes(maps: readonly Map<string, Facts>[]): Map<string, Facts> {
  const out = new Map<string, Facts>();
  for (const m of maps) for (const [scope, f] of m) out.set(scope, sumFacts([out.get(scope) ?? {}, f]));
  return out;
}

async function communityNames(ids: readonly string[]): Promise<Map<string, string>> {
  const _ = db().command;
  const docs = await fetchDocs(
    db()
      .collection('communities')
      .where({ _id: _.in([...ids]) })
      .limit(DB_PAGE),
  );
  return new Map(docs.map((raw) => communityDoc.parse(raw)).map((c) => [c._id, c.name]));
}
