/**
 * Queries are served by declared indexes: through the real SDK (fixture function index-lab), a
 * query no index serves is refused in strict mode and merely logged otherwise; a served page reads
 * about as many rows as it returns (the store's rowsRead counter); `_id` lists are lookups.
 * Expected answers are computed here from the seeded documents with plain JS.
 */
import { strictFromEnv } from '../../localcloud';
import { startFixtureCloud, type FixtureCloud } from './support';

const INDEXES = {
  items: [
    {
      name: 'owner_at',
      keys: [
        ['owner', 1],
        ['at', -1],
        ['_id', -1],
      ],
    },
    {
      name: 'status_rank',
      keys: [
        ['status', 1],
        ['rank', 1],
      ],
    },
  ],
};

type Item = {
  _id: string;
  owner: string;
  at: Date;
  status: string;
  rank: number;
  color: string;
};

const BASE = Date.UTC(2026, 0, 1);
const ITEMS: Item[] = Array.from({ length: 2000 }, (_, i) => ({
  _id: `i${String(i).padStart(5, '0')}`,
  owner: `o${(i * 7) % 10}`,
  at: new Date(BASE + Math.floor(i / 3) * 60_000), // three items share each minute: ties on `at`
  status: i % 4 === 0 ? 'closed' : 'open',
  rank: i % 50,
  color: ['red', 'green', 'blue'][i % 3],
}));

/** newest first, then _id descending: the order the owner_at index keeps */
const byAtDesc = (a: Item, b: Item) => b.at.getTime() - a.at.getTime() || (a._id < b._id ? 1 : -1);

let fx: FixtureCloud;

beforeAll(async () => {
  fx = await startFixtureCloud({ strictIndexes: true, indexes: INDEXES, collections: ['items'] });
  for (let i = 0; i < ITEMS.length; i += 500) fx.cloud.store.insertMany('items', ITEMS.slice(i, i + 500));
});

afterAll(() => fx.stop());

async function run(event: Record<string, unknown>) {
  const before = fx.cloud.store.queries.rowsRead;
  const fetchedBefore = fx.cloud.store.queries.rowsFetched;
  const reply = await fx.call('index-lab', { coll: 'items', ...event });
  expect(reply.status).toBe(200);
  return {
    ...reply.body,
    rowsRead: fx.cloud.store.queries.rowsRead - before,
    rowsFetched: fx.cloud.store.queries.rowsFetched - fetchedBefore,
  };
}

const date = (d: Date) => ({ $date: d.getTime() });

describe('strict indexes', () => {
  test('a query no declared index serves is refused, naming the collection, the filter fields and the sort', async () => {
    const r = await run({ filter: { color: 'red', rank: { $gt: 3 } }, order: [['rank', 'desc']], limit: 20 });
    expect(r.ids).toBeUndefined();
    expect(r.error.errCode).toBe(-502001);
    expect(r.error.message).toContain('"items"');
    expect(r.error.message).toContain('color(eq), rank(gt)');
    expect(r.error.message).toContain('sort rank desc');
    expect(fx.logs.some((line) => line.includes('[IndexRequired]'))).toBe(true);
  });

  test('a sort the index does not keep is refused, even with the equality prefix fixed', async () => {
    const r = await run({ filter: { owner: 'o1' }, order: [['rank', 'asc']], limit: 20 });
    expect(r.error.message).toMatch(/owner\(eq\); sort rank asc/);
  });

  test('count, where().update() and where().remove() without an index are refused and change nothing', async () => {
    const filter = { color: 'green' };
    expect((await run({ op: 'count', filter })).error.message).toContain('color(eq)');
    expect((await run({ op: 'update', filter, data: { touched: true } })).error.message).toContain('color(eq)');
    expect((await run({ op: 'remove', filter })).error.message).toContain('color(eq)');
    expect(fx.cloud.store.count('items', { touched: true })).toBe(0);
    expect(fx.cloud.store.count('items')).toBe(ITEMS.length);
  });

  test('strict under jest and CI unless LOCALCLOUD_STRICT_INDEXES says otherwise', () => {
    expect(strictFromEnv({ JEST_WORKER_ID: '1' })).toBe(true);
    expect(strictFromEnv({ CI: 'true' })).toBe(true);
    expect(strictFromEnv({})).toBe(false);
    expect(strictFromEnv({ JEST_WORKER_ID: '1', LOCALCLOUD_STRICT_INDEXES: '0' })).toBe(false);
    expect(strictFromEnv({ LOCALCLOUD_STRICT_INDEXES: '1' })).toBe(true);
  });
});

