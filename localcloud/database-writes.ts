/**
 * The write actions: insertDocument, modifyDocument, removeDocument, modifyAndReturnDoc.
 *
 * Inside a transaction a write is computed against the transaction's view and buffered
 * (transactions.ts). Outside one it is planned against the committed state; if a planned document
 * is locked by an open transaction we wait for the lock and plan again, then the whole request is
 * committed to SQLite in one transaction before the answer goes out. Planning and committing run
 * in one synchronous stretch, so no other request interleaves: a conditional update
 * (`where({ _id, status: 'open' }).update(...)`) is atomic, while a get followed by an update in
 * two requests is not — exactly the race the cloud has.
 */
import { idKey, isPlainObject, type Doc } from './ejson';
import { DbError, invalidParam } from './errors';
import {
  collectionOf,
  docKeyOf,
  ejsonField,
  insertDocsOf,
  isDocQuery,
  objectField,
  type DbRequest,
} from './db-request';
import { applyUpdate, withoutId } from './query-engine';
import { newDocId, type Change, type Store } from './store';
import type { TransactionManager } from './transactions';
import { stringifyEjson } from './ejson';

interface Plan<R> {
  changes: Change[];
  /** documents the plan read to decide; a lock on any of them makes us wait and plan again */
  touched: string[];
  result: R;
}

const duplicateKey = (coll: string, id: unknown): DbError =>
  new DbError(
    'DATABASE_REQUEST_FAILED',
    `E11000 duplicate key error collection: ${coll} dup key: { _id: ${String(id)} }`,
  );

export class DatabaseWrites {
  constructor(
    private readonly store: Store,
    private readonly transactions: TransactionManager,
  ) {}

  async insert(req: DbRequest, txId: string | undefined, now: number): Promise<{ insertedIds: unknown[] }> {
    const coll = collectionOf(req);
    this.store.requireCollection(coll);
    const docs = insertDocsOf(req.data, now).map((d) => (d._id === undefined ? { _id: newDocId(), ...d } : d));
    const insertedIds = docs.map((d) => d._id);
    if (txId !== undefined) {
      for (const doc of docs) {
        this.transactions.write(txId, coll, idKey(doc._id), (current) => {
          if (current) throw duplicateKey(coll, doc._id);
          return doc as Doc;
        });
      }
      return { insertedIds };
    }
    return this.commitOutside(coll, () => {
      const seen = new Set<string>();
      const changes = docs.map((doc) => {
        const key = idKey(doc._id);
        if (seen.has(key) || this.store.get(coll, key)) throw duplicateKey(coll, doc._id);
        seen.add(key);
        return { coll, key, before: null, after: doc as Doc };
      });
      return { changes, touched: [...seen], result: { insertedIds } };
    });
  }

  async modify(req: DbRequest, txId: string | undefined, now: number): Promise<Record<string, unknown>> {
    const coll = collectionOf(req);
    const data = ejsonField(req.data, now);
    if (!isPlainObject(data)) throw invalidParam('参数必需是非空对象');
    const merge = req.merge !== false;
    const upsert = req.upsert === true;
    const query = objectField(req.query, now, 'query');
    if (isDocQuery(req)) {
      const { id, key } = docKeyOf(query);
      const decide = (current: Doc | null): { after: Doc | undefined; updated: number; upsertId?: unknown } => {
        if (!current) {
          if (!upsert) return { after: undefined, updated: 0 };
          return { after: { _id: id, ...withoutId(data) } as Doc, updated: 0, upsertId: id };
        }
        const { after, changed } = applyUpdate(current, data, merge);
        return { after: changed ? after : undefined, updated: changed ? 1 : 0 };
      };
      let outcome: ReturnType<typeof decide> = { after: undefined, updated: 0 };
      if (txId !== undefined) {
        this.transactions.write(txId, coll, key, (current) => (outcome = decide(current)).after);
      } else {
        outcome = await this.commitOutside(coll, () => {
          const o = decide(this.store.get(coll, key));
          const changes = o.after ? [{ coll, key, before: this.store.get(coll, key), after: o.after }] : [];
          return { changes, touched: [key], result: o };
        });
      }
      return outcome.upsertId === undefined
        ? { updated: outcome.updated }
        : { updated: outcome.updated, upsert_id: outcome.upsertId };
    }
    const criteria = requireCriteria(query);
    const multi = req.multi !== false;
    return this.commitOutside(coll, () => {
      const matched = this.match(coll, criteria, multi ? Infinity : 1);
      const changes: Change[] = [];
      for (const before of matched) {
        const { after, changed } = applyUpdate(before, data, merge);
        if (changed) changes.push({ coll, key: idKey(before._id), before, after });
      }
      return { changes, touched: matched.map((d) => idKey(d._id)), result: { updated: changes.length } };
    });
  }

