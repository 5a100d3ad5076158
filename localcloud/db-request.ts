/**
 * Reading one SDK database request body. Every field below was observed on the wire from the
 * pinned wx-server-sdk 4.0.2 (the contract test pins them): query, data, order and projection
 * are canonical-EJSON *strings*; offset and limit are plain numbers; insert data is an array of
 * EJSON strings; aggregate stages are `{ stageKey, stageValue }` with stageValue a JSON string.
 */
import { idKey, isPlainObject, parseEjson, resolveServerDates } from './ejson';
import { invalidParam } from './errors';

export interface DbRequest {
  action: string;
  collectionName?: unknown;
  query?: unknown;
  queryType?: unknown;
  data?: unknown;
  order?: unknown;
  offset?: unknown;
  limit?: unknown;
  projection?: unknown;
  multi?: unknown;
  merge?: unknown;
  upsert?: unknown;
  transactionId?: unknown;
  stages?: unknown;
}

export function asDbRequest(body: unknown): DbRequest {
  if (!isPlainObject(body) || typeof body.action !== 'string') throw invalidParam('request needs an action');
  return body as unknown as DbRequest;
}

export function collectionOf(req: DbRequest): string {
  if (typeof req.collectionName !== 'string' || req.collectionName === '') {
    throw invalidParam('collectionName is required');
  }
  return req.collectionName;
}

/** Parses an EJSON field into a value, replacing serverDate markers with the server's clock. */
export function ejsonField(value: unknown, now: number): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = typeof value === 'string' ? parseEjson(value) : value;
  return resolveServerDates(parsed, now);
}

export function objectField(value: unknown, now: number, what: string): Record<string, unknown> | undefined {
  const parsed = ejsonField(value, now);
  if (parsed === undefined) return undefined;
  if (!isPlainObject(parsed)) throw invalidParam(`${what} must be an object`);
  return parsed;
}

export function isDocQuery(req: DbRequest): boolean {
  return req.queryType === 'DOC';
}

/** The `_id` of a doc() request, which the SDK sends as the query `{ _id }`. */
export function docKeyOf(query: Record<string, unknown> | undefined): { id: unknown; key: string } {
  const id = query?._id;
  if (typeof id !== 'string' && typeof id !== 'number') throw invalidParam('docId必须为字符串或数字');
  return { id, key: idKey(id) };
}

export function transactionIdOf(req: DbRequest): string | undefined {
  if (req.transactionId === undefined || req.transactionId === null || req.transactionId === '') return undefined;
  if (typeof req.transactionId !== 'string') throw invalidParam('transactionId must be a string');
  return req.transactionId;
}

export function nonNegativeInt(value: unknown, what: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw invalidParam(`${what} must be a non-negative integer`);
  }
  return value;
}

export function orderOf(value: unknown, now: number): Record<string, 1 | -1> | undefined {
  const order = objectField(value, now, 'order');
  if (!order) return undefined;
  const out: Record<string, 1 | -1> = {};
  for (const [field, dir] of Object.entries(order)) out[field] = dir === -1 || dir === 'desc' ? -1 : 1;
  return out;
}

export function pipelineOf(stages: unknown, now: number): Record<string, unknown>[] {
  if (!Array.isArray(stages)) throw invalidParam('stages must be an array');
  return stages.map((stage) => {
    if (!isPlainObject(stage) || typeof stage.stageKey !== 'string') throw invalidParam('invalid aggregate stage');
    return { [stage.stageKey]: ejsonField(stage.stageValue, now) };
  });
}

/** Insert data: one EJSON string per document (collection.add sends an array of one). */
export function insertDocsOf(data: unknown, now: number): Record<string, unknown>[] {
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) throw invalidParam('data is empty');
  return items.map((item) => {
    const doc = ejsonField(item, now);
    if (!isPlainObject(doc)) throw invalidParam('参数必需是非空对象');
    return doc;
  });
}
