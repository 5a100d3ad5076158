/**
 * MongoDB semantics for queries, updates, projections and aggregation, through mingo.
 * Everything here is pure: documents in, new documents out; stored objects are never mutated.
 */
import { Aggregator, Query, update as mingoUpdate } from 'mingo';
import { cloneDoc, isPlainObject, type Doc } from './ejson';
import { invalidParam } from './errors';

type Criteria = Record<string, unknown>;

export interface FindOptions {
  order?: Record<string, 1 | -1>;
  offset?: number;
  limit: number;
  projection?: Record<string, unknown>;
}

export function compileQuery(criteria: Criteria): Query {
  try {
    return new Query(criteria);
  } catch (error) {
    throw invalidParam(`invalid query: ${(error as Error).message}`);
  }
}

export function findDocs(source: Doc[], criteria: Criteria, options: FindOptions): Doc[] {
  const query = compileQuery(criteria);
  const projection = options.projection && Object.keys(options.projection).length ? options.projection : undefined;
  let cursor = query.find<Doc>(source, projection);
  if (options.order && Object.keys(options.order).length) cursor = cursor.sort(options.order);
  if (options.offset) cursor = cursor.skip(options.offset);
  if (Number.isFinite(options.limit)) cursor = cursor.limit(options.limit);
  return cursor.all();
}

export function project(doc: Doc, projection: Record<string, unknown> | undefined): Doc {
  if (!projection || Object.keys(projection).length === 0) return doc;
  return findDocs([doc], {}, { projection, limit: 1 })[0] ?? doc;
}

/**
 * Applies an SDK update. `merge: true` (doc.update, where.update) carries update operators
 * (`$set`, `$inc`, `$push`…, plain fields already turned into `$set` by the SDK); `merge: false`
 * (doc.set) carries a whole replacement document. The `_id` never changes.
 * Returns the new document and whether anything changed (MongoDB's nModified semantics).
 */
export function applyUpdate(doc: Doc, data: unknown, merge: boolean): { after: Doc; changed: boolean } {
  if (!isPlainObject(data)) throw invalidParam('update data must be an object');
  if (!merge) {
    const after: Doc = { _id: doc._id, ...withoutId(data) };
    return { after, changed: !sameDoc(doc, after) };
  }
  const operators = Object.keys(data);
  if (operators.length === 0 || operators.some((k) => !k.startsWith('$'))) {
    throw invalidParam('update data must consist of update operators');
  }
  for (const fields of Object.values(data)) {
    if (isPlainObject(fields) && Object.keys(fields).some((f) => f === '_id' || f.startsWith('_id.'))) {
      throw invalidParam('不能更新_id的值');
    }
  }
  const after = cloneDoc(doc);
  let changedPaths: string[];
  try {
    changedPaths = mingoUpdate(after, data as Parameters<typeof mingoUpdate>[1]);
  } catch (error) {
    throw invalidParam(`invalid update: ${(error as Error).message}`);
  }
  return { after, changed: changedPaths.length > 0 };
}

export function withoutId(data: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...data };
  delete copy._id;
  return copy;
}

function sameDoc(a: Doc, b: Doc): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

export function aggregateDocs(
  source: Doc[],
  pipeline: Record<string, unknown>[],
  resolveCollection: (name: string) => Doc[],
): Doc[] {
  try {
    const aggregator = new Aggregator(pipeline, { collectionResolver: resolveCollection });
    return aggregator.run(source) as Doc[];
  } catch (error) {
    throw invalidParam(`invalid aggregate pipeline: ${(error as Error).message}`);
  }
}
