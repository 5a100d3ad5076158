/**
 * Answers the SDK's `database.*` actions. Response shapes are the ones @cloudbase/database 1.4.3
 * reads (dist/commonjs/{query,document,collection,aggregate,transaction}.js):
 *
 *   getDocument        { data: { list: [EJSON string…] } }
 *   calculateDocument  { data: { total } }
 *   insertDocument     { data: { insertedIds: [...] } }
 *   modifyDocument     { data: { updated, upsert_id? } }      (doc.set reports a created doc by upsert_id)
 *   removeDocument     { data: { deleted } }
 *   modifyAndReturnDoc { data: { updated, doc: EJSON string | null } }
 *   aggregateDocuments { data: { list: [EJSON string…] } }
 *   startTransaction   { transactionId }                      (top level, not under data)
 *   commit/abortTransaction, addCollection  {}
 *
 * every one with a `requestId`; failures are `{ code, message, requestId }` with HTTP 200 (errors.ts).
 */
import crypto from 'node:crypto';
import { isPlainObject, stringifyEjson, type Doc } from './ejson';
import { DbError, invalidParam } from './errors';
import {
  asDbRequest,
  collectionOf,
  docKeyOf,
  isDocQuery,
  nonNegativeInt,
  objectField,
  orderOf,
  pipelineOf,
  transactionIdOf,
  type DbRequest,
} from './db-request';
import { aggregateDocs, project } from './query-engine';
import type { Store } from './store';
import { TransactionManager } from './transactions';
import { DatabaseWrites } from './database-writes';

/**
 * A cloud function's `get()` returns at most 100 records (DESIGN.md; the pinned SDK sends
 * limit 100 when none is given and caps an explicit one at 1000 on its side). We cap at 100 so
 * code that relies on bigger pages fails here rather than in production.
 */
export const MAX_GET_LIMIT = 100;

export interface DbCallContext {
  /** set when the request comes from a function invocation of our runner */
  invocationId?: string;
}

type Answer = Record<string, unknown>;

export class DatabaseService {
  readonly transactions: TransactionManager;
  private readonly writes: DatabaseWrites;

  constructor(
    private readonly store: Store,
    private readonly log: (line: string) => void,
  ) {
    this.transactions = new TransactionManager(store);
    this.writes = new DatabaseWrites(store, this.transactions);
  }

  async handle(body: unknown, ctx: DbCallContext = {}): Promise<Answer> {
    const requestId = crypto.randomBytes(8).toString('hex');
    let answer: Answer;
    try {
      answer = { requestId, ...(await this.dispatch(asDbRequest(body), ctx, Date.now())) };
    } catch (error) {
      if (error instanceof DbError) answer = { requestId, code: error.code, message: error.message };
      else {
        this.log(`[localcloud] database error: ${(error as Error)?.name ?? 'unknown'}`);
        answer = { requestId, code: 'SYS_ERR', message: 'local cloud internal error' };
      }
    }
    // Group commit: no answer (a read's neither) before every commit it could reflect is on disk.
    try {
      await this.store.durable();
    } catch (error) {
      this.log(`[localcloud] ${(error as Error).message}`);
      return { requestId, code: 'SYS_ERR', message: 'local cloud storage failure' };
    }
    return answer;
  }

  private async dispatch(req: DbRequest, ctx: DbCallContext, now: number): Promise<Answer> {
    const txId = transactionIdOf(req);
    switch (req.action) {
      case 'database.getDocument':
        return { data: { list: this.getDocuments(req, txId, now).map(stringifyEjson) } };
      case 'database.calculateDocument':
        this.refuseBatchInTransaction(txId, undefined);
        return { data: { total: this.count(req, now) } };
      case 'database.aggregateDocuments':
        this.refuseBatchInTransaction(txId, undefined);
        return { data: { list: this.aggregate(req, now).map(stringifyEjson) } };
      case 'database.insertDocument':
        return { data: await this.writes.insert(req, txId, now) };
      case 'database.modifyDocument':
        if (!isDocQuery(req)) this.refuseBatchInTransaction(txId, ctx.invocationId);
        return { data: await this.writes.modify(req, txId, now) };
      case 'database.removeDocument':
        if (!isDocQuery(req)) this.refuseBatchInTransaction(txId, ctx.invocationId);
        return { data: await this.writes.remove(req, txId, now) };
      case 'database.modifyAndReturnDoc':
        this.refuseBatchInTransaction(txId, ctx.invocationId);
        return { data: await this.writes.modifyAndReturn(req, now) };
      case 'database.addCollection':
        return this.addCollection(req);
      case 'database.startTransaction':
        return { transactionId: this.transactions.begin(ctx.invocationId) };
      case 'database.commitTransaction':
        this.transactions.commit(requireTx(txId));
        return {};
      case 'database.abortTransaction':
        this.transactions.abort(requireTx(txId));
        return {};
      default:
        throw invalidParam(`the local cloud does not support ${req.action}`);
    }
  }

