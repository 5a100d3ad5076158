/**
 * CRUD and query semantics through the pinned SDK (fixture function crud-lab), plus the Store
 * API that seed scripts use directly.
 */
import fs from 'node:fs';
import { MAX_GET_LIMIT, openStore } from '../../localcloud';
import { startFixtureCloud, tempDir, type FixtureCloud } from './support';

let fx: FixtureCloud;

beforeAll(async () => {
  fx = await startFixtureCloud();
});

afterAll(() => fx.stop());

async function scenario(name: string, event: Record<string, unknown> = {}) {
  const reply = await fx.call('crud-lab', { scenario: name, ...event }, 'crud-user');
  expect(reply.status).toBe(200);
  return reply.body;
}

const tenDocs = () =>
  Array.from({ length: 10 }, (_, k) => ({ _id: `d${k}`, n: k, tag: ['x', 'y', 'z'][k % 3], meta: { level: k % 3 } }));

describe('database semantics through wx-server-sdk', () => {
  test('add generates a 32-hex _id (or keeps a given one); doc().get returns the document', async () => {
    const coll = fx.collectionWith([]);
    const r = await scenario('addAndGet', { coll });
    expect(r.added._id).toMatch(/^[0-9a-f]{32}$/);
    expect(r.explicit._id).toBe('fixed-id');
    expect(r.data).toEqual({ _id: r.added._id, name: 'a', n: 1, nested: { x: 1 }, tags: ['t1'] });
    expect(r.missing).toBeNull();
  });

  test('update with db.command operators (inc, push, set, remove, nested merge)', async () => {
    const coll = fx.collectionWith([{ _id: 'u1', n: 1, tags: ['t1'], nested: { x: 1 }, gone: 1 }]);
    const r = await scenario('updateOps', { coll, id: 'u1' });
    expect(r.stats).toEqual({ updated: 1 });
    expect(r.noop).toEqual({ updated: 0 });
    expect(r.absent).toEqual({ updated: 0 });
    expect(r.data).toEqual({ _id: 'u1', n: 6, tags: ['t1', 't2', 't3'], nested: { x: 1, y: 2 }, label: { k: 'v' } });
  });

  test('set replaces a document, or creates it', async () => {
    const coll = fx.collectionWith([{ _id: 's1', old: true, n: 1 }]);
    const r = await scenario('setDoc', { coll, id: 's1' });
    expect(r.replaced).toEqual({ updated: 1, created: 0 });
    expect(r.created).toEqual({ updated: 0, created: 1 });
    expect(r.doc).toEqual({ _id: 's1', only: true });
    expect(r.made).toEqual({ _id: 'made-by-set', fresh: 1 });
  });

  test('where with gt/lt, in, or, nested fields; orderBy, skip, limit; count; field projection', async () => {
    const r = await scenario('queries', { coll: fx.collectionWith(tenDocs()) });
    expect(r.gtLt).toEqual(['d3', 'd4', 'd5']);
    expect(r.inList).toEqual(['d0', 'd2', 'd3', 'd5', 'd6', 'd8', 'd9']);
    expect(r.or).toEqual(['d9', 'd1']);
    expect(r.nested).toEqual(['d2', 'd5', 'd8']);
    expect(r.page).toEqual(['d7', 'd6', 'd5']);
    expect(r.count).toBe(5);
    expect(r.fields).toEqual([{ _id: 'd1', n: 1 }]);
    expect(r.docFields).toEqual({ _id: 'd1', tag: 'y' });
  });

  test('aggregate with match, group, sort and limit', async () => {
    const r = await scenario('aggregate', { coll: fx.collectionWith(tenDocs()) });
    expect(r.list).toEqual([
      { _id: 'x', total: 18, count: 3 },
      { _id: 'z', total: 15, count: 3 },
    ]);
  });

  test(`get() returns at most ${MAX_GET_LIMIT} records, whatever limit is asked`, async () => {
    const coll = fx.collectionWith(Array.from({ length: 250 }, (_, k) => ({ n: k })));
    expect(await scenario('cap', { coll })).toEqual({ byDefault: 100, asked500: 100, lastPage: 100, total: 250 });
  });

  test('any operation on a missing collection fails with errCode -502005', async () => {
    const r = await scenario('missingCollection');
    for (const op of ['get', 'docGet', 'add', 'count', 'update']) {
      expect(r[op]).toMatchObject({ errCode: -502005 });
    }
  });

  test('Dates and serverDate round-trip as Dates', async () => {
    const r = await scenario('dates', { coll: fx.collectionWith([]) });
    expect(r).toMatchObject({ givenIsDate: true, givenIso: '2024-05-01T08:00:00.123Z', stampedIsDate: true });
    expect(r.stampedDelta).toBeGreaterThanOrEqual(0);
    expect(r.stampedDelta).toBeLessThan(5000);
    expect(r.offsetDelta).toBe(60000);
    expect(r.byDate).toBe(1);
  });

  test('remove by doc and by where', async () => {
    const coll = fx.collectionWith([
      { _id: 'r1' },
      { _id: 'r2', kind: 'bulk' },
      { _id: 'r3', kind: 'bulk' },
      { _id: 'r4' },
    ]);
    expect(await scenario('removes', { coll })).toEqual({
      one: { removed: 1 },
      again: { removed: 0 },
      batch: { removed: 2 },
      left: 1,
    });
  });
});

describe('the Store API for seed scripts', () => {
  test('insertMany, find, count; data survives a reopen; only one process may hold a data dir', () => {
    const dir = tempDir();
    try {
      const store = openStore(dir);
      expect(store.isNew).toBe(true);
      store.ensureCollection('people');
      const when = new Date('2024-01-02T03:04:05.006Z');
      const ids = store.insertMany('people', [
        { _id: 'p1', name: '张三', age: 70, when },
        { name: '李四', age: 40 },
      ]);
      expect(ids[0]).toBe('p1');
      expect(ids[1]).toMatch(/^[0-9a-f]{32}$/);
      expect(() => store.insertMany('people', [{ _id: 'p1' }])).toThrow(/duplicate/);
      expect(() => store.insertMany('nobody', [{ a: 1 }])).toThrow(/not exist/);
      expect(store.count('people')).toBe(2);
      expect(store.count('people', { age: { $gte: 60 } })).toBe(1);
      store.close();

      const again = openStore(dir);
      try {
        expect(again.isNew).toBe(false);
        const [p1] = again.find('people', { _id: 'p1' });
        expect(p1).toEqual({ _id: 'p1', name: '张三', age: 70, when });
        expect(p1.when).toBeInstanceOf(Date);
        expect(() => openStore(dir)).toThrow(/in use/);
      } finally {
        again.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('startLocalCloud ensures collections and seeds only a new data dir', async () => {
    const dir = tempDir();
    const seeded: number[] = [];
    const start = () =>
      startFixtureCloud({
        dataDir: dir,
        collections: ['probe', 'tasks', 'extra'],
        seedIfEmpty: (store) => {
          seeded.push(1);
          store.insertMany('extra', [{ _id: 'seed-1' }]);
        },
      });
    try {
      const first = await start();
      await first.cloud.close();
      const second = await start();
      expect(second.cloud.store.count('extra')).toBe(1);
      expect(seeded).toHaveLength(1);
      await second.cloud.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
