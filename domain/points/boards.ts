/**
 * 红榜 counters. Points EARNED (Σ lifetimeDelta: earnings minus their reversals) are kept per
 * period in counter documents, moved in the same transaction as the entry, so a board is one read
 * of the counters sorted by points — never a sum over entries at read time.
 *
 * Three boards, each for three periods (all time, the entry's China-time year, its month):
 *   people       the community's people          (gridId '', subject = userId)
 *   grid_people  the people of one grid          (gridId = the entry's grid, subject = userId)
 *   grids        the community's grids           (gridId '', subject = the entry's grid)
 * An entry counts in the period of its own `at` (a reversal: when it was made), and on the grid
 * the entry names (a reversal names its original's grid); an entry without a grid ('') counts on
 * `people` only. Spending and refunds move no counter (兑换后不清零).
 */
import type { BoardPeriod } from '../../types/points';
import { chinaMonthOf } from './periods';

export const BOARDS = ['people', 'grid_people', 'grids'] as const;
export type Board = (typeof BOARDS)[number];

/** Which counter: everything but the figures. */
export interface CounterKey {
  communityId: string;
  board: Board;
  /** 'all', 'y2026' or 'm2026-12' (China time). */
  period: string;
  gridId: string;
  subjectId: string;
}

export interface CounterFigures {
  points: number;
  /** How many entries moved it: a drift that happens to cancel out in points still shows here. */
  entries: number;
}

export const counterIdOf = (k: CounterKey): string =>
  `${k.communityId}:${k.board}:${k.period}:${k.gridId}:${k.subjectId}`;

/** The three period keys an instant falls in. */
export function periodKeysOf(at: Date): string[] {
  const month = chinaMonthOf(at); // '2026-12'
  return ['all', `y${month.slice(0, 4)}`, `m${month}`];
}

/** The key of the period a board asks for, as of `now`. */
export function periodKeyFor(period: BoardPeriod, now: Date): string {
  const [all, year, month] = periodKeysOf(now);
  return period === 'all' ? all : period === 'year' ? year : month;
}

/** What an entry adds to the boards (nothing when it earns nothing: spend, refund). */
export interface BoardFacts {
  communityId: string;
  userId: string;
  gridId: string;
  lifetimeDelta: number;
  at: Date;
}

export function countersMovedBy(e: BoardFacts): CounterKey[] {
  if (e.lifetimeDelta === 0) return [];
  const keys: CounterKey[] = [];
  for (const period of periodKeysOf(e.at)) {
    keys.push({ communityId: e.communityId, board: 'people', period, gridId: '', subjectId: e.userId });
    if (!e.gridId) continue;
    keys.push({ communityId: e.communityId, board: 'grid_people', period, gridId: e.gridId, subjectId: e.userId });
    keys.push({ communityId: e.communityId, board: 'grids', period, gridId: '', subjectId: e.gridId });
  }
  return keys;
}

/** Monthly sums of one person's earnings on one grid (what reconciliation reads from the entries). */
export interface MonthlyEarning {
  communityId: string;
  userId: string;
  gridId: string;
  /** '2026-12', China time. */
  month: string;
  points: number;
  entries: number;
}

export type CounterSums = Map<string, CounterKey & CounterFigures>;

/** Adds `points` over `entries` entries (of one person, grid and period set) to every counter they move. */
export function addToCounters(sums: CounterSums, facts: BoardFacts, entries = 1): CounterSums {
  for (const key of countersMovedBy(facts)) {
    const id = counterIdOf(key);
    const sum = sums.get(id) ?? { ...key, points: 0, entries: 0 };
    sum.points += facts.lifetimeDelta;
    sum.entries += entries;
    sums.set(id, sum);
  }
  return sums;
}

/** Every counter a set of entries implies (for seeding and for tests: the boards as Σ entries). */
export function countersOf(entries: readonly BoardFacts[]): CounterSums {
  const sums: CounterSums = new Map();
  for (const e of entries) addToCounters(sums, e);
  return sums;
}

/**
 * The `people` and `grid_people` counters the entries imply, by counter id. A month's sums stand
 * for every entry of that month, so the year and all-time counters follow by adding months up.
 * (A month whose entries sum to 0 points still counts its entries.)
 */
export function expectedPersonCounters(months: readonly MonthlyEarning[]): CounterSums {
  const sums: CounterSums = new Map();
  for (const m of months) {
    const facts = { ...m, lifetimeDelta: m.points, at: monthInstant(m.month) };
    for (const key of countersMovedBy({ ...facts, lifetimeDelta: 1 })) {
      if (key.board === 'grids') continue;
      const id = counterIdOf(key);
      const sum = sums.get(id) ?? { ...key, points: 0, entries: 0 };
      sum.points += m.points;
      sum.entries += m.entries;
      sums.set(id, sum);
    }
  }
  return sums;
}

/** An instant inside a China-time month ('2026-12' → mid-month), for deriving its period keys. */
function monthInstant(month: string): Date {
  const [y, mo] = month.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, 15));
}

/** Where a stored counter and the sum it should equal part. */
export function driftOf(actual: CounterFigures | undefined, expected: CounterFigures | undefined) {
  const a = actual ?? { points: 0, entries: 0 };
  const e = expected ?? { points: 0, entries: 0 };
  return a.points === e.points && a.entries === e.entries ? null : { expected: e, actual: a };
}
