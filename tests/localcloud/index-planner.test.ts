/**
 * The index path answers exactly what mingo answers over the whole collection: random documents
 * (mixed types, missing fields, arrays), random writes between reads, and random queries of the
 * shapes the functions use (equality prefix, `$in`, ranges, keyset cursors, `$or`, both sort
 * directions, skip/limit) through indexes with mixed directions. Sorts end with `_id`, so the
 * expected order is total.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import { openStore, type Doc, type Store } from '../../localcloud';
import { findDocs } from '../../localcloud/query-engine';
import { tempDir } from './support';

const INDEXES = {
  t: [
    {
      name: 'a_b',
      keys: [
        ['a', 1],
        ['b', -1],
        ['_id', 1],
      ],
    },
    {
      name: 'b',
      keys: [
        ['b', 1],
        ['_id', -1],
      ],
    },
    {
      name: 'tags',
      keys: [
        ['tags', 1],
        ['_id', 1],
      ],
    },
  ],
};

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const aValue = fc.oneof(fc.constantFrom(0, 1, 2, 'x', 'y', null), fc.constant(undefined));
const bValue = fc.oneof(
  fc.integer({ min: 0, max: 4 }).map(day),
  fc.integer({ min: -2, max: 2 }),
  fc.constant(undefined),
);
const docArb = fc.record({
  a: aValue,
  b: bValue,
  tags: fc.option(fc.uniqueArray(fc.constantFrom('t1', 't2', 't3'), { maxLength: 3 }), { nil: undefined }),
});

type Order = Record<string, 1 | -1>;
interface Q {
  criteria: Record<string, unknown>;
  order: Order;
  offset: number;
  limit: number;
}

const dir = fc.constantFrom<1 | -1>(1, -1);
const paging = fc.record({ offset: fc.integer({ min: 0, max: 5 }), limit: fc.integer({ min: 1, max: 12 }) });
const bBound = fc.oneof(fc.integer({ min: 0, max: 4 }).map(day), fc.integer({ min: -2, max: 2 }));
const rangeOp = fc.constantFrom('$gt', '$gte', '$lt', '$lte');

const queryArb: fc.Arbitrary<Q> = fc.oneof(
  // a fixed (or $in), sorted by the a_b index either way, maybe a range on b
  fc
    .record({
      a: fc.oneof(
        fc.constantFrom(0, 1, 'x', null),
        fc.uniqueArray(fc.constantFrom(0, 1, 2, 'y'), { minLength: 1, maxLength: 3 }),
      ),
      range: fc.option(fc.tuple(rangeOp, bBound), { nil: undefined }),
      d: dir,
      p: paging,
    })
    .map(({ a, range, d, p }) => ({
      criteria: {
        a: Array.isArray(a) ? { $in: a } : a,
        ...(range ? { b: { [range[0]]: range[1] } } : {}),
      },
      order: { b: -d as 1 | -1, _id: d },
      ...p,
    })),
  // a range on b alone, both directions, and a keyset cursor after some (b, _id)
  fc
    .record({
      op: rangeOp,
      v: bBound,
      d: dir,
      p: paging,
      cursor: fc.option(fc.tuple(bBound, fc.integer({ min: 0, max: 40 })), { nil: undefined }),
    })
    .map(({ op, v, d, p, cursor }) => {
      const terms: Record<string, unknown>[] = [{ b: { [op]: v } }];
      if (cursor) {
        const [at, n] = cursor;
        const cmp = d === 1 ? '$gt' : '$lt';
        terms.push({
          $or: [{ b: { [cmp]: at } }, { b: at, _id: { [d === 1 ? '$lt' : '$gt']: `d${String(n).padStart(3, '0')}` } }],
        });
      }
      return { criteria: { $and: terms }, order: { b: d, _id: -d as 1 | -1 }, ...p };
    }),
  // an array field, an $or over two indexes, and _id lookups
  fc.record({ tag: fc.constantFrom('t1', 't2'), d: dir, p: paging }).map(({ tag, d, p }) => ({
    criteria: { tags: tag },
    order: { _id: d },
    ...p,
  })),
  fc.record({ a: fc.constantFrom(0, 'x'), tag: fc.constantFrom('t1', 't3') }).map(({ a, tag }) => ({
    criteria: { $or: [{ a }, { tags: tag }] },
    order: {},
    offset: 0,
    limit: 1000,
  })),
  fc.uniqueArray(fc.integer({ min: 0, max: 45 }), { maxLength: 6 }).map((ns) => ({
    criteria: { _id: { $in: ns.map((n) => `d${String(n).padStart(3, '0')}`) } },
    order: { _id: 1 as const },
    offset: 0,
    limit: 100,
  })),
);

const opArb = fc.oneof(
  fc.record({ kind: fc.constant('query' as const), q: queryArb }),
  fc.record({ kind: fc.constant('update' as const), n: fc.nat(50), doc: docArb }),
  fc.record({ kind: fc.constant('remove' as const), n: fc.nat(50) }),
);

const clean = (d: Record<string, unknown>): Doc =>
  Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as Doc;

function check(store: Store, q: Q): void {
  const all = store.find('t');
  const expected = findDocs(all, q.criteria, { order: q.order, offset: q.offset, limit: q.limit }).map((d) => d._id);
  expect(store.queries.explain('t', q.criteria, q.order)).toBeDefined();
  const got = store.queries.find('t', q.criteria, q).map((d) => d._id);
  if (Object.keys(q.order).length) expect(got).toEqual(expected);
  else expect([...got].sort()).toEqual([...expected].sort());
  expect(store.queries.count('t', q.criteria)).toBe(findDocs(all, q.criteria, { limit: Infinity }).length);
}

test('index-served answers equal mingo over the whole collection, across random writes', () => {
  fc.assert(
    fc.property(fc.array(docArb, { minLength: 5, maxLength: 40 }), fc.array(opArb, { maxLength: 25 }), (docs, ops) => {
      const dir = tempDir('planner-');
      const store = openStore(dir, { indexes: INDEXES, strictIndexes: true, log: () => undefined });
      try {
        store.ensureCollection('t');
        store.insertMany(
          't',
          docs.map((d, i) => clean({ _id: `d${String(i).padStart(3, '0')}`, ...d })),
        );
        for (const op of ops) {
          if (op.kind === 'query') {
            check(store, op.q);
            continue;
          }
          const key = `d${String(op.n).padStart(3, '0')}`;
          const before = store.get('t', key);
          const after = op.kind === 'remove' ? null : clean({ _id: key, ...op.doc });
          store.applyChanges([{ coll: 't', key, before, after }]);
        }
        check(store, {
          criteria: { a: { $in: [0, 1, 2, 'x', 'y', null] } },
          order: { b: 1, _id: -1 },
          offset: 0,
          limit: 100,
        });
      } finally {
        store.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }),
    { numRuns: 60 },
  );
});

test('an unindexed query is refused by the store in strict mode, naming collection, fields and sort', () => {
  const dir = tempDir('planner-');
  const store = openStore(dir, { indexes: INDEXES, strictIndexes: true, log: () => undefined });
  try {
    store.ensureCollection('t');
    expect(() => store.queries.find('t', { b: 1, tags: { $ne: 'x' } }, { order: { a: 1 }, limit: 5 })).toThrow(
      /collection "t": filter b\(eq\), tags\(ne\); sort a asc/,
    );
    expect(() => store.queries.count('t', { tags: { $ne: 't1' } })).toThrow(/tags\(ne\); sort \(none\)/);
    expect(store.queries.misses.map((m) => m.coll)).toEqual(['t', 't']);
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('indexes are built for documents already there when the declared list changes, and dropped when gone', () => {
  const dir = tempDir('planner-');
  try {
    const first = openStore(dir, { indexes: {}, strictIndexes: true, log: () => undefined });
    first.ensureCollection('t');
    first.insertMany('t', [
      { _id: 'p', a: 1, b: 2 },
      { _id: 'q', a: 1, b: 3 },
      { _id: 'r', a: 2, b: 1 },
    ]);
    expect(() => first.queries.find('t', { a: 1 }, { order: { b: -1, _id: 1 }, limit: 10 })).toThrow(/IndexRequired/);
    first.close();
    const second = openStore(dir, { indexes: INDEXES, strictIndexes: true, log: () => undefined });
    expect(second.queries.find('t', { a: 1 }, { order: { b: -1, _id: 1 }, limit: 10 }).map((d) => d._id)).toEqual([
      'q',
      'p',
    ]);
    second.close();
    const third = openStore(dir, { indexes: {}, strictIndexes: true, log: () => undefined });
    expect(() => third.queries.find('t', { a: 1 }, { order: { b: -1, _id: 1 }, limit: 10 })).toThrow(/IndexRequired/);
    third.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('memory holds no documents at start-up and only what queries read, up to the cache size', () => {
  const dir = tempDir('planner-');
  try {
    const first = openStore(dir, { indexes: INDEXES, strictIndexes: true, log: () => undefined });
    first.ensureCollection('t');
    for (let i = 0; i < 3000; i += 1000) {
      first.insertMany(
        't',
        Array.from({ length: 1000 }, (_, k) => ({ _id: `d${i + k}`, a: (i + k) % 7, b: i + k })),
      );
    }
    first.close();
    const store = openStore(dir, { indexes: INDEXES, strictIndexes: true, log: () => undefined, cacheSize: 100 });
    expect(store.cachedDocs).toBe(0);
    expect(store.queries.find('t', { a: 3 }, { order: { b: -1, _id: 1 }, limit: 20 })).toHaveLength(20);
    expect(store.cachedDocs).toBe(20);
    expect(store.queries.count('t', { a: { $in: [1, 2] } })).toBe(858);
    expect(store.cachedDocs).toBe(100);
    store.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a count read from the index alone counts a document with several keys in the range once', () => {
  const dir = tempDir('exact-count-');
  const store = openStore(dir, {
    indexes: {
      t: [
        {
          name: 'a_tags',
          keys: [
            ['a', 1],
            ['tags', 1],
          ],
        },
      ],
    },
    strictIndexes: true,
    log: () => undefined,
  });
  try {
    store.ensureCollection('t');
    store.insertMany('t', [
      { _id: 'd1', a: 'x', tags: ['t1', 't2', 't3'] },
      { _id: 'd2', a: 'x', tags: [] },
      { _id: 'd3', a: 'y', tags: ['t1'] },
    ]);
    expect(store.queries.count('t', { a: 'x' })).toBe(2);
    expect(store.queries.count('t', { a: 'x', tags: 't2' })).toBe(1);
    expect(store.queries.count('t', { a: 'z' })).toBe(0);
  } finally {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
