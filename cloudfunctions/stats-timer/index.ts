/**
 * Function `stats-timer` (timer trigger, hourly at :15; see config.json). The 数据看板 counters
 * (_shared/stats) are moved with every state change; this run first counts the order moves a crash
 * left owed (pending-orders.ts, _shared/stats/order-mark.ts), then recounts each community's current
 * and previous month from the orders and points entries, checks the quarters and years they fall
 * in against their months, repairs drift and stores a report in stats_reports (counts and counter
 * ids only, never people).
 *
 * `rebuild` fills the counters of a community that has none from all of its history (the demo
 * seed writes orders and entries straight into the store; `npm start` calls it). Older months than
 * the previous one are checked only by `rebuild` with `force`.
 * People cannot call it: a call that carries an openid is refused.
 */
import { z } from 'zod';
import { periodKeyOf, previousPeriodKey } from '../../domain/stats/periods';
import { callerOpenid, db } from '../_shared/cloud';
import { defineFunction } from '../_shared/define-function';
import { denied } from '../_shared/failure';
import { communityDoc } from '../_shared/models';
import { fetchDocs, findAll, insertDoc } from '../_shared/records';
import { STATS } from '../_shared/stats/counters';
import { reconcileCommunity, type StatsDrift } from './reconcile';
import { monthsSince } from './history';
import { settlePendingOrders } from './pending-orders';

export const REPORTS = 'stats_reports';

const timerEvent = z.union([
  z
    .object({
      action: z.literal('run').default('run'),
      Type: z.string().optional(),
      TriggerName: z.string().optional(),
      Time: z.string().optional(),
    })
    .strict(),
  z.object({ action: z.literal('rebuild'), force: z.boolean().optional() }).strict(),
]);
type TimerEvent = { action: 'run' } | { action: 'rebuild'; force?: boolean };

export const main = defineFunction<TimerEvent>('stats-timer', timerEvent as z.ZodType<TimerEvent>, {
  run: () => runStatsTimer(new Date()),
  rebuild: (e) => rebuildStats(new Date(), e.force ?? false),
});

export interface StatsReport {
  _id: string;
  at: string;
  communities: number;
  months: number;
  /** Months left unrepaired because an order in them changed within the last minute. */
  deferred: number;
  /** Orders whose counter move was owed but never claimed (a crash), counted by this run. */
  ordersSettled: number;
  drifts: StatsDrift[];
  countersRepaired: number;
}

export async function runStatsTimer(now: Date): Promise<{ report: StatsReport }> {
  if (callerOpenid()) throw denied('定时任务不能由用户调用');
  const month = periodKeyOf('month', now);
  return report(now, () => [month, previousPeriodKey(month)], 'recount');
}

/** Counters from all history, for communities that have none (or all, with `force`). */
export async function rebuildStats(now: Date, force: boolean): Promise<{ report: StatsReport }> {
  if (callerOpenid()) throw denied('定时任务不能由用户调用');
  return report(
    now,
    async (communityId) => {
      if (!force) {
        const [any] = await fetchDocs(db().collection(STATS).where({ communityId }).limit(1));
        if (any) return [];
      }
      return monthsSince(communityId, now);
    },
    force ? 'recount' : 'fill',
  );
}

async function report(
  now: Date,
  monthsFor: (communityId: string) => string[] | Promise<string[]>,
  /** 'fill': communities without counters get theirs, so every difference is a fill, not a drift */
  kind: 'recount' | 'fill',
): Promise<{ report: StatsReport }> {
  // Owed order moves first (crash recovery), so the recount below finds the counters caught up.
  const ordersSettled = await settlePendingOrders(now);
  const communities = await findAll('communities', {}, communityDoc);
  const drifts: StatsDrift[] = [];
  let months = 0;
  let deferred = 0;
  for (const c of communities) {
    const list = await monthsFor(c._id);
    months += list.length;
    const result = await reconcileCommunity(c._id, list, now);
    drifts.push(...result.drifts);
    deferred += result.deferred;
  }
  const body = {
    at: now,
    communities: communities.length,
    months,
    deferred,
    ordersSettled,
    drifts: drifts.slice(0, 200),
    countersRepaired: drifts.filter((d) => d.repaired).length,
  };
  const _id = await insertDoc(REPORTS, body);
  // A first start fills the demo's counters from its history: that is not drift, and an operator
  // reading "166 counter(s) drifted" on a fresh install would look for a fault that is not there.
  if (drifts.length > 0 && kind === 'recount') {
    console.error(`[stats-timer] ${drifts.length} counter(s) drifted, report ${_id}`);
  }
  return { report: { _id, ...body, at: now.toISOString() } };
}
