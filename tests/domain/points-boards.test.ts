/**
 * 红榜 counters as pure rules: which counters an entry moves, in which China-time period, and the
 * monthly sums reconciliation reads add up to the same counters as the entries one by one.
 */
import fc from 'fast-check';
import {
  countersMovedBy,
  countersOf,
  expectedPersonCounters,
  periodKeyFor,
  periodKeysOf,
  type BoardFacts,
} from '../../domain/points/boards';
import { chinaMonthOf } from '../../domain/points/periods';

describe('board periods (China time)', () => {
  it('a month starts at China-time midnight of the 1st', () => {
    const start = Date.UTC(2026, 11, 1) - 8 * 3600_000; // 2026-12-01 00:00 in Beijing
    expect(periodKeysOf(new Date(start))).toEqual(['all', 'y2026', 'm2026-12']);
    expect(periodKeysOf(new Date(start - 1))).toEqual(['all', 'y2026', 'm2026-11']);
    expect(periodKeysOf(new Date(Date.UTC(2026, 0, 1) - 8 * 3600_000 - 1))).toEqual(['all', 'y2025', 'm2025-12']);
    expect(periodKeyFor('year', new Date(start))).toBe('y2026');
    expect(periodKeyFor('all', new Date(start))).toBe('all');
  });
});

describe('counters an entry moves', () => {
  const at = new Date('2026-12-05T00:00:00Z');
  it('an earning on a grid moves 9: people, grid_people and grids, for all time, its year and month', () => {
    const keys = countersMovedBy({ communityId: 'c', userId: 'u', gridId: 'g', lifetimeDelta: 5, at });
    expect(keys).toHaveLength(9);
    expect(keys.filter((k) => k.board === 'grids').map((k) => k.subjectId)).toEqual(['g', 'g', 'g']);
    expect(keys.filter((k) => k.board === 'grid_people').every((k) => k.gridId === 'g')).toBe(true);
  });
  it('without a grid only the people board; spending and refunds move nothing', () => {
    expect(countersMovedBy({ communityId: 'c', userId: 'u', gridId: '', lifetimeDelta: 5, at })).toHaveLength(3);
    expect(countersMovedBy({ communityId: 'c', userId: 'u', gridId: 'g', lifetimeDelta: 0, at })).toEqual([]);
  });
});

const entry: fc.Arbitrary<BoardFacts> = fc.record({
  communityId: fc.constantFrom('c1', 'c2'),
  userId: fc.constantFrom('u1', 'u2', 'u3'),
  gridId: fc.constantFrom('', 'g1', 'g2'),
  lifetimeDelta: fc.integer({ min: -20, max: 20 }).filter((n) => n !== 0),
  at: fc.date({ min: new Date('2024-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
});

describe('reconciliation sums', () => {
  it('monthly sums per person and grid imply the same person counters as the entries one by one', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        const months = new Map<
          string,
          { communityId: string; userId: string; gridId: string; month: string; points: number; entries: number }
        >();
        for (const e of entries) {
          const month = chinaMonthOf(e.at);
          const k = `${e.communityId}|${e.userId}|${e.gridId}|${month}`;
          const m = months.get(k) ?? {
            communityId: e.communityId,
            userId: e.userId,
            gridId: e.gridId,
            month,
            points: 0,
            entries: 0,
          };
          m.points += e.lifetimeDelta;
          m.entries += 1;
          months.set(k, m);
        }
        const direct = [...countersOf(entries)].filter(([, c]) => c.board !== 'grids');
        const viaMonths = expectedPersonCounters([...months.values()]);
        expect(new Map(direct)).toEqual(viaMonths);
      }),
    );
  });

  it('a grid counter is the sum of its people’s grid counters', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        const all = [...countersOf(entries).values()];
        for (const g of all.filter((c) => c.board === 'grids')) {
          const people = all.filter(
            (c) =>
              c.board === 'grid_people' &&
              c.communityId === g.communityId &&
              c.period === g.period &&
              c.gridId === g.subjectId,
          );
          expect(people.reduce((s, c) => s + c.points, 0)).toBe(g.points);
          expect(people.reduce((s, c) => s + c.entries, 0)).toBe(g.entries);
        }
      }),
    );
  });
});
