/**
 * Extended JSON as the pinned SDK speaks it, plus the few cloud-only value markers.
 *
 * wx-server-sdk 4.0.2 → @cloudbase/node-sdk 3.17.2 → @cloudbase/database 1.4.3 encodes every query,
 * update and document with `bson`'s EJSON (canonical mode: `{"$numberInt":"1"}`, `{"$date":…}`),
 * and decodes every returned document with `EJSON.parse`. We load that very `bson` (resolved along
 * the SDK's own dependency chain) so both ends agree even if another copy of bson is hoisted.
 */
import { createRequire } from 'node:module';

export type Doc = Record<string, unknown> & { _id?: unknown };

interface BsonModule {
  EJSON: {
    parse(text: string, options?: { relaxed?: boolean }): unknown;
    stringify(value: unknown, options?: { relaxed?: boolean }): string;
  };
  BSONRegExp: new (pattern: string, options?: string) => { pattern: string; options: string };
}

function loadSdkBson(): BsonModule {
  const fromHere = createRequire(__filename);
  const fromSdk = createRequire(fromHere.resolve('wx-server-sdk'));
  const fromNodeSdk = createRequire(fromSdk.resolve('@cloudbase/node-sdk'));
  const fromDatabase = createRequire(fromNodeSdk.resolve('@cloudbase/database'));
  return fromDatabase('bson') as BsonModule;
}

const bson = loadSdkBson();

/** Parses one EJSON text from the SDK into plain JS values (Dates, RegExps, numbers). */
export function parseEjson(text: string): unknown {
  return toPlainValues(bson.EJSON.parse(text, { relaxed: true }));
}

/** Serialises for the wire and for disk: relaxed EJSON keeps Dates as Dates and numbers readable. */
export function stringifyEjson(value: unknown): string {
  return bson.EJSON.stringify(value, { relaxed: true });
}

/** EJSON may yield BSONRegExp; mingo understands only native RegExp. */
function toPlainValues(value: unknown): unknown {
  if (value instanceof bson.BSONRegExp) return new RegExp(value.pattern, value.options);
  if (Array.isArray(value)) return value.map(toPlainValues);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlainValues(v);
    return out;
  }
  return value;
}

/**
 * `db.serverDate({ offset })` travels as `{ $tcb_server_date: { offset } }` inside data and queries;
 * the cloud replaces it with its own clock. We store a real Date, so a read gives a Date back.
 */
export function resolveServerDates(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveServerDates(v, now));
  if (!isPlainObject(value)) return value;
  const marker = value.$tcb_server_date;
  if (marker !== undefined && Object.keys(value).length === 1) {
    const offset = isPlainObject(marker) && typeof marker.offset === 'number' ? marker.offset : 0;
    return new Date(now + offset);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = resolveServerDates(v, now);
  return out;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Deep copy; stored documents are never mutated in place (open transactions keep references to old
 * versions). Not structuredClone: under jest that builds Dates of another realm (instanceof fails).
 */
export function cloneDoc<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T;
  if (Array.isArray(value)) return value.map(cloneDoc) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneDoc(v);
    return out as T;
  }
  return value;
}

/** Map key of an `_id`: strings as they are, anything else (numbers) tagged so it cannot collide. */
export function idKey(id: unknown): string {
  return typeof id === 'string' ? id : `\u0000${JSON.stringify(id)}`;
}
