/**
 * Reading a plan (query-planner.ts) out of SQLite: each scan fetches its rows in small batches
 * (the first as large as the page asked for, then doubling), so a page of 20 over one index reads
 * about 20 rows; several scans (an `$in` on an index field, the branches of an `$or`) are merged in
 * sort order with duplicates dropped. mingo tests every candidate before it counts.
 */
import type { Query } from 'mingo';
import type { Doc } from './ejson';
import { sortKeyOf } from './index-keys';
import type { Order, Plan, Scan } from './query-planner';
import type { Row, SqliteFile } from './sqlite';

export interface Candidate {
  rid: number;
  doc: Doc;
}

export interface ReadSource {
  file: SqliteFile;
  coll: string;
  /** the parsed document of a row (from the cache when it holds it) */
  docOf(row: Row): Doc;
  /** one lookup by key */
  lookup(key: string): Candidate | undefined;
  keyOf(id: string | number): string;
  /** counts every row a query examines */
  onRead(): void;
  /** counts the rows fetched from SQLite (each with its body), examined or not */
  onFetch(rows: number): void;
}

const MAX_BATCH = 1000;

function* rowsOf(src: ReadSource, scan: Scan, order: Order, firstBatch: number): Generator<Candidate> {
  let batch = Math.max(1, Math.min(firstBatch, MAX_BATCH));
  const grow = (): number => (batch = Math.min(batch * 2, MAX_BATCH));
  const emit = (row: Row): Candidate => {
    src.onRead();
    return { rid: row.rid, doc: src.docOf(row) };
  };
  switch (scan.kind) {
    case 'ids': {
      const found: Candidate[] = [];
      for (const id of new Set(scan.ids)) {
        const c = src.lookup(src.keyOf(id));
        if (c) {
          src.onRead();
          found.push(c);
        }
      }
      if (order.length) {
        const keyed = found.map((c) => ({ c, k: sortKeyOf(c.doc, order) }));
        keyed.sort((a, b) => Buffer.compare(a.k, b.k) || a.c.rid - b.c.rid);
        yield* keyed.map((x) => x.c);
      } else {
        yield* found.sort((a, b) => a.rid - b.rid);
      }
      return;
    }
    case 'index': {
      let after: { k: Buffer; rid: number } | undefined;
      for (;;) {
        const rows = src.file.indexRange(scan.index.id, scan.lo, scan.hi, scan.reverse, batch, after);
        src.onFetch(rows.length);
        for (const row of rows) yield emit(row);
        if (rows.length < batch) return;
        const last = rows[rows.length - 1];
        after = { k: last.k, rid: last.rid };
        grow();
      }
    }
    case 'idRange': {
      let { lo, hi } = scan;
      for (;;) {
        const rows = src.file.keyRange(src.coll, lo, hi, scan.reverse, batch);
        src.onFetch(rows.length);
        for (const row of rows) yield emit(row);
        if (rows.length < batch) return;
        const last = rows[rows.length - 1].key;
        if (scan.reverse) hi = last;
        else lo = `${last}\u0000`;
        grow();
      }
    }
    case 'natural': {
      for (let after = 0; ;) {
        const rows = src.file.natural(src.coll, after, batch);
        src.onFetch(rows.length);
        for (const row of rows) yield emit(row);
        if (rows.length < batch) return;
        after = rows[rows.length - 1].rid;
        grow();
      }
    }
  }
}

/** Candidates of a plan, each document once, in the plan's order (merged across scans). */
export function* candidatesOf(src: ReadSource, plan: Plan, firstBatch: number): Generator<Candidate> {
  const seen = new Set<number>();
  const streams = plan.scans.map((scan) => rowsOf(src, scan, plan.order, firstBatch));
  if (plan.order.length === 0 || streams.length === 1) {
    for (const stream of streams) for (const c of stream) if (!seen.has(c.rid) && seen.add(c.rid)) yield c;
    return;
  }
  const heads = streams.map((s) => next(s, plan.order));
  for (;;) {
    let at = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (h && (at < 0 || Buffer.compare(h.k, (heads[at] as { k: Buffer }).k) < 0)) at = i;
    }
    if (at < 0) return;
    const { c } = heads[at] as { c: Candidate };
    if (!seen.has(c.rid) && seen.add(c.rid)) yield c;
    // Refilled only once the reader asks for more: a page that ends here must not make this
    // stream fetch its next batch (with a first batch of exactly the page, it would read twice it).
    heads[at] = next(streams[at], plan.order);
  }
}

function next(stream: Generator<Candidate>, order: Order): { c: Candidate; k: Buffer } | undefined {
  const r = stream.next();
  return r.done ? undefined : { c: r.value, k: sortKeyOf(r.value.doc, order) };
}

/**
 * The page of a served plan: matching candidates after `offset`, at most `limit`. Without an order
 * the page is given in insertion order, as a scan would give it.
 */
export function readPage(src: ReadSource, plan: Plan, query: Query, offset: number, limit: number): Doc[] {
  const page: Candidate[] = [];
  if (limit <= 0) return [];
  let skip = offset;
  for (const c of candidatesOf(src, plan, offset + limit)) {
    if (!query.test(c.doc)) continue;
    if (skip > 0) {
      skip -= 1;
      continue;
    }
    page.push(c);
    if (page.length >= limit) break;
  }
  if (plan.order.length === 0) page.sort((a, b) => a.rid - b.rid);
  return page.map((c) => c.doc);
}

export function countMatches(src: ReadSource, plan: Plan, query: Query): number {
  let n = 0;
  for (const c of candidatesOf(src, plan, MAX_BATCH)) if (query.test(c.doc)) n += 1;
  return n;
}
