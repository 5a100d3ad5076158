/**
 * 红榜: people ranked by points earned in the period (China time), top 20, names only; grids ranked.
 * Spending never lowers a rank (兑换后不清零); a reversal does.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { addItem, award, ledgerBreaches, rid, uid } from '../support/points';

let cloud: TestCloud;
const PEOPLE = Array.from({ length: 25 }, (_, i) => `board-${i}`);

beforeAll(async () => {
  cloud = await startTestCloud();
  // 25 residents: the first 15 live in grid 2 (3号楼), the rest in grid 1 (1号楼).
  cloud.store.insertMany(
    'users',
    PEOPLE.map((openid, i) => ({
      _id: uid(openid),
      openid,
      communityId: 'c-demo',
      name: `榜${i}`,
      phone: `1360000${String(i).padStart(4, '0')}`,
      buildingId: i < 15 ? 'b-demo-2-1' : 'b-demo-1-1',
      room: '808',
      grants: [],
    })),
  );
  for (const [i, openid] of PEOPLE.entries()) await award(cloud, openid, 10 + i); // board-24 earned most
});
afterAll(() => cloud.close());
afterEach(() => expect(ledgerBreaches(cloud)).toEqual([]));

const board = async (openid: string, scope: string, period: string, extra: object = {}) =>
  data(await cloud.call('points', openid, { action: 'leaderboard', scope, period, ...extra }));

/** Moves an entry's time back, as if it had been earned then. */
function backdateEntry(entryId: string, at: Date) {
  const [doc] = cloud.store.find('point_entries', { _id: entryId });
  cloud.store.applyChanges([{ coll: 'point_entries', key: entryId, before: doc, after: { ...doc, at } }]);
}

describe('leaderboard', () => {
  it('ranks the top 20 of the community by points earned, with names only', async () => {
    const b = await board('board-3', 'community', 'month');
    expect(b.people).toHaveLength(20);
    expect(b.people[0]).toEqual({ rank: 1, name: '榜24', points: 34, isMe: false });
    expect(b.people.map((p: { points: number }) => p.points)).toEqual(Array.from({ length: 20 }, (_, i) => 34 - i));
    expect(JSON.stringify(b)).not.toMatch(/1360000|808|u_[0-9a-f]{24}/);
    expect(b.since).toBeDefined();
  });

  it('ranks the grids by the same totals', async () => {
    const b = await board('demo-resident-1', 'community', 'all');
    const grid2 = Array.from({ length: 15 }, (_, i) => 10 + i).reduce((s, n) => s + n, 0);
    const grid1 = Array.from({ length: 10 }, (_, i) => 25 + i).reduce((s, n) => s + n, 0);
    expect(b.grids).toEqual([
      { rank: 1, gridId: 'g-demo-1', name: '网格一', points: grid1 },
      { rank: 2, gridId: 'g-demo-2', name: '网格二', points: grid2 },
    ]);
  });

  it('a grid board ranks the people of one grid: one’s own, or another of the community', async () => {
    const own = await board('board-0', 'grid', 'year');
    expect(own.people.map((p: { name: string }) => p.name)).toEqual(
      Array.from({ length: 15 }, (_, i) => `榜${14 - i}`),
    );
    expect(own.people.find((p: { isMe: boolean }) => p.isMe)?.name).toBe('榜0');
    const other = await board('board-0', 'grid', 'year', { gridId: 'g-demo-1' });
    expect(other.people[0].name).toBe('榜24');
    expect(
      await cloud.call('points', 'board-0', {
        action: 'leaderboard',
        scope: 'grid',
        period: 'year',
        gridId: 'g-other-1',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('spending keeps one’s rank; a reversal lowers it', async () => {
    const item = await addItem(cloud, { cost: 34, stock: 1 });
    data(await cloud.call('points', 'board-24', { action: 'redeem', itemId: item._id, requestId: rid() }));
    expect((await board('board-24', 'community', 'month')).people[0]).toMatchObject({
      name: '榜24',
      points: 34,
      isMe: true,
    });
    const bonus = await award(cloud, 'board-23', 5);
    expect((await board('board-24', 'community', 'month')).people[0]).toMatchObject({ name: '榜23', points: 38 });
    data(await cloud.call('points', 'demo-admin', { action: 'reverse', entryId: bonus._id, reason: '重复加分' }));
    expect((await board('board-24', 'community', 'month')).people[0]).toMatchObject({ name: '榜24', points: 34 });
  });

  const runTimer = async () => data(await cloud.call('points-timer', null, { action: 'run' })).report;

  it('month and year start at China-time midnight; older earnings count only for longer periods', async () => {
    // An entry moved back in time here (as only a bug could) leaves the counters apart from the
    // entries: points-timer reports that drift and sets the counters to the entries' sums.
    const now = new Date();
    const old = await award(cloud, 'board-0', 1000);
    // The instant before this China-time month (and year) began, and a moment within last year.
    const china = new Date(now.getTime() + 8 * 3600_000);
    const monthStart = Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), 1) - 8 * 3600_000;
    backdateEntry(old._id, new Date(monthStart - 1));
    const repair = await runTimer();
    expect(repair.countersRepaired).toBeGreaterThan(0);
    expect(repair.breaches).toContainEqual(
      expect.objectContaining({
        kind: 'counter_drift',
        counterId: expect.stringContaining(':people:m'),
        repaired: true,
      }),
    );
    expect((await runTimer()).countersRepaired).toBe(0);
    const month = await board('board-0', 'community', 'month');
    expect(month.since).toBe(new Date(monthStart).toISOString());
    expect(month.people[0].name).not.toBe('榜0');
    const all = await board('board-0', 'community', 'all');
    expect(all.people[0]).toMatchObject({ name: '榜0', points: 1010 });
    const yearStart = Date.UTC(china.getUTCFullYear(), 0, 1) - 8 * 3600_000;
    backdateEntry(old._id, new Date(yearStart - 1));
    await runTimer();
    expect((await board('board-0', 'community', 'year')).people[0].name).not.toBe('榜0');
  });

  const gridRow = (b: { grids: { gridId: string }[] }) => b.grids.find((g) => g.gridId === 'g-demo-1');

  it('a grid counter knocked off its people’s sum is reported and set back by points-timer', async () => {
    const [grid] = cloud.store.find('point_counters', {
      board: 'grids',
      period: 'all',
      subjectId: 'g-demo-1',
    }) as Record<string, any>[];
    const right = grid.points;
    cloud.store.applyChanges([
      { coll: 'point_counters', key: grid._id, before: grid, after: { ...grid, points: right + 7 } },
    ]);
    expect(gridRow(await board('board-0', 'community', 'all'))).toMatchObject({
      gridId: 'g-demo-1',
      points: right + 7,
    });
    const report = await runTimer();
    expect(report.breaches).toEqual([
      expect.objectContaining({ counterId: grid._id, expected: right, actual: right + 7, repaired: true }),
    ]);
    expect(gridRow(await board('board-0', 'community', 'all'))).toMatchObject({ gridId: 'g-demo-1', points: right });
  });

  it('another community sees only its own board', async () => {
    const b = await board('demo-resident-b', 'community', 'all');
    expect(b.people).toEqual([]);
    expect(b.grids.map((g: { gridId: string }) => g.gridId)).toEqual(['g-other-1']);
  });
});
