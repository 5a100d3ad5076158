/**
 * Grid counters (`grids` board): each must equal the sum of its grid's `grid_people` counters
 * (which reconcile-boards.ts checks against the entries), for the current month, year and all time.
 * One aggregate of the sums and one read of the grid counters per community and period settle
 * most grids; a suspect one is re-checked while it holds still, and repaired like a person's.
 */
import { counterIdOf, driftOf, periodKeysOf, type CounterKey } from '../../domain/points/boards';
import { db } from '../_shared/cloud';
import { gridDoc } from '../_shared/models';
import { COUNTERS, counterDoc, setCounter, type CounterDoc } from '../_shared/points/counters';
import { DB_PAGE, fetchDocs, findById } from '../_shared/records';
import { inTransaction, txGet } from '../_shared/transaction';
import { driftReport, RECHECKS, type CounterDrift } from './reconcile-boards';

/** Checks (and repairs) every grid counter of the current periods against its people's counters. */
export async function reconcileGridCounters(now: Date): Promise<{ grids: number; drifts: CounterDrift[] }> {
  const drifts: CounterDrift[] = [];
  let grids = 0;
  for (let lastId = ''; ;) {
    const docs = await fetchDocs(
      db()
        .collection('grids')
        .where({ _id: db().command.gt(lastId) })
        .orderBy('_id', 'asc')
        .limit(DB_PAGE),
    );
    const page = docs.map((raw) => gridDoc.parse(raw));
    grids += page.length;
    if (page.length) lastId = page[page.length - 1]._id;
    for (const communityId of new Set(page.map((g) => g.communityId))) {
      const gridIds = page.filter((g) => g.communityId === communityId).map((g) => g._id);
      for (const period of periodKeysOf(now)) {
        // One read of the sums and one of the grid counters settle most grids; a suspect one is re-checked carefully.
        const [sums, stored] = await Promise.all([
          peopleSums(communityId, period, gridIds),
          gridCounters(communityId, period),
        ]);
        for (const gridId of gridIds) {
          if (!driftOf(stored.get(gridId), sums.get(gridId))) continue;
          const key: CounterKey = { communityId, board: 'grids', period, gridId: '', subjectId: gridId };
          const drift = await checkGridCounter(key, now);
          if (drift) drifts.push(drift);
        }
      }
    }
    if (docs.length < DB_PAGE) return { grids, drifts };
  }
}

type Figures = { points: number; entries: number };

/** Σ of each grid's `grid_people` counters for one period (the `board` index). */
async function peopleSums(communityId: string, period: string, gridIds: string[]): Promise<Map<string, Figures>> {
  const _ = db().command;
  const $ = _.aggregate;
  const res = (await db()
    .collection(COUNTERS)
    .aggregate()
    .match({ communityId, board: 'grid_people', period, gridId: _.in(gridIds) })
    .group({ _id: '$gridId', points: $.sum('$points'), entries: $.sum('$entries') })
    .limit(gridIds.length)
    .end()) as { list: ({ _id: string } & Figures)[] };
  return new Map(res.list.map((g) => [g._id, { points: g.points, entries: g.entries }]));
}

/** The community's grid counters for one period. */
async function gridCounters(communityId: string, period: string): Promise<Map<string, Figures>> {
  const docs = await fetchDocs(
    db().collection(COUNTERS).where({ communityId, board: 'grids', period, gridId: '' }).limit(DB_PAGE),
  );
  return new Map(
    docs.map((d) => counterDoc.parse(d)).map((c) => [c.subjectId, { points: c.points, entries: c.entries }]),
  );
}

async function checkGridCounter(key: CounterKey, now: Date): Promise<CounterDrift | null> {
  const id = counterIdOf(key);
  const figures = (c: CounterDoc | null) => ({ points: c?.points ?? 0, entries: c?.entries ?? 0 });
  for (let i = 0; i < RECHECKS; i += 1) {
    const before = figures(await findById(COUNTERS, id, counterDoc));
    const sum = await sumOfPeople(key);
    const after = figures(await findById(COUNTERS, id, counterDoc));
    // Every post to a grid_people counter of this grid moves this counter too: if it held still, so did the sum.
    if (before.points !== after.points || before.entries !== after.entries) continue;
    const drift = driftOf(after, sum);
    if (!drift) return null;
    const repaired = await inTransaction(async (tx) => {
      const raw = await txGet(tx, COUNTERS, id);
      const current = figures(raw ? counterDoc.parse(raw) : null);
      if (current.points !== after.points || current.entries !== after.entries) return false;
      await setCounter(tx, key, sum, now);
      return true;
    }).catch(() => false);
    return driftReport({ key, ...drift }, repaired);
  }
  return null;
}

/** Σ of the grid's `grid_people` counters for the period (the `board` index, 100 at a time). */
async function sumOfPeople(key: CounterKey): Promise<{ points: number; entries: number }> {
  const sum = { points: 0, entries: 0 };
  for (let skip = 0; ; skip += DB_PAGE) {
    const docs = await fetchDocs(
      db()
        .collection(COUNTERS)
        .where({ communityId: key.communityId, board: 'grid_people', period: key.period, gridId: key.subjectId })
        .orderBy('points', 'desc')
        .orderBy('subjectId', 'asc')
        .skip(skip)
        .limit(DB_PAGE),
    );
    for (const d of docs) {
      const c = counterDoc.parse(d);
      sum.points += c.points;
      sum.entries += c.entries;
    }
    if (docs.length < DB_PAGE) return sum;
  }
}
