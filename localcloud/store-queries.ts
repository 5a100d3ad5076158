/**
 * Queries over the store, each answered through a declared index (query-planner.ts) and re-tested
 * by mingo. A query no index serves is refused in strict mode (tests, CI) with a message naming
 * the collection, the filter's fields and the sort; otherwise (`npm start`) it is logged once as a
 * warning and answered by a scan. LOCALCLOUD_INDEX_MISSES=<file> also appends each miss there as a
 * JSON line (to collect the indexes a test run needs).
 */
import fs from 'node:fs';
import { stringifyEjson, idKey, type Doc } from './ejson';
import { DbError } from './errors';
import { compileQuery, findDocs } from './query-engine';
import { describeFilter } from './query-constraints';
import { planQuery, type Order, type Plan } from './query-planner';
import { countMatches, readPage, type ReadSource } from './store-reads';
import { exactCountRange } from './exact-count';
import type { Store } from './store';

export interface IndexPolicy {
  strict: boolean;
  log: (line: string) => void;
}

export interface IndexMiss {
  coll: string;
  filter: string;
  sort: string;
}

export interface PageRequest {
  order?: Record<string, 1 | -1>;
  offset?: number;
  limit: number;
}

const NATURAL: Omit<Plan, 'order'> = { scans: [{ kind: 'natural' }], label: 'natural', score: 0 };

export class StoreQueries {
  /** rows examined by queries since start (for tests and benchmarks) */
  rowsRead = 0;
  /** rows fetched from SQLite since start, examined or not (a batch read ahead counts here) */
  rowsFetched = 0;
  /** the latest queries no index served (at most 100) */
  readonly misses: IndexMiss[] = [];
  private readonly warned = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly policy: IndexPolicy,
  ) {}

  /** A page of matching documents, sorted, skipped and limited through an index. */
  find(coll: string, criteria: Record<string, unknown>, req: PageRequest): Doc[] {
    const order = orderList(req.order);
    const query = compileQuery(criteria);
    const plan = this.plan(coll, criteria, order);
    if (plan) return readPage(this.source(coll), plan, query, req.offset ?? 0, req.limit);
    const all = readPage(this.source(coll), { ...NATURAL, order: [] }, query, 0, Infinity);
    return findDocs(all, {}, { order: req.order, offset: req.offset, limit: req.limit });
  }

  count(coll: string, criteria: Record<string, unknown>): number {
    const query = compileQuery(criteria);
    if (Object.keys(criteria).length === 0) {
      this.store.requireCollection(coll);
      return this.store.sqlite.countAll(coll);
    }
    const plan = this.plan(coll, criteria, []) ?? { ...NATURAL, order: [] };
    const exact = exactCountRange(criteria, plan);
    if (exact) return this.store.sqlite.countIndexRange(exact.index.id, exact.lo, exact.hi);
    return countMatches(this.source(coll), plan, query);
  }

  /** For seed scripts and tests: every match, through an index when one serves, never refused. */
  unchecked(coll: string, criteria: Record<string, unknown>): Doc[] {
    this.store.requireCollection(coll);
    const plan = planQuery(criteria, [], this.store.indexesOf(coll)) ?? { ...NATURAL, order: [] };
    return readPage(this.source(coll), plan, compileQuery(criteria), 0, Infinity);
  }

  /** Which plan a query gets (undefined: no declared index serves it). */
  explain(coll: string, criteria: Record<string, unknown>, order?: Record<string, 1 | -1>): Plan | undefined {
    return planQuery(criteria, orderList(order), this.store.indexesOf(coll));
  }

  private plan(coll: string, criteria: Record<string, unknown>, order: Order): Plan | undefined {
    this.store.requireCollection(coll);
    const plan = planQuery(criteria, order, this.store.indexesOf(coll));
    if (plan) return plan;
    const miss: IndexMiss = {
      coll,
      filter: describeFilter(criteria),
      sort: order.length ? order.map(([f, d]) => `${f} ${d === 1 ? 'asc' : 'desc'}`).join(', ') : '(none)',
    };
    const message =
      `[IndexRequired] no index in deploy/indexes.json serves a query on collection "${coll}": ` +
      `filter ${miss.filter}; sort ${miss.sort}. Declare one whose leading fields the filter fixes by ` +
      'equality, followed by a range or the sort.';
    this.misses.push(miss);
    if (this.misses.length > 100) this.misses.shift();
    const file = process.env.LOCALCLOUD_INDEX_MISSES;
    if (file) fs.appendFileSync(file, `${JSON.stringify({ ...miss, query: stringifyEjson(criteria) })}\n`);
    if (this.policy.strict) {
      this.policy.log(`[localcloud] ${message}`);
      throw new DbError('DATABASE_REQUEST_FAILED', message);
    }
    const once = `${coll}|${miss.filter}|${miss.sort}`;
    if (!this.warned.has(once)) {
      this.warned.add(once);
      this.policy.log(`[localcloud] warning (answered by a full scan): ${message}`);
    }
    return undefined;
  }

  private source(coll: string): ReadSource {
    const store = this.store;
    return {
      file: store.sqlite,
      coll,
      docOf: (row) => store.docOf(coll, row),
      lookup: (key) => {
        const row = store.sqlite.get(coll, key);
        return row ? { rid: row.rid, doc: store.docOf(coll, row) } : undefined;
      },
      keyOf: idKey,
      onRead: () => {
        this.rowsRead += 1;
      },
      onFetch: (rows) => {
        this.rowsFetched += rows;
      },
    };
  }
}

function orderList(order: Record<string, 1 | -1> | undefined): Order {
  return Object.entries(order ?? {}).map(([f, d]) => [f, d === -1 ? -1 : 1] as const);
}