  /**
   * Inside a transaction only single-document operations are allowed (WeChat's docs: 不能使用
   * where、aggregate). The SDK sends the transactionId with a where().get(), so that one is easy;
   * where().update()/remove() go out *without* it, so we refuse a batch write from an invocation
   * that has a transaction open. (Rare false positive: a batch write run concurrently with a
   * transaction in the same invocation; code that does that is suspicious anyway.)
   */
  private refuseBatchInTransaction(txId: string | undefined, invocationId: string | undefined): void {
    const inTx = txId !== undefined || (invocationId !== undefined && this.transactions.hasOpen(invocationId));
    if (!inTx) return;
    throw invalidParam(
      '事务中只能进行单记录操作（doc），不能使用 where / aggregate 批量操作 ' +
        '(local cloud: a where/aggregate call was made while this invocation has an open transaction)',
    );
  }

  private getDocuments(req: DbRequest, txId: string | undefined, now: number): Doc[] {
    const coll = collectionOf(req);
    const query = objectField(req.query, now, 'query') ?? {};
    const projection = objectField(req.projection, now, 'projection');
    if (txId !== undefined) {
      if (!isDocQuery(req)) this.refuseBatchInTransaction(txId, undefined);
      const doc = this.transactions.read(txId, coll, docKeyOf(query).key);
      return doc ? [project(doc, projection)] : [];
    }
    if (isDocQuery(req)) {
      const doc = this.store.get(coll, docKeyOf(query).key);
      return doc ? [project(doc, projection)] : [];
    }
    const requested = nonNegativeInt(req.limit, 'limit');
    const page = this.store.queries.find(coll, query, {
      order: orderOf(req.order, now),
      offset: nonNegativeInt(req.offset, 'offset'),
      limit: Math.min(requested || MAX_GET_LIMIT, MAX_GET_LIMIT),
    });
    return page.map((doc) => project(doc, projection));
  }

  private count(req: DbRequest, now: number): number {
    const coll = collectionOf(req);
    const query = objectField(req.query, now, 'query') ?? {};
    return this.store.queries.count(coll, query);
  }

  /**
   * The leading `$match` is read through an index like a find (the rest of the pipeline runs on
   * what it returns); a `$lookup`'s collection is read whole (none of our functions uses one).
   */
  private aggregate(req: DbRequest, now: number): Doc[] {
    const coll = collectionOf(req);
    const pipeline = pipelineOf(req.stages, now);
    const first = pipeline[0];
    const match = first && '$match' in first && isPlainObject(first.$match) ? first.$match : undefined;
    const source = this.store.queries.find(coll, match ?? {}, { limit: Infinity });
    const resolve = (name: string): Doc[] => (this.store.hasCollection(name) ? this.store.find(name) : []);
    return aggregateDocs(source, match ? pipeline.slice(1) : pipeline, resolve);
  }

  private addCollection(req: DbRequest): Answer {
    const coll = collectionOf(req);
    if (this.store.hasCollection(coll)) {
      throw new DbError('DATABASE_COLLECTION_ALREADY_EXIST', `collection already exists: ${coll}`);
    }
    this.store.ensureCollection(coll);
    return {};
  }
}

function requireTx(txId: string | undefined): string {
  if (txId === undefined) throw invalidParam('transactionId is required');
  return txId;
}
