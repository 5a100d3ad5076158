/**
 * Transactions with the cloud database's (MongoDB's) semantics, as far as callers can observe them:
 *
 * - Snapshot reads: a transaction reads the committed state as of its start. When anyone else
 *   commits a change, every open transaction that has not yet touched that document keeps the old
 *   version (copy-on-write "pre-images"), so no full copy is ever taken.
 * - Write locks: each document a transaction writes is locked until it commits or aborts. Another
 *   transaction writing it fails at once with DATABASE_TRANSACTION_CONFLICT, and so does a write
 *   to a document changed by someone else since the snapshot (MongoDB's WriteConflict). A
 *   transaction that hits a conflict is aborted, as MongoDB aborts it.
 * - A write outside any transaction waits for the lock to go (MongoDB blocks it likewise).
 *   Lifetimes are capped (TX_LIFETIME_MS) below the SDK's 15 s request timeout, so it never waits
 *   forever; the function runner also aborts whatever an invocation leaves open.
 * - Writes are buffered and reach the store in one SQLite transaction at commit.
 *
 * What wx-server-sdk 4.0.2 does with our answers (@cloudbase/database 1.4.3,
 * dist/commonjs/transaction/index.js, `runTransaction(callback, times = 3)`):
 * - it retries the whole callback only when the error it catches has
 *   `code === 'DATABASE_TRANSACTION_CONFLICT'`. Its `Transaction.commit` lets node-sdk's TcbError
 *   (`{ code, message, requestId }`, see errors.ts) through untouched, and wx-server-sdk's
 *   `Transaction.commit` returns that promise without wrapping it, so a conflict reported *at
 *   commit* is retried: up to `times` more runs (4 runs with the default 3), each with a new
 *   transaction and no rollback of the failed one (so we abort it ourselves when commit fails);
 *   after the last run it rolls back and rethrows the TcbError (no errCode).
 * - a conflict reported *at a write* (doc.update/set/remove, add) goes through wx-server-sdk's
 *   `maybeTransformError`, which turns it into an Error whose errCode is -501001 and which has no
 *   `.code`; runTransaction rolls back and rethrows it: no retry.
 * - `transaction.rollback(reason)` inside the callback makes runTransaction reject with `reason`.
 * Because every conflict here is detected at the write (as in MongoDB), the stand-in reports a
 * commit-time conflict only when a test injects one (`injectCommitConflicts`).
 */
import crypto from 'node:crypto';
import type { Doc } from './ejson';
import { conflict, DbError } from './errors';
import type { Change, Store } from './store';

/** MongoDB's default is 60 s; ours must stay under the SDK's 15 s HTTP timeout (see above). */
export const TX_LIFETIME_MS = 10_000;

interface PendingWrite {
  coll: string;
  key: string;
  after: Doc | null;
}

interface Transaction {
  id: string;
  invocationId: string | undefined;
  writes: Map<string, PendingWrite>;
  /** versions as of the snapshot, for documents others changed after it began */
  preimages: Map<string, Doc | null>;
  timer: NodeJS.Timeout;
}

const lockKey = (coll: string, key: string): string => `${coll}\u0000${key}`;

export class TransactionManager {
  private readonly open = new Map<string, Transaction>();
  /** transactions that ended by abort (conflict, expiry, rollback): a second abort is a no-op */
  private readonly aborted = new Map<string, string>();
  private readonly locks = new Map<string, string>();
  private readonly waiters = new Map<string, (() => void)[]>();
  private commitConflictsToInject = 0;

  constructor(private readonly store: Store) {
    store.onChange((changes) => this.keepSnapshots(changes));
  }

  begin(invocationId?: string): string {
    const id = crypto.randomBytes(12).toString('hex');
    const timer = setTimeout(() => this.abort(id, 'expired'), TX_LIFETIME_MS);
    timer.unref();
    this.open.set(id, { id, invocationId, writes: new Map(), preimages: new Map(), timer });
    return id;
  }

  /** The transaction's view of one document: its own write, else its snapshot. */
  read(txId: string, coll: string, key: string): Doc | null {
    const tx = this.get(txId);
    this.store.requireCollection(coll);
    const k = lockKey(coll, key);
    const own = tx.writes.get(k);
    if (own) return own.after;
    if (tx.preimages.has(k)) return tx.preimages.get(k) ?? null;
    return this.store.get(coll, key);
  }

