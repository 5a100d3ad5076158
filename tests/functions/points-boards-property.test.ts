/**
 * Property: after any mix of earning, reversing, spending, refunding and moving house (run at once,
 * on the local cloud), every 红榜 the function answers — community and each grid, month, year and
 * all time — equals the boards summed straight from the ledger entries in the store; the counters
 * behind them equal those sums too, and points-timer finds no drift to repair.
 */
import fc from 'fast-check';
import { DEMO_BUILDINGS } from '../../types/demo';
import { periodStart } from '../../domain/points/periods';
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { addItem, counterBreaches, ledgerBreaches, rid, uid } from '../support/points';

let cloud: TestCloud;
const PEOPLE = Array.from({ length: 8 }, (_, i) => `prop-${i}`);
const NAMES = new Map(PEOPLE.map((p, i) => [uid(p), `属性${i}`]));
let item = '';

beforeAll(async () => {
  cloud = await startTestCloud();
  cloud.store.insertMany(
    'users',
    PEOPLE.map((openid, i) => ({
      _id: uid(openid),
      openid,
      communityId: 'c-demo',
      name: `属性${i}`,
      phone: '13700000000',
      buildingId: DEMO_BUILDINGS[i % 4]._id,
      room: '101',
      grants: [],
    })),
  );
  item = (await addItem(cloud, { cost: 2, stock: 10_000 }))._id;
});
afterAll(() => cloud.close());

type Command =
  | { type: 'award'; who: number; amount: number }
  | { type: 'reverse'; pick: number }
  | { type: 'redeem'; who: number }
  | { type: 'cancel'; pick: number }
  | { type: 'move'; who: number; building: number };

const who = fc.nat({ max: PEOPLE.length - 1 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc.record({ type: fc.constant('award' as const), who, amount: fc.integer({ min: 1, max: 40 }) }),
    weight: 4,
  },
  { arbitrary: fc.record({ type: fc.constant('reverse' as const), pick: fc.nat({ max: 99 }) }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('redeem' as const), who }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('cancel' as const), pick: fc.nat({ max: 99 }) }), weight: 1 },
  { arbitrary: fc.record({ type: fc.constant('move' as const), who, building: fc.nat({ max: 3 }) }), weight: 1 },
);

const awards: string[] = [];
const redemptions: { _id: string; owner: string }[] = [];

async function run(c: Command): Promise<void> {
  if (c.type === 'award') {
    const res = await cloud.call('points', 'demo-admin', {
      action: 'award',
      userId: uid(PEOPLE[c.who]),
      amount: c.amount,
      area: 'volunteer',
      reason: '随机活动',
      requestId: rid(),
    });
    if (res.ok) awards.push(res.data.entry._id);
  } else if (c.type === 'reverse' && awards.length) {
    await cloud.call('points', 'demo-admin', {
      action: 'reverse',
      entryId: awards[c.pick % awards.length],
      reason: '更正',
    });
  } else if (c.type === 'redeem') {
    const res = await cloud.call('points', PEOPLE[c.who], { action: 'redeem', itemId: item, requestId: rid() });
    if (res.ok) redemptions.push({ _id: res.data.redemption._id, owner: PEOPLE[c.who] });
  } else if (c.type === 'cancel' && redemptions.length) {
    const r = redemptions[c.pick % redemptions.length];
    await cloud.call('points', r.owner, { action: 'cancel', redemptionId: r._id });
  } else if (c.type === 'move') {
    const [before] = cloud.store.find('users', { _id: uid(PEOPLE[c.who]) }) as Record<string, unknown>[];
    const after = { ...before, buildingId: DEMO_BUILDINGS[c.building]._id };
    cloud.store.applyChanges([{ coll: 'users', key: String(before._id), before, after }]);
  }
}

type Row = { name: string; points: number };

/** A board summed from the entries: earnings minus reversals since `since`, positive only, ranked. */
function fromEntries(since: Date | undefined, key: 'userId' | 'gridId', gridId?: string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const e of cloud.store.find('point_entries', { communityId: 'c-demo' }) as Record<string, any>[]) {
    if (e.kind !== 'earn' && e.kind !== 'reversal') continue;
    if (since && new Date(e.at) < since) continue;
    if (gridId !== undefined && e.gridId !== gridId) continue;
    if (key === 'gridId' && !e.gridId) continue;
    sums.set(e[key], (sums.get(e[key]) ?? 0) + e.lifetimeDelta);
  }
  return sums;
}

const ranked = (sums: Map<string, number>): [string, number][] =>
  [...sums].filter(([, p]) => p > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

async function boardsMatchEntries(): Promise<void> {
  for (const period of ['month', 'year', 'all'] as const) {
    const since = periodStart(period, new Date());
    const community = data(
      await cloud.call('points', PEOPLE[0], { action: 'leaderboard', scope: 'community', period }),
    );
    const people = ranked(fromEntries(since, 'userId'))
      .slice(0, 20)
      .map(([u, points]) => ({ name: NAMES.get(u), points }));
    expect(community.people.map((p: Row) => ({ name: p.name, points: p.points }))).toEqual(people);
    const grids = fromEntries(since, 'gridId');
    expect(community.grids.map((g: { gridId: string; points: number }) => [g.gridId, g.points])).toEqual(
      [...['g-demo-1', 'g-demo-2'].map((g) => [g, grids.get(g) ?? 0] as [string, number])].sort(
        (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
      ),
    );
    for (const gridId of ['g-demo-1', 'g-demo-2']) {
      const board = data(
        await cloud.call('points', PEOPLE[0], { action: 'leaderboard', scope: 'grid', period, gridId }),
      );
      const expected = ranked(fromEntries(since, 'userId', gridId)).map(([u, points]) => ({
        name: NAMES.get(u),
        points,
      }));
      expect(board.people.map((p: Row) => ({ name: p.name, points: p.points }))).toEqual(expected);
    }
  }
}

describe('红榜 = Σ entries, after random activity', () => {
  it('holds after every batch of concurrent commands', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(command, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
        async (batches) => {
          for (const batch of batches) {
            await Promise.all(batch.map(run));
            expect(counterBreaches(cloud)).toEqual([]);
            await boardsMatchEntries();
          }
          expect(ledgerBreaches(cloud, {})).toEqual([]);
          const report = data(await cloud.call('points-timer', null, { action: 'run' })).report;
          expect(report.countersRepaired).toBe(0);
          expect(report.breaches).toEqual([]);
        },
      ),
      { numRuns: 8 },
    );
  });
});