describe('index-served reads', () => {
  const mine = ITEMS.filter((d) => d.owner === 'o3').sort(byAtDesc);

  test('a page of 20 through an index reads about 21 rows, in the index order', async () => {
    expect(mine.length).toBeGreaterThan(150);
    const r = await run({
      filter: { owner: 'o3' },
      order: [
        ['at', 'desc'],
        ['_id', 'desc'],
      ],
      limit: 20,
    });
    expect(r.ids).toEqual(mine.slice(0, 20).map((d) => d._id));
    expect(r.rowsRead).toBeGreaterThanOrEqual(20);
    expect(r.rowsRead).toBeLessThanOrEqual(21);
  });

  test('the next page by a keyset cursor (an $or on at, _id) also reads about 21 rows', async () => {
    const last = mine[19];
    const cursor = { $or: [{ at: { $lt: date(last.at) } }, { at: date(last.at), _id: { $lt: last._id } }] };
    const r = await run({
      filter: { $and: [{ owner: 'o3' }, cursor] },
      order: [
        ['at', 'desc'],
        ['_id', 'desc'],
      ],
      limit: 20,
    });
    expect(r.ids).toEqual(mine.slice(20, 40).map((d) => d._id));
    expect(r.rowsRead).toBeLessThanOrEqual(23);
  });

  test('an $in on an index field reads one range per value, merged in sort order', async () => {
    const expected = ITEMS.filter((d) => d.owner === 'o1' || d.owner === 'o2').sort(byAtDesc);
    const r = await run({
      filter: { owner: { $in: ['o2', 'o1'] } },
      order: [
        ['at', 'desc'],
        ['_id', 'desc'],
      ],
      limit: 20,
    });
    expect(r.ids).toEqual(expected.slice(0, 20).map((d) => d._id));
    expect(r.rowsRead).toBeLessThanOrEqual(42);
    // each range's first batch, and no second one read ahead once the page is full
    expect(r.rowsFetched).toBeLessThanOrEqual(42);
  });

  test('merged ranges where one is empty (我的诉求: mine or 代办 by me) fetch about one page', async () => {
    const r = await run({
      filter: { owner: { $in: ['o3', 'nobody'] } },
      order: [
        ['at', 'desc'],
        ['_id', 'desc'],
      ],
      limit: 21,
    });
    expect(r.ids).toEqual(mine.slice(0, 21).map((d) => d._id));
    expect(r.rowsFetched).toBeLessThanOrEqual(21);
  });

  test('_id: _.in([...]) is a key lookup: it reads only the documents it names', async () => {
    const ids = [ITEMS[1999]._id, ITEMS[7]._id, 'no-such-item', ITEMS[1000]._id];
    const r = await run({ filter: { _id: { $in: ids } } });
    expect([...r.ids].sort()).toEqual([ITEMS[7]._id, ITEMS[1000]._id, ITEMS[1999]._id]);
    expect(r.rowsRead).toBe(3);
    expect(fx.cloud.store.queries.explain('items', { _id: { $in: ids } })?.label).toBe('_id lookup');
  });

  test('a range on the field after the equality prefix reads only that range', async () => {
    const expected = ITEMS.filter((d) => d.status === 'open' && d.rank >= 10 && d.rank < 12).length;
    const r = await run({ op: 'count', filter: { status: 'open', rank: { $gte: 10, $lt: 12 } } });
    expect(r.total).toBe(expected);
    expect(r.rowsRead).toBe(expected);
  });

  test('where().update() and where().remove() go through the index and change exactly the matches', async () => {
    const filter = { status: 'open', rank: 49 };
    const matching = ITEMS.filter((d) => d.status === 'open' && d.rank === 49).length;
    const updated = await run({ op: 'update', filter, data: { flagged: true } });
    expect(updated.stats).toEqual({ updated: matching });
    expect(updated.rowsRead).toBe(matching);
    expect(fx.cloud.store.count('items', { flagged: true })).toBe(matching);
    const removed = await run({ op: 'remove', filter });
    expect(removed.stats).toEqual({ removed: matching });
    expect(fx.cloud.store.count('items')).toBe(ITEMS.length - matching);
    expect((await run({ op: 'count', filter })).total).toBe(0);
  });
});

test('without strict mode an unindexed query is answered by a scan and logged once as a warning', async () => {
  const loose = await startFixtureCloud({ strictIndexes: false, indexes: INDEXES, collections: ['items'] });
  try {
    loose.cloud.store.insertMany('items', ITEMS.slice(0, 30));
    const ask = () =>
      loose.call('index-lab', { coll: 'items', filter: { color: 'blue' }, order: [['rank', 'asc']], limit: 5 });
    const expected = ITEMS.slice(0, 30)
      .filter((d) => d.color === 'blue')
      .sort((a, b) => a.rank - b.rank)
      .slice(0, 5)
      .map((d) => d._id);
    expect((await ask()).body.ids).toEqual(expected);
    expect((await ask()).body.ids).toEqual(expected);
    const warnings = loose.logs.filter((l) => l.includes('warning') && l.includes('"items"'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('color(eq)');
  } finally {
    await loose.stop();
  }
});
