/**
 * The committed state of the database: documents and their index entries in SQLite (sqlite.ts),
 * a bounded cache of parsed documents in memory. Nothing is loaded at start-up beyond the list of
 * collections and indexes; every read goes through a declared index (query-planner.ts) or a key.
 *
 * Invariants:
 * - this process is the only writer of its data dir (SQLite exclusive lock), so the cache and the
 *   disk agree as long as every write goes through `applyChanges`;
 * - a document and its index entries change in one SQLite transaction, and the cache only after
 *   that commit returned (a failed commit changes nothing); it is on disk once `durable()` resolves;
 * - stored document objects are never mutated, only replaced: open transactions hold references
 *   to old versions as their snapshot (see transactions.ts).
 */
import crypto from 'node:crypto';
import { cloneDoc, idKey, parseEjson, stringifyEjson, type Doc } from './ejson';
import { collectionNotExist, DbError } from './errors';
import { SqliteFile, type IndexChange, type Row, type RowWrite } from './sqlite';
import { DocCache } from './doc-cache';
import { indexSpecsOf, readIndexFile, type IndexCatalog } from './index-catalog';
import { keysOf } from './index-keys';
import type { StoredIndex } from './query-planner';
import { StoreQueries, type IndexPolicy } from './store-queries';

export interface Change {
  coll: string;
  key: string;
  before: Doc | null;
  /** null when the document is removed */
  after: Doc | null;
}

export type ChangeListener = (changes: readonly Change[]) => void;

export interface StoreOptions {
  /** the declared indexes; default deploy/indexes.json */
  indexes?: IndexCatalog;
  /** refuse (true) or log and scan (false) a query no index serves; default: see strictFromEnv */
  strictIndexes?: boolean;
  log?: (line: string) => void;
  /** most parsed documents kept in memory (default 20,000) */
  cacheSize?: number;
}

/** A 32-hex id like the cloud's: 8 hex of seconds (rough time order) + 24 random hex. */
export function newDocId(): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  return seconds + crypto.randomBytes(12).toString('hex');
}

export class Store {
  readonly queries: StoreQueries;
  private readonly file: SqliteFile;
  private readonly collections: Set<string>;
  private readonly indexes = new Map<string, StoredIndex[]>();
  private readonly cache: DocCache;
  private readonly listeners: ChangeListener[] = [];

  constructor(dataDir: string, opts: StoreOptions = {}) {
    this.file = new SqliteFile(dataDir);
    try {
      this.collections = new Set(this.file.collections());
      this.cache = new DocCache(opts.cacheSize ?? 20_000);
      const specs = indexSpecsOf(opts.indexes ?? readIndexFile());
      const declared = specs.map((s) => ({ coll: s.coll, name: s.name, spec: JSON.stringify(s.fields) }));
      const stored = this.file.syncIndexes(declared, (_coll, spec, body) => keysOf(parseEjson(body), JSON.parse(spec)));
      for (const row of stored) {
        const list = this.indexes.get(row.coll) ?? [];
        list.push({ id: row.id, coll: row.coll, name: row.name, fields: JSON.parse(row.spec) });
        this.indexes.set(row.coll, list);
      }
    } catch (error) {
      this.file.close();
      throw error;
    }
    const policy: IndexPolicy = { strict: opts.strictIndexes ?? strictFromEnv(), log: opts.log ?? console.warn };
    this.queries = new StoreQueries(this, policy);
  }

