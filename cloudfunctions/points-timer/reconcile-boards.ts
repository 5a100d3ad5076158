/**
 * Reconciling the 红榜 counters against the entries, and repairing drift (grid counters:
 * reconcile-grid-counters.ts).
 *
 * Person counters (`people`, `grid_people`): for each account the run checks, the database sums
 * the person's earnings per grid and China-time month; the counters those sums imply
 * (domain/points/boards.ts) must equal the stored ones. Grid counters (`grids`): each must equal
 * the sum of its grid's `grid_people` counters: a repair of a person's counter shifts their grid's
 * by the same amount, and each run checks every grid for the current month, year and all time
 * (earlier periods were checked while they were current, and only repairs move them after: an
 * entry counts in the period it is made).
 *
 * Entries are the truth and counters are derived, so drift is REPAIRED, not just reported: the
 * counter is set to the sum, in a transaction that first re-reads what the sum was taken against
 * (the account, or the grid counter) and gives up if it moved — a post that commits meanwhile
 * either changed that (we skip, the next run looks again) or wrote the same counter after our
 * snapshot (our write conflicts and the rerun skips). Every repair is reported.
 */
import {
  counterIdOf,
  driftOf,
  expectedPersonCounters,
  type CounterKey,
  type MonthlyEarning,
} from '../../domain/points/boards';
import { CHINA_MONTH_FORMAT } from '../../domain/points/periods';
import { db } from '../_shared/cloud';
import { accountDoc, ACCOUNTS, ENTRIES, type AccountDoc } from '../_shared/points-ledger';
import { COUNTERS, counterDoc, setCounter, type CounterDoc } from '../_shared/points/counters';
import { DB_PAGE, fetchDocs, findById } from '../_shared/records';
import { inTransaction, txGet, type Tx } from '../_shared/transaction';

export interface CounterDrift {
  counterId: string;
  kind: 'counter_drift';
  expected: number;
  actual: number;
  expectedEntries: number;
  actualEntries: number;
  repaired: boolean;
}

/** Accounts summed per aggregate call, and the most groups one call may answer (a full answer is not trusted). */
const ACCOUNTS_PER_SUM = 10;
const MAX_GROUPS = 1000;
export const RECHECKS = 3;

/** Checks (and repairs) the person counters of these accounts. */
export async function reconcilePersonCounters(accounts: AccountDoc[], now: Date): Promise<CounterDrift[]> {
  const drifts: CounterDrift[] = [];
  for (let i = 0; i < accounts.length; i += ACCOUNTS_PER_SUM) {
    const batch = accounts.slice(i, i + ACCOUNTS_PER_SUM);
    const months = await monthlyEarnings(batch.map((a) => a._id));
    if (!months) continue; // too many groups to trust one answer: the rolling sweep comes back
    for (const account of batch) {
      const mine = months.filter((m) => m.userId === account.userId && m.communityId === account.communityId);
      const stored = await personCounters(account);
      if (driftsBetween(stored, mine).length === 0) continue;
      drifts.push(...(await confirmAndRepair(account._id, now)));
    }
  }
  return drifts;
}

export interface Drifted {
  key: CounterKey;
  expected: { points: number; entries: number };
  actual: { points: number; entries: number };
}

function driftsBetween(stored: CounterDoc[], months: MonthlyEarning[]): Drifted[] {
  const expected = expectedPersonCounters(months);
  const byId = new Map(stored.map((c) => [c._id, c]));
  const out: Drifted[] = [];
  for (const id of new Set([...expected.keys(), ...byId.keys()])) {
    const e = expected.get(id);
    const s = byId.get(id);
    const drift = driftOf(s, e);
    const key = (e ?? s) as CounterKey;
    if (drift) out.push({ key: pick(key), ...drift });
  }
  return out;
}

const pick = (k: CounterKey): CounterKey => ({
  communityId: k.communityId,
  board: k.board,
  period: k.period,
  gridId: k.gridId,
  subjectId: k.subjectId,
});

