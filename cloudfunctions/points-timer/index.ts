/**
 * Function `points-timer` (timer trigger, hourly at :05; see config.json). Four sweeps, each safe
 * to run twice or to overlap with itself:
 *  1. expire pending redemptions past their expiry: points and stock come back, by entries;
 *  2. settle order earnings the `orders` hook missed (closed/rated orders of the last 30 days not
 *     flagged pointsSettled), idempotent on each entry's cause;
 *  3. the shelf: end stock holds that dead redeems left (unit back, or hold cleared when the
 *     redemption was made), and check every item's books (reconcile-stock.ts);
 *  4. reconcile accounts (balance ≥ 0, balance = Σ entries, lifetime = Σ lifetime deltas…) and
 *     their 红榜 counters: those changed since the last run plus the next slice of a rolling sweep
 *     over all of them (reconcile.ts), and every grid's counters (reconcile-boards.ts, which
 *     repairs counter drift). The report is stored in points_reconcile_reports and answered.
 * People cannot call it: a call that carries an openid is refused.
 */
import { z } from 'zod';
import { callerOpenid, db } from '../_shared/cloud';
import { defineFunction } from '../_shared/define-function';
import { denied } from '../_shared/failure';
import { fetchDocs, insertDoc } from '../_shared/records';
import { expireDue, settleMissedOrders } from './sweeps';
import { reconcile, type BreachRecord, type PreviousRun } from './reconcile';
import { reconcileStock } from './reconcile-stock';

/** A timer event is `{ Type: 'Timer', TriggerName, Time }`; locally `{ action: 'run' }` is accepted too. */
const timerEvent = z
  .object({
    action: z.literal('run').default('run'),
    Type: z.string().optional(),
    TriggerName: z.string().optional(),
    Time: z.string().optional(),
  })
  .strict();

export const REPORTS = 'points_reconcile_reports';

export interface PointsTimerReport {
  _id: string;
  at: string;
  expired: number;
  /** Entries written for orders the hook had missed. */
  settledOrders: number;
  /** Redemptions or orders that failed this run and are retried next run. */
  deferred: number;
  accounts: number;
  /** Grids whose board counters were checked (current month, year and all time). */
  grids: number;
  items: number;
  /** Stock holds of redeems that died before finishing: released (unit back) or cleared (redemption made). */
  holdsReleased: number;
  holdsCleared: number;
  /** Board counters found apart from the entries' sums and set to them (each is also in `breaches`). */
  countersRepaired: number;
  breaches: BreachRecord[];
  /** Where the rolling sweep over all accounts resumes next run ('' = from the start). */
  sweepCursor: string;
}

export const main = defineFunction<{ action: 'run' }>('points-timer', timerEvent as z.ZodType<{ action: 'run' }>, {
  run: () => runPointsTimer(new Date()),
});

export async function runPointsTimer(now: Date): Promise<{ report: PointsTimerReport }> {
  if (callerOpenid()) throw denied('定时任务不能由用户调用');
  const expiry = await expireDue(now);
  const settling = await settleMissedOrders(now);
  const stock = await reconcileStock(now);
  const ledger = await reconcile(await previousRun(), now);
  const breaches = [...ledger.breaches, ...stock.breaches];
  const deferred = expiry.deferred + settling.deferred;
  const body = {
    at: now,
    expired: expiry.done,
    settledOrders: settling.done,
    deferred,
    accounts: ledger.accounts,
    grids: ledger.grids,
    items: stock.items,
    holdsReleased: stock.holdsReleased,
    holdsCleared: stock.holdsCleared,
    countersRepaired: breaches.filter((b) => b.kind === 'counter_drift' && b.repaired).length,
    breaches,
    sweepCursor: ledger.sweepCursor,
  };
  const _id = await insertDoc(REPORTS, body);
  // Counts only: a breach names account ids, never people.
  if (breaches.length > 0)
    console.error(`[points-timer] reconciliation found ${breaches.length} breach(es), report ${_id}`);
  return { report: { _id, ...body, at: now.toISOString() } };
}

/** The latest stored report: when it ran and where its rolling sweep stopped. */
async function previousRun(): Promise<PreviousRun | null> {
  const [last] = await fetchDocs(db().collection(REPORTS).orderBy('at', 'desc').limit(1));
  if (!last) return null;
  return {
    at: new Date(last.at as string | Date),
    sweepCursor: typeof last.sweepCursor === 'string' ? last.sweepCursor : '',
  };
}