  /**
   * Buffers a write computed from the transaction's view. `compute` returns the new version
   * (null removes) or undefined for "no change" (then no lock is taken).
   */
  write(txId: string, coll: string, key: string, compute: (current: Doc | null) => Doc | null | undefined): void {
    const tx = this.get(txId);
    const k = lockKey(coll, key);
    const owner = this.locks.get(k);
    if (owner !== undefined && owner !== txId) {
      this.abort(txId, 'conflict');
      throw conflict(`document ${key} in ${coll} is locked by another transaction`);
    }
    if (owner === undefined && tx.preimages.has(k)) {
      this.abort(txId, 'conflict');
      throw conflict(`document ${key} in ${coll} changed after this transaction began`);
    }
    const after = compute(this.read(txId, coll, key));
    if (after === undefined) return;
    tx.writes.set(k, { coll, key, after });
    this.locks.set(k, txId);
  }

  commit(txId: string): void {
    const tx = this.get(txId);
    if (this.commitConflictsToInject > 0) {
      this.commitConflictsToInject -= 1;
      this.abort(txId, 'conflict');
      throw conflict('commit conflict (injected by a test)');
    }
    this.finish(tx);
    const changes: Change[] = [...tx.writes.values()].map((w) => ({
      coll: w.coll,
      key: w.key,
      before: this.store.get(w.coll, w.key),
      after: w.after,
    }));
    try {
      this.store.applyChanges(changes);
    } finally {
      this.releaseLocks(tx);
    }
  }

  /** Idempotent for a transaction that already ended by abort, like the SDK's rollback expects. */
  abort(txId: string, reason = 'rollback'): void {
    const tx = this.open.get(txId);
    if (!tx) {
      if (this.aborted.has(txId)) return;
      throw unknownTransaction(txId);
    }
    this.finish(tx);
    this.aborted.set(txId, reason);
    if (this.aborted.size > 10_000) this.aborted.delete(this.aborted.keys().next().value as string);
    this.releaseLocks(tx);
  }

  hasOpen(invocationId: string): boolean {
    for (const tx of this.open.values()) if (tx.invocationId === invocationId) return true;
    return false;
  }

  /** Aborts what an invocation left open; returns how many. */
  abortInvocation(invocationId: string): number {
    let n = 0;
    for (const tx of [...this.open.values()]) {
      if (tx.invocationId === invocationId) {
        this.abort(tx.id, 'invocation ended');
        n += 1;
      }
    }
    return n;
  }

  isLocked(coll: string, key: string): boolean {
    return this.locks.has(lockKey(coll, key));
  }

  /** Resolves when the lock on this document is released (at once if there is none). */
  waitForUnlock(coll: string, key: string): Promise<void> {
    const k = lockKey(coll, key);
    if (!this.locks.has(k)) return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.waiters.get(k) ?? [];
      list.push(resolve);
      this.waiters.set(k, list);
    });
  }

  injectCommitConflicts(count: number): void {
    this.commitConflictsToInject = count;
  }

  abortAll(): void {
    for (const id of [...this.open.keys()]) this.abort(id, 'shutdown');
  }

  private get(txId: string): Transaction {
    const tx = this.open.get(txId);
    if (tx) return tx;
    const reason = this.aborted.get(txId);
    if (reason) throw new DbError('DATABASE_TRANSACTION_FAIL', `transaction ${txId} was aborted (${reason})`);
    throw unknownTransaction(txId);
  }

  private finish(tx: Transaction): void {
    clearTimeout(tx.timer);
    this.open.delete(tx.id);
  }

  private releaseLocks(tx: Transaction): void {
    for (const k of tx.writes.keys()) {
      if (this.locks.get(k) !== tx.id) continue;
      this.locks.delete(k);
      const list = this.waiters.get(k);
      this.waiters.delete(k);
      for (const resolve of list ?? []) resolve();
    }
  }

  /** Copy-on-write snapshots: keep the version each open transaction would have seen. */
  private keepSnapshots(changes: readonly Change[]): void {
    if (this.open.size === 0) return;
    for (const c of changes) {
      const k = lockKey(c.coll, c.key);
      for (const tx of this.open.values()) {
        if (!tx.writes.has(k) && !tx.preimages.has(k)) tx.preimages.set(k, c.before);
      }
    }
  }
}

function unknownTransaction(txId: string): DbError {
  return new DbError('DATABASE_TRANSACTION_FAIL', `no such transaction: ${txId}`);
}