  /** True when this data dir had no database before this store opened it. */
  get isNew(): boolean {
    return this.file.isNew;
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  listCollections(): string[] {
    return [...this.collections];
  }

  requireCollection(coll: string): void {
    if (!this.collections.has(coll)) throw collectionNotExist(coll);
  }

  ensureCollection(name: string): void {
    if (!name || typeof name !== 'string') throw new DbError('INVALID_PARAM', 'collection name is required');
    if (this.collections.has(name)) return;
    this.file.createCollection(name);
    this.collections.add(name);
  }

  /** How many parsed documents memory holds now (bounded by `cacheSize`). */
  get cachedDocs(): number {
    return this.cache.size;
  }

  /** The declared indexes of a collection. */
  indexesOf(coll: string): readonly StoredIndex[] {
    return this.indexes.get(coll) ?? [];
  }

  /** The committed version of one document. Do not mutate it. */
  get(coll: string, key: string): Doc | null {
    this.requireCollection(coll);
    const cached = this.cache.get(coll, key);
    if (cached) return cached;
    const row = this.file.get(coll, key);
    return row ? this.docOf(coll, row) : null;
  }

  /** @internal the parsed document of a row read by a query */
  docOf(coll: string, row: Row): Doc {
    const cached = this.cache.get(coll, row.key);
    if (cached) return cached;
    const doc = parseEjson(row.body) as Doc;
    this.cache.set(coll, row.key, doc);
    return doc;
  }

  /**
   * Resolves once every change committed so far is on disk (group commit: sqlite.ts, wal-sync.ts).
   * Whoever answers a caller awaits it first, so nothing a caller was told about can be lost.
   */
  durable(): Promise<void> {
    return this.file.durable();
  }

  /** @internal */
  get sqlite(): SqliteFile {
    return this.file;
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /**
   * Persists the changes, with their index entries, in one SQLite transaction, then
   * updates the cache and tells the listeners. Index entries are computed from the committed
   * version, so a stale `before` cannot leave an entry behind.
   */
  applyChanges(changes: readonly Change[]): void {
    this.commit(changes, false);
  }

  /** `fresh`: every change inserts a document known to be absent (no committed version to read). */
  private commit(changes: readonly Change[], fresh: boolean): void {
    if (changes.length === 0) return;
    const pending = new Map<string, Doc | null>();
    const writes: RowWrite[] = changes.map((c) => {
      this.requireCollection(c.coll);
      const k = `${c.coll}\u0000${c.key}`;
      const current = fresh ? null : pending.has(k) ? (pending.get(k) ?? null) : this.get(c.coll, c.key);
      pending.set(k, c.after);
      return {
        coll: c.coll,
        key: c.key,
        body: c.after === null ? null : stringifyEjson(c.after),
        indexes: this.indexChanges(c.coll, current, c.after),
      };
    });
    this.file.write(writes);
    const keep = changes.length <= 100; // a bulk load must not flush the hot documents out
    for (const c of changes) {
      if (c.after === null || !keep) this.cache.delete(c.coll, c.key);
      else this.cache.set(c.coll, c.key, c.after);
    }
    for (const listener of this.listeners) listener(changes);
  }

  private indexChanges(coll: string, before: Doc | null, after: Doc | null): IndexChange[] {
    const out: IndexChange[] = [];
    for (const index of this.indexesOf(coll)) {
      const old = before ? keysOf(before, index.fields) : [];
      const now = after ? keysOf(after, index.fields) : [];
      const oldSet = new Set(old.map((b) => b.toString('latin1')));
      const nowSet = new Set(now.map((b) => b.toString('latin1')));
      const removed = after === null ? old : old.filter((b) => !nowSet.has(b.toString('latin1')));
      const added = now.filter((b) => !oldSet.has(b.toString('latin1')));
      if (removed.length || added.length) out.push({ ix: index.id, removed, added });
    }
    return out;
  }

  /**
   * For seed scripts, tests and benchmarks: inserts documents (an `_id` is generated when absent)
   * in one SQLite transaction. Bulk loads go fastest in chunks of about 10,000.
   */
  insertMany(coll: string, docs: readonly Doc[]): string[] {
    this.requireCollection(coll);
    const changes: Change[] = [];
    const seen = new Set<string>();
    for (const doc of docs) {
      const after: Doc = doc._id === undefined ? { _id: newDocId(), ...cloneDoc(doc) } : cloneDoc(doc);
      const key = idKey(after._id);
      if (seen.has(key) || this.file.get(coll, key)) {
        throw new DbError('DATABASE_REQUEST_FAILED', `duplicate _id ${String(after._id)} in ${coll}`);
      }
      seen.add(key);
      changes.push({ coll, key, before: null, after });
    }
    this.commit(changes, true);
    return changes.map((c) => String(c.after?._id));
  }

  /** For seed scripts and tests (no index needed): copies of the documents matching a query. */
  find(coll: string, query: Record<string, unknown> = {}): Doc[] {
    return this.queries.unchecked(coll, query).map((d) => cloneDoc(d));
  }

  /** For seed scripts and tests (no index needed). */
  count(coll: string, query: Record<string, unknown> = {}): number {
    return this.queries.unchecked(coll, query).length;
  }

  close(): void {
    this.file.close();
  }
}

/**
 * Strict (refuse unindexed queries) under tests and CI, so a missing index fails there; a warning
 * otherwise (`npm start`). LOCALCLOUD_STRICT_INDEXES=1 or 0 decides explicitly.
 */
export function strictFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env.LOCALCLOUD_STRICT_INDEXES;
  if (flag === '1' || flag === 'true') return true;
  if (flag === '0' || flag === 'false') return false;
  return env.JEST_WORKER_ID !== undefined || env.NODE_ENV === 'test' || env.CI === 'true';
}

/** Opens (creating if needed) the store of a data dir. Only one process may hold it at a time. */
export function openStore(dataDir: string, opts: StoreOptions = {}): Store {
  return new Store(dataDir, opts);
}
