/**
 * The on-disk half of the store: one SQLite file through better-sqlite3.
 *
 * Layout: one `docs` table keyed by (collection, key) holding each document as relaxed EJSON, plus
 * a `collections` table. Chosen over a table per collection because collection names are user
 * strings (no identifier quoting, no DDL at run time), creating a collection is one INSERT, and
 * one set of prepared statements serves every collection. Rows are updated in place
 * (UPSERT keeps the rowid), so `ORDER BY rowid` restores insertion order after a restart.
 *
 * Durability: WAL with synchronous=FULL, so every COMMIT is fsynced before `applyChanges` returns,
 * and the HTTP answer is written only after that. locking_mode=EXCLUSIVE makes a second process
 * on the same data dir fail at open instead of silently diverging from our in-memory copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

interface Statement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
interface Connection {
  pragma(source: string): unknown;
  exec(source: string): unknown;
  prepare(source: string): Statement;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  close(): void;
}
type ConnectionCtor = new (file: string, options?: { timeout?: number }) => Connection;

// Loaded untyped through createRequire: no @types/better-sqlite3 is installed; the interfaces
// above declare the little we use.
const BetterSqlite3 = createRequire(__filename)('better-sqlite3') as ConnectionCtor;

export const DB_FILE_NAME = 'localcloud.sqlite';

export interface Row {
  coll: string;
  key: string;
  body: string;
}

export interface RowWrite {
  coll: string;
  key: string;
  /** null deletes the row */
  body: string | null;
}

export class SqliteFile {
  readonly isNew: boolean;
  private readonly db: Connection;
  private readonly upsert: Statement;
  private readonly remove: Statement;
  private readonly addCollection: Statement;
  private readonly writeBatch: (writes: RowWrite[]) => void;

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
      this.db.pragma('synchronous = FULL');
      // Take the exclusive lock now, so a second server on this directory fails here.
      this.db.exec('BEGIN EXCLUSIVE; COMMIT;');
    } catch (error) {
      this.db.close();
      const busy = /locked|busy/i.test(String((error as Error).message));
      throw busy ? new Error(`data dir ${dataDir} is in use by another local cloud process`) : error;
    }
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, created_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS docs (
        coll TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (coll, key));
    `);
    this.upsert = this.db.prepare(
      'INSERT INTO docs (coll, key, body) VALUES (?, ?, ?) ON CONFLICT (coll, key) DO UPDATE SET body = excluded.body',
    );
    this.remove = this.db.prepare('DELETE FROM docs WHERE coll = ? AND key = ?');
    this.addCollection = this.db.prepare('INSERT OR IGNORE INTO collections (name, created_at) VALUES (?, ?)');
    this.writeBatch = this.db.transaction((writes: RowWrite[]) => {
      for (const w of writes) {
        if (w.body === null) this.remove.run(w.coll, w.key);
        else this.upsert.run(w.coll, w.key, w.body);
      }
    });
  }

  collections(): string[] {
    return (this.db.prepare('SELECT name FROM collections ORDER BY rowid').all() as { name: string }[]).map(
      (r) => r.name,
    );
  }

  rows(): Row[] {
    return this.db.prepare('SELECT coll, key, body FROM docs ORDER BY rowid').all() as Row[];
  }

  createCollection(name: string): void {
    this.addCollection.run(name, new Date().toISOString());
  }

  /** All writes in one SQLite transaction; returns only once it is committed (and fsynced). */
  write(writes: RowWrite[]): void {
    if (writes.length > 0) this.writeBatch(writes);
  }

  close(): void {
    this.db.close();
  }
}
