/**
 * Checks one community's 数据看板 counters against a recount of the source documents and repairs
 * drift (the counters are derived; orders and entries are the truth). Months are recounted
 * (recount.ts); a quarter or a year must equal the sum of its months' counters. A repair sets the
 * document in a transaction that first re-reads it and gives up if it moved since it was read
 * (a change landed meanwhile: the next run looks again); a month with an order changed in the last
 * minute is reported and left, since that change's counter move may still be on its way.
 */
import { factsDelta, type Facts } from '../../domain/stats/order-facts';
import { monthsOf } from '../../domain/stats/periods';
import { sumFacts } from '../../domain/stats/rates';
import { db } from '../_shared/cloud';
import { DB_PAGE, fetchDocs } from '../_shared/records';
import { STATS, statsDoc, statsIdOf, type StatsDoc } from '../_shared/stats/counters';
import { inTransaction, txGet } from '../_shared/transaction';
import { recountMonth } from './recount';

export interface StatsDrift {
  counterId: string;
  /** field → [expected, stored] */
  fields: Record<string, [number, number]>;
  repaired: boolean;
}

/** The stored counters of one community and period, by scope. */
export async function storedCounters(communityId: string, period: string): Promise<Map<string, StatsDoc>> {
  const out = new Map<string, StatsDoc>();
  const _ = db().command;
  for (let lastScope = ''; ;) {
    const docs = await fetchDocs(
      db()
        .collection(STATS)
        .where({ communityId, period, scope: _.gt(lastScope) })
        .orderBy('scope', 'asc')
        .limit(DB_PAGE),
    );
    for (const raw of docs) {
      const d = statsDoc.parse(raw);
      out.set(d.scope, d);
      lastScope = d.scope;
    }
    if (docs.length < DB_PAGE) return out;
  }
}

/** Compares expected figures by scope with what is stored, and repairs (when `repair`) what differs. */
export async function settle(
  communityId: string,
  period: string,
  expected: Map<string, Facts>,
  stored: Map<string, StatsDoc>,
  repair: boolean,
  now: Date,
): Promise<StatsDrift[]> {
  const drifts: StatsDrift[] = [];
  for (const scope of new Set([...expected.keys(), ...stored.keys()])) {
    const want = factsDelta(expected.get(scope) ?? {}, {});
    const have = stored.get(scope);
    const diff = factsDelta(want, have?.n ?? {});
    if (Object.keys(diff).length === 0) continue;
    const fields = Object.fromEntries(
      Object.keys(diff).map((k) => [k, [want[k] ?? 0, have?.n[k] ?? 0] as [number, number]]),
    );
    const key = { communityId, period, scope };
    const repaired = repair ? await setIfUnmoved(key, want, have, now) : false;
    drifts.push({ counterId: statsIdOf(key), fields, repaired });
  }
  return drifts;
}

async function setIfUnmoved(
  key: { communityId: string; period: string; scope: string },
  n: Facts,
  seen: StatsDoc | undefined,
  now: Date,
): Promise<boolean> {
  return inTransaction(async (tx) => {
    const raw = await txGet(tx, STATS, statsIdOf(key));
    const current = raw ? statsDoc.parse(raw) : undefined;
    if ((current?.updatedAt.getTime() ?? -1) !== (seen?.updatedAt.getTime() ?? -1)) return false;
    await tx
      .collection(STATS)
      .doc(statsIdOf(key))
      .set({ data: { ...key, n, updatedAt: now } });
    return true;
  }).catch(() => false);
}

/** Recounts months (and then the quarters and years they fall in) of one community. */
export async function reconcileCommunity(
  communityId: string,
  months: readonly string[],
  now: Date,
): Promise<{ drifts: StatsDrift[]; deferred: number }> {
  const drifts: StatsDrift[] = [];
  let deferred = 0;
  for (const month of months) {
    const stored = await storedCounters(communityId, month);
    const count = await recountMonth(communityId, month, now);
    if (count.unsettled) deferred += 1;
    drifts.push(...(await settle(communityId, month, count.byScope, stored, !count.unsettled, now)));
  }
  const wider = new Set(months.flatMap((m) => [quarterOf(m), `y${m.slice(1, 5)}`]));
  for (const period of wider) {
    const stored = await storedCounters(communityId, period);
    const parts = await Promise.all(monthsOf(period).map((m) => storedCounters(communityId, m)));
    const expected = new Map<string, Facts>();
    for (const part of parts)
      for (const [scope, d] of part) expected.set(scope, sumFacts([expected.get(scope) ?? {}, d.n]));
    drifts.push(...(await settle(communityId, period, expected, stored, deferred === 0, now)));
  }
  return { drifts, deferred };
}

export const quarterOf = (month: string): string => {
  const [y, m] = month.slice(1).split('-').map(Number);
  return `q${y}-${Math.ceil(m / 3)}`;
};
