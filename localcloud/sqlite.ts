/**
 * The on-disk half of the store: one SQLite file through better-sqlite3.
 *
 * Layout: one `docs` table keyed by (collection, key) holding each document as relaxed EJSON, plus
 * a `collections` table. Chosen over a table per collection because collection names are user
 * strings (no identifier quoting, no DDL at run time), creating a collection is one INSERT, and
 * one set of prepared statements serves every collection. Rows are updated in place
 * (UPSERT keeps the rowid), so `ORDER BY rowid` is insertion order, also after a restart.
 *
 * Indexes: `indexes` names each declared index (deploy/indexes.json) with a number, and `idx` holds
 * one row per (index, key, document rowid), keys being order-preserving bytes (index-keys.ts). It is
 * WITHOUT ROWID, so a range of one index is one contiguous b-tree range read in key order.
 *
 * Durability: WAL with synchronous=NORMAL, so a COMMIT returns without waiting for the disk, and
 * group commit (wal-sync.ts): `durable()` resolves once an fdatasync of the WAL covers every commit
 * so far, and no answer is written before it (database-service.ts). locking_mode=EXCLUSIVE makes a
 * second process on the same data dir fail at open instead of silently diverging from our cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { WalSync } from './wal-sync';

interface Statement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface Connection {
  pragma(source: string): unknown;
  exec(source: string): unknown;
  prepare(source: string): Statement;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): void;
}
type ConnectionCtor = new (file: string, options?: { timeout?: number }) => Connection;

// Loaded untyped through createRequire: no @types/better-sqlite3 is installed; the interfaces
// above declare the little we use.
const BetterSqlite3 = createRequire(__filename)('better-sqlite3') as ConnectionCtor;

export const DB_FILE_NAME = 'localcloud.sqlite';

export interface Row {
  rid: number;
  key: string;
  body: string;
}

export interface IndexChange {
  ix: number;
  removed: Buffer[];
  added: Buffer[];
}

export interface RowWrite {
  coll: string;
  key: string;
  /** null deletes the row */
  body: string | null;
  indexes: IndexChange[];
}

export interface IndexRow {
  id: number;
  coll: string;
  name: string;
  spec: string;
}