/** Re-sums one account while it holds still, then repairs in a transaction that checks it still holds. */
async function confirmAndRepair(accountId: string, now: Date): Promise<CounterDrift[]> {
  const same = (a: AccountDoc | null, b: AccountDoc | null) =>
    !!a && !!b && a.entryCount === b.entryCount && a.updatedAt.getTime() === b.updatedAt.getTime();
  for (let i = 0; i < RECHECKS; i += 1) {
    const before = await findById(ACCOUNTS, accountId, accountDoc);
    if (!before) return [];
    const months = await monthlyEarnings([accountId]);
    if (!months) return [];
    const stored = await personCounters(before);
    const afterwards = await findById(ACCOUNTS, accountId, accountDoc);
    if (!same(before, afterwards)) continue;
    const drifted = driftsBetween(stored, months);
    const repaired = await inTransaction(async (tx) => {
      const now2 = accountDoc.parse(await txGet(tx, ACCOUNTS, accountId));
      if (!same(now2, afterwards)) return false;
      for (const d of drifted) {
        await setCounter(tx, d.key, d.expected, now);
        if (d.key.board === 'grid_people') await shiftGridCounter(tx, d, now);
      }
      return true;
    }).catch(() => false);
    return drifted.map((d) => driftReport(d, repaired));
  }
  return [];
}

/**
 * A grid counter is the sum of its people's: when one of those is repaired, the grid's moves by the
 * same amount in the same transaction, so the sum still holds (for every period, not only current ones).
 */
async function shiftGridCounter(tx: Tx, d: Drifted, now: Date): Promise<void> {
  const key: CounterKey = { ...d.key, board: 'grids', gridId: '', subjectId: d.key.gridId };
  const raw = await txGet(tx, COUNTERS, counterIdOf(key));
  const grid = raw ? counterDoc.parse(raw) : { points: 0, entries: 0 };
  const points = grid.points + d.expected.points - d.actual.points;
  const entries = grid.entries + d.expected.entries - d.actual.entries;
  await setCounter(tx, key, { points, entries }, now);
}

export const driftReport = (d: Drifted, repaired: boolean): CounterDrift => ({
  counterId: counterIdOf(d.key),
  kind: 'counter_drift',
  expected: d.expected.points,
  actual: d.actual.points,
  expectedEntries: d.expected.entries,
  actualEntries: d.actual.entries,
  repaired,
});

/** Earnings (and reversals) per person, grid and China-time month; null when the answer may be cut short. */
async function monthlyEarnings(accountIds: string[]): Promise<MonthlyEarning[] | null> {
  if (accountIds.length === 0) return [];
  const _ = db().command;
  const $ = _.aggregate;
  const res = (await db()
    .collection(ENTRIES)
    .aggregate()
    .match({ accountId: _.in(accountIds), kind: _.in(['earn', 'reversal']) })
    .group({
      _id: {
        communityId: '$communityId',
        userId: '$userId',
        gridId: '$gridId',
        month: $.dateToString({ date: '$at', ...CHINA_MONTH_FORMAT }),
      },
      points: $.sum('$lifetimeDelta'),
      entries: $.sum(1),
    })
    .limit(MAX_GROUPS)
    .end()) as { list: { _id: Omit<MonthlyEarning, 'points' | 'entries'>; points: number; entries: number }[] };
  if (res.list.length >= MAX_GROUPS) return null;
  return res.list.map((g) => ({ ...g._id, points: g.points, entries: g.entries }));
}

/** A person's `people` and `grid_people` counters (every period), by the `subject` index. */
async function personCounters(account: AccountDoc): Promise<CounterDoc[]> {
  const _ = db().command;
  const out: CounterDoc[] = [];
  for (let lastId = ''; ;) {
    const docs = await fetchDocs(
      db()
        .collection(COUNTERS)
        .where({ communityId: account.communityId, subjectId: account.userId, _id: _.gt(lastId) })
        .orderBy('_id', 'asc')
        .limit(DB_PAGE),
    );
    for (const d of docs) {
      const c = counterDoc.parse(d);
      lastId = c._id;
      if (c.board !== 'grids') out.push(c);
    }
    if (docs.length < DB_PAGE) return out;
  }
}
