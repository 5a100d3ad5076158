/**
 * The committed state of the database: SQLite on disk (sqlite.ts) mirrored by parsed documents in
 * memory, so queries run through mingo without re-parsing and reads never touch the disk.
 *
 * Invariants:
 * - this process is the only writer of its data dir (SQLite exclusive lock), so memory and disk
 *   agree as long as every write goes through `applyChanges`;
 * - memory changes only after the SQLite commit returned (a failed commit changes nothing);
 * - stored document objects are never mutated, only replaced: open transactions hold references
 *   to old versions as their snapshot (see transactions.ts).
 */
import crypto from 'node:crypto';
import { Query } from 'mingo';
import { cloneDoc, idKey, parseEjson, stringifyEjson, type Doc } from './ejson';
import { collectionNotExist, DbError } from './errors';
import { SqliteFile } from './sqlite';

export interface Change {
  coll: string;
  key: string;
  before: Doc | null;
  /** null when the document is removed */
  after: Doc | null;
}

export type ChangeListener = (changes: readonly Change[]) => void;

/** A 32-hex id like the cloud's: 8 hex of seconds (rough time order) + 24 random hex. */
export function newDocId(): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  return seconds + crypto.randomBytes(12).toString('hex');
}

export class Store {
  private readonly file: SqliteFile;
  private readonly collections = new Map<string, Map<string, Doc>>();
  private readonly listeners: ChangeListener[] = [];

  constructor(dataDir: string) {
    this.file = new SqliteFile(dataDir);
    for (const name of this.file.collections()) this.collections.set(name, new Map());
    for (const row of this.file.rows()) {
      const docs = this.collections.get(row.coll) ?? new Map<string, Doc>();
      this.collections.set(row.coll, docs);
      docs.set(row.key, parseEjson(row.body) as Doc);
    }
  }

  /** True when this data dir had no database before this store opened it. */
  get isNew(): boolean {
    return this.file.isNew;
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  listCollections(): string[] {
    return [...this.collections.keys()];
  }

  ensureCollection(name: string): void {
    if (!name || typeof name !== 'string') throw new DbError('INVALID_PARAM', 'collection name is required');
    if (this.collections.has(name)) return;
    this.file.createCollection(name);
    this.collections.set(name, new Map());
  }

  /** The committed documents of a collection, in insertion order. Do not mutate them. */
  docs(coll: string): Map<string, Doc> {
    const docs = this.collections.get(coll);
    if (!docs) throw collectionNotExist(coll);
    return docs;
  }

  get(coll: string, key: string): Doc | null {
    return this.docs(coll).get(key) ?? null;
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /** Persists the changes in one SQLite transaction, then mirrors them and tells the listeners. */
  applyChanges(changes: readonly Change[]): void {
    if (changes.length === 0) return;
    for (const c of changes) this.docs(c.coll);
    this.file.write(
      changes.map((c) => ({ coll: c.coll, key: c.key, body: c.after === null ? null : stringifyEjson(c.after) })),
    );
    for (const c of changes) {
      const docs = this.docs(c.coll);
      if (c.after === null) docs.delete(c.key);
      else docs.set(c.key, c.after);
    }
    for (const listener of this.listeners) listener(changes);
  }

  /** For seed scripts and tests: inserts documents (an `_id` is generated when absent). */
  insertMany(coll: string, docs: readonly Doc[]): string[] {
    const existing = this.docs(coll);
    const changes: Change[] = [];
    const seen = new Set<string>();
    for (const doc of docs) {
      const after: Doc = doc._id === undefined ? { _id: newDocId(), ...cloneDoc(doc) } : cloneDoc(doc);
      const key = idKey(after._id);
      if (existing.has(key) || seen.has(key)) {
        throw new DbError('DATABASE_REQUEST_FAILED', `duplicate _id ${String(after._id)} in ${coll}`);
      }
      seen.add(key);
      changes.push({ coll, key, before: null, after });
    }
    this.applyChanges(changes);
    return changes.map((c) => String(c.after?._id));
  }

  /** For seed scripts and tests: copies of the documents matching a MongoDB-style query. */
  find(coll: string, query: Record<string, unknown> = {}): Doc[] {
    const q = new Query(query);
    return [...this.docs(coll).values()].filter((d) => q.test(d)).map((d) => cloneDoc(d));
  }

  count(coll: string, query: Record<string, unknown> = {}): number {
    const q = new Query(query);
    let n = 0;
    for (const d of this.docs(coll).values()) if (q.test(d)) n += 1;
    return n;
  }

  close(): void {
    this.file.close();
  }
}

/** Opens (creating if needed) the store of a data dir. Only one process may hold it at a time. */
export function openStore(dataDir: string): Store {
  return new Store(dataDir);
}