export class SqliteFile {
  readonly isNew: boolean;
  private readonly db: Connection;
  private readonly s: Record<string, Statement>;
  private readonly writeBatch: (writes: RowWrite[]) => void;
  private readonly wal: WalSync;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, DB_FILE_NAME);
    this.isNew = !fs.existsSync(file);
    // Nobody else may hold the file (exclusive lock below), so waiting on a busy lock only delays
    // the "in use" error; better-sqlite3 would wait 5 s by default.
    this.db = new BetterSqlite3(file, { timeout: 200 });
    try {
      this.db.pragma('locking_mode = EXCLUSIVE');
      this.db.pragma('journal_mode = WAL');
      // NORMAL: commits do not fsync; WalSync does, for many commits at once, off the event loop.
      this.db.pragma('synchronous = NORMAL');
      // Take the exclusive lock now, so a second server on this directory fails here.
      this.db.exec('BEGIN EXCLUSIVE; COMMIT;');
    } catch (error) {
      this.db.close();
      const busy = /locked|busy/i.test(String((error as Error).message));
      throw busy ? new Error(`data dir ${dataDir} is in use by another local cloud process`) : error;
    }
    this.wal = new WalSync(`${file}-wal`);
    this.db.pragma('cache_size = -65536'); // 64 MB of pages: index and hot documents stay cached
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS docs (
        coll TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (coll, key));
      CREATE INDEX IF NOT EXISTS docs_by_coll ON docs (coll);
      CREATE TABLE IF NOT EXISTS indexes (
        id INTEGER PRIMARY KEY, coll TEXT NOT NULL, name TEXT NOT NULL, spec TEXT NOT NULL, UNIQUE (coll, name));
      CREATE TABLE IF NOT EXISTS idx (
        ix INTEGER NOT NULL, k BLOB NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (ix, k, doc)) WITHOUT ROWID;
    `);
    const cols = 'd.rowid AS rid, d.key AS key, d.body AS body';
    const idxScan = `SELECT ${cols}, i.k AS k FROM idx i JOIN docs d ON d.rowid = i.doc WHERE i.ix = ?`;
    const q = (sql: string): Statement => this.db.prepare(sql);
    this.s = {
      get: q('SELECT rowid AS rid, key, body FROM docs WHERE coll = ? AND key = ?'),
      upsert: q(
        'INSERT INTO docs (coll, key, body) VALUES (?, ?, ?) ON CONFLICT (coll, key) DO UPDATE SET body = excluded.body RETURNING rowid AS rid',
      ),
      remove: q('DELETE FROM docs WHERE coll = ? AND key = ? RETURNING rowid AS rid'),
      addCollection: q('INSERT OR IGNORE INTO collections (name, created_at) VALUES (?, ?)'),
      idxAdd: q('INSERT OR IGNORE INTO idx (ix, k, doc) VALUES (?, ?, ?)'),
      idxRemove: q('DELETE FROM idx WHERE ix = ? AND k = ? AND doc = ?'),
      ascFirst: q(`${idxScan} AND i.k >= ? AND i.k < ? ORDER BY i.k, i.doc LIMIT ?`),
      ascNext: q(`${idxScan} AND (i.k, i.doc) > (?, ?) AND i.k < ? ORDER BY i.k, i.doc LIMIT ?`),
      descFirst: q(`${idxScan} AND i.k >= ? AND i.k < ? ORDER BY i.k DESC, i.doc DESC LIMIT ?`),
      descNext: q(`${idxScan} AND i.k >= ? AND (i.k, i.doc) < (?, ?) ORDER BY i.k DESC, i.doc DESC LIMIT ?`),
      keyAsc: q(`SELECT ${cols} FROM docs d WHERE d.coll = ? AND d.key >= ? AND d.key < ? ORDER BY d.key LIMIT ?`),
      keyDesc: q(
        `SELECT ${cols} FROM docs d WHERE d.coll = ? AND d.key >= ? AND d.key < ? ORDER BY d.key DESC LIMIT ?`,
      ),
      natural: q(`SELECT ${cols} FROM docs d WHERE d.coll = ? AND d.rowid > ? ORDER BY d.rowid LIMIT ?`),
      countAll: q('SELECT count(*) AS n FROM docs WHERE coll = ?'),
      // A document with several keys in one range (an array field) counts once.
      countRange: q('SELECT count(DISTINCT doc) AS n FROM idx WHERE ix = ? AND k >= ? AND k < ?'),
    };
    this.writeBatch = this.db.transaction((writes: RowWrite[]) => {
      for (const w of writes) {
        const row = (w.body === null ? this.s.remove.get(w.coll, w.key) : this.s.upsert.get(w.coll, w.key, w.body)) as
          { rid: number } | undefined;
        if (!row) continue;
        for (const change of w.indexes) {
          for (const k of change.removed) this.s.idxRemove.run(change.ix, k, row.rid);
          if (w.body !== null) for (const k of change.added) this.s.idxAdd.run(change.ix, k, row.rid);
        }
      }
    });
  }

  collections(): string[] {
    return (this.db.prepare('SELECT name FROM collections ORDER BY rowid').all() as { name: string }[]).map(
      (r) => r.name,
    );
  }

  createCollection(name: string): void {
    this.s.addCollection.run(name, new Date().toISOString());
    this.wal.noteCommit();
  }

  get(coll: string, key: string): Row | undefined {
    return this.s.get.get(coll, key) as Row | undefined;
  }

  /** Rows of one index between keys [lo, hi), `limit` at a time; `after` continues a scan. */
  indexRange(
    ix: number,
    lo: Buffer,
    hi: Buffer,
    reverse: boolean,
    limit: number,
    after?: { k: Buffer; rid: number },
  ): (Row & { k: Buffer })[] {
    const rows = !after
      ? (reverse ? this.s.descFirst : this.s.ascFirst).all(ix, lo, hi, limit)
      : reverse
        ? this.s.descNext.all(ix, lo, after.k, after.rid, limit)
        : this.s.ascNext.all(ix, after.k, after.rid, hi, limit);
    return rows as (Row & { k: Buffer })[];
  }

  /** Rows of a collection with keys in [lo, hi), in key order. */
  keyRange(coll: string, lo: string, hi: string, reverse: boolean, limit: number): Row[] {
    return (reverse ? this.s.keyDesc : this.s.keyAsc).all(coll, lo, hi, limit) as Row[];
  }

  /** Rows of a collection in insertion order, after rowid `after`. */
  natural(coll: string, after: number, limit: number): Row[] {
    return this.s.natural.all(coll, after, limit) as Row[];
  }

  /** Documents with a key in [lo, hi) of one index, read from the index alone. */
  countIndexRange(ix: number, lo: Buffer, hi: Buffer): number {
    return (this.s.countRange.get(ix, lo, hi) as { n: number }).n;
  }

  countAll(coll: string): number {
    return (this.s.countAll.get(coll) as { n: number }).n;
  }

  /** All writes in one SQLite transaction; returns once committed, durable only after `durable()`. */
  write(writes: RowWrite[]): void {
    if (writes.length === 0) return;
    this.writeBatch(writes);
    this.wal.noteCommit();
  }

  /** Resolves once every commit so far is on disk (one fdatasync for all commits waiting). */
  durable(): Promise<void> {
    return this.wal.durable();
  }

  /** fdatasync calls so far (each covers every commit before it). */
  get walSyncs(): number {
    return this.wal.syncs;
  }

  indexRows(): IndexRow[] {
    return this.db.prepare('SELECT id, coll, name, spec FROM indexes ORDER BY id').all() as IndexRow[];
  }

  /**
   * Makes the stored indexes the declared ones: drops what is no longer declared, (re)builds what
   * is new or changed by reading the collection once (only at start-up after a change).
   */
  syncIndexes(
    declared: { coll: string; name: string; spec: string }[],
    keysOf: (coll: string, spec: string, body: string) => Buffer[],
  ): IndexRow[] {
    const sync = this.db.transaction(() => {
      const want = new Map(declared.map((d) => [`${d.coll}\u0000${d.name}`, d]));
      for (const row of this.indexRows()) {
        const d = want.get(`${row.coll}\u0000${row.name}`);
        if (d && d.spec === row.spec) continue;
        this.db.prepare('DELETE FROM idx WHERE ix = ?').run(row.id);
        this.db.prepare('DELETE FROM indexes WHERE id = ?').run(row.id);
      }
      const have = new Set(this.indexRows().map((r) => `${r.coll}\u0000${r.name}`));
      for (const d of declared) {
        if (have.has(`${d.coll}\u0000${d.name}`)) continue;
        const { rid: id } = this.db
          .prepare('INSERT INTO indexes (coll, name, spec) VALUES (?, ?, ?) RETURNING id AS rid')
          .get(d.coll, d.name, d.spec) as { rid: number };
        for (let after = 0, rows: Row[]; (rows = this.natural(d.coll, after, 2000)).length > 0;) {
          for (const row of rows) for (const k of keysOf(d.coll, d.spec, row.body)) this.s.idxAdd.run(id, k, row.rid);
          after = rows[rows.length - 1].rid;
        }
      }
    });
    sync();
    this.wal.noteCommit();
    return this.indexRows();
  }

  close(): void {
    this.wal.close();
    // Closing checkpoints the WAL into the database file and fsyncs it (also with NORMAL).
    this.db.close();
  }
}
