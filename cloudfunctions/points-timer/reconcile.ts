/**
 * Reconciliation: accounts and their 红榜 counters against the sums of their entries
 * (reconcile-boards.ts, which also repairs counter drift), and the shelf (reconcile-stock.ts).
 * Invariants checked per account (domain/points/ledger.ts breachesOf): balance ≥ 0,
 * balance = Σ amount, lifetime = Σ lifetimeDelta, entryCount = number of entries, balance ≤ lifetime.
 *
 * Each run checks (1) every account changed since the previous run (less a margin), and (2) the
 * next SWEEP_ACCOUNTS accounts of a rolling sweep over all of them, resumed from the cursor the
 * previous report kept — so a run stays within the timer's timeout however many accounts there
 * are, and every account is still checked every few runs. With no previous report, (1) is all.
 *
 * Reads here are not one snapshot (an aggregate cannot run in a transaction), so a redemption
 * committing between the account read and the sum could look like a breach. A suspect account is
 * re-read around a fresh sum; it counts as a breach only if it did not change meanwhile.
 */
import { breachesOf, EMPTY_ACCOUNT, type AccountFigures, type BreachKind } from '../../domain/points/ledger';
import { db } from '../_shared/cloud';
import { accountDoc, ACCOUNTS, ENTRIES, type AccountDoc } from '../_shared/points-ledger';
import { DB_PAGE, fetchDocs, findById } from '../_shared/records';
import { reconcilePersonCounters, type CounterDrift } from './reconcile-boards';
import { reconcileGridCounters } from './reconcile-grid-counters';

export type BreachRecord =
  | { accountId: string; kind: BreachKind; expected?: number; actual?: number }
  | { itemId: string; kind: 'negative_stock' | 'stock_mismatch'; expected?: number; actual?: number }
  | CounterDrift;

/** What the previous run left: when it ran, and where its rolling sweep stopped ('' = start over). */
export interface PreviousRun {
  at: Date;
  sweepCursor: string;
}

const RECHECKS = 3;
const CHANGED_MARGIN_MS = 10 * 60_000;
export const SWEEP_ACCOUNTS = 2_000;

export async function reconcile(previous: PreviousRun | null, now: Date) {
  const _ = db().command;
  const breaches: BreachRecord[] = [];
  const checked = new Set<string>();
  const check = async (page: AccountDoc[]) => {
    const fresh = page.filter((a) => !checked.has(a._id));
    const sums = await totalsFor(fresh.map((a) => a._id));
    for (const account of fresh) {
      checked.add(account._id);
      if (breachesOf(account, sums.get(account._id) ?? EMPTY_ACCOUNT).length === 0) continue;
      for (const b of await confirmed(account._id)) breaches.push({ accountId: account._id, ...b });
    }
    breaches.push(...(await reconcilePersonCounters(fresh, now)));
  };
  const since = previous ? new Date(previous.at.getTime() - CHANGED_MARGIN_MS) : new Date(0);
  await pages({ updatedAt: _.gte(since) }, '', Infinity, check);
  const sweepCursor = previous ? await pages({}, previous.sweepCursor, SWEEP_ACCOUNTS, check) : '';
  const boards = await reconcileGridCounters(now);
  return { accounts: checked.size, grids: boards.grids, breaches: [...breaches, ...boards.drifts], sweepCursor };
}

/**
 * Accounts matching `query` after `fromId`, by `_id`, 100 at a time, up to `max`; answers where
 * it stopped ('' when it reached the end, so the next sweep starts over).
 */
async function pages(query: object, fromId: string, max: number, visit: (page: AccountDoc[]) => Promise<void>) {
  const _ = db().command;
  let lastId = fromId;
  for (let seen = 0; seen < max;) {
    const page = (
      await fetchDocs(
        db()
          .collection(ACCOUNTS)
          .where(_.and([query, { _id: _.gt(lastId) }]))
          .orderBy('_id', 'asc')
          .limit(DB_PAGE),
      )
    ).map((d) => accountDoc.parse(d));
    await visit(page);
    seen += page.length;
    if (page.length < DB_PAGE) return '';
    lastId = page[page.length - 1]._id;
  }
  return lastId;
}

/** Σ amount, Σ lifetimeDelta and the count of entries, per account. */
async function totalsFor(accountIds: string[]): Promise<Map<string, AccountFigures>> {
  if (accountIds.length === 0) return new Map();
  const _ = db().command;
  const $ = _.aggregate;
  const res = (await db()
    .collection(ENTRIES)
    .aggregate()
    .match({ accountId: _.in(accountIds) })
    .group({ _id: '$accountId', balance: $.sum('$amount'), lifetime: $.sum('$lifetimeDelta'), entryCount: $.sum(1) })
    .limit(accountIds.length)
    .end()) as { list: (AccountFigures & { _id: string })[] };
  return new Map(res.list.map(({ _id, ...t }) => [_id, t]));
}

/** The breaches of an account that held still while its entries were summed (none if it kept changing). */
async function confirmed(accountId: string) {
  const same = (a: AccountDoc | null, b: AccountDoc | null) =>
    !!a &&
    !!b &&
    a.entryCount === b.entryCount &&
    a.balance === b.balance &&
    a.updatedAt.getTime() === b.updatedAt.getTime();
  for (let i = 0; i < RECHECKS; i += 1) {
    const before = await findById(ACCOUNTS, accountId, accountDoc);
    const sums = await totalsFor([accountId]);
    const afterwards = await findById(ACCOUNTS, accountId, accountDoc);
    if (same(before, afterwards)) return breachesOf(afterwards as AccountDoc, sums.get(accountId) ?? EMPTY_ACCOUNT);
  }
  return [];
}