  async remove(req: DbRequest, txId: string | undefined, now: number): Promise<{ deleted: number }> {
    const coll = collectionOf(req);
    const query = objectField(req.query, now, 'query');
    if (isDocQuery(req)) {
      const { key } = docKeyOf(query);
      if (txId !== undefined) {
        let deleted = 0;
        this.transactions.write(txId, coll, key, (current) => {
          if (!current) return undefined;
          deleted = 1;
          return null;
        });
        return { deleted };
      }
      return this.commitOutside(coll, () => {
        const before = this.store.get(coll, key);
        const changes = before ? [{ coll, key, before, after: null }] : [];
        return { changes, touched: [key], result: { deleted: changes.length } };
      });
    }
    const criteria = requireCriteria(query);
    const multi = req.multi !== false;
    return this.commitOutside(coll, () => {
      const matched = this.match(coll, criteria, multi ? Infinity : 1);
      const changes = matched.map((before) => ({ coll, key: idKey(before._id), before, after: null }));
      return { changes, touched: changes.map((c) => c.key), result: { deleted: changes.length } };
    });
  }

  /** findOneAndUpdate: the first match, updated, returned as it is after the update. */
  async modifyAndReturn(req: DbRequest, now: number): Promise<{ updated: number; doc: string | null }> {
    const coll = collectionOf(req);
    const data = ejsonField(req.data, now);
    if (!isPlainObject(data)) throw invalidParam('参数必需是非空对象');
    const criteria = requireCriteria(objectField(req.query, now, 'query'));
    return this.commitOutside<{ updated: number; doc: string | null }>(coll, () => {
      const [before] = this.match(coll, criteria, 1);
      if (!before) return { changes: [], touched: [], result: { updated: 0, doc: null } };
      const key = idKey(before._id);
      const { after, changed } = applyUpdate(before, data, true);
      const changes = changed ? [{ coll, key, before, after }] : [];
      return { changes, touched: [key], result: { updated: changes.length, doc: stringifyEjson(after) } };
    });
  }

  private match(coll: string, criteria: Record<string, unknown>, limit: number): Doc[] {
    return this.store.queries.find(coll, criteria, { limit });
  }

  /** Plans against the committed state, waits out locks, then commits (fsynced) in one go. */
  private async commitOutside<R>(coll: string, plan: () => Plan<R>): Promise<R> {
    this.store.requireCollection(coll);
    for (;;) {
      const { changes, touched, result } = plan();
      const locked = touched.find((key) => this.transactions.isLocked(coll, key));
      if (locked === undefined) {
        this.store.applyChanges(changes);
        return result;
      }
      await this.transactions.waitForUnlock(coll, locked);
    }
  }
}

/** A batch update/remove needs a condition: the SDK sends none for `collection.remove()`. */
function requireCriteria(query: Record<string, unknown> | undefined): Record<string, unknown> {
  if (query === undefined) throw invalidParam('a batch write needs a where() condition');
  return query;
}
