/**
 * Order-preserving byte keys for the store's indexes (store-indexes.ts).
 *
 * An index entry's key is the concatenation of one encoding per index field, compared by SQLite as
 * a BLOB (memcmp). Each encoding is self-delimiting and sorts the way MongoDB sorts values of
 * different types: null/missing < numbers < strings < objects < arrays < booleans < dates < regexes.
 * Numbers and dates become 8 bytes whose unsigned order is their numeric order; strings are UTF-8
 * with 0x00 escaped, ended by 0x00 0x01, so "ab" < "abc" < "b". A descending field stores every
 * byte inverted, which reverses its order and keeps it self-delimiting.
 *
 * An array value indexes each element (MongoDB's multikey), so one document may have several keys.
 */
import { stringifyEjson } from './ejson';

export type Direction = 1 | -1;

const TAG = { null: 0x10, number: 0x20, string: 0x30, object: 0x40, array: 0x50, bool: 0x60, date: 0x70, regex: 0x80 };
/** the types a range bound (`$gt` …) keeps itself to, as MongoDB's comparison operators do */
const RANGE_TYPES = new Set([TAG.number, TAG.string, TAG.bool, TAG.date]);
/** larger than every key (no encoding starts with 0xFF, inverted or not) */
export const KEY_MAX = Buffer.from([0xff]);
export const KEY_MIN = Buffer.alloc(0);

/** tag + 8 bytes whose unsigned order is the numeric order of `value` */
function orderedFloat(tag: number, value: number): Buffer {
  const buf = Buffer.allocUnsafe(9);
  buf[0] = tag;
  buf.writeDoubleBE(value === 0 ? 0 : value, 1); // -0 sorts as 0
  if (buf[1] & 0x80) for (let i = 1; i < 9; i++) buf[i] ^= 0xff;
  else buf[1] |= 0x80;
  return buf;
}

/** tag + UTF-8 with 0x00 escaped as 0x00 0xFF + terminator 0x00 0x01 */
function escapedText(tag: number, text: string): Buffer {
  const raw = Buffer.from(text, 'utf8');
  let zeros = 0;
  for (let i = raw.indexOf(0); i >= 0; i = raw.indexOf(0, i + 1)) zeros += 1;
  const out = Buffer.allocUnsafe(raw.length + zeros + 3);
  out[0] = tag;
  let j = 1;
  if (zeros === 0) {
    raw.copy(out, 1);
    j += raw.length;
  } else {
    for (const b of raw) {
      out[j++] = b;
      if (b === 0) out[j++] = 0xff;
    }
  }
  out[j++] = 0x00;
  out[j] = 0x01;
  return out;
}

function tagOf(value: unknown): number {
  if (value === null || value === undefined) return TAG.null;
  if (typeof value === 'number') return TAG.number;
  if (typeof value === 'string') return TAG.string;
  if (typeof value === 'boolean') return TAG.bool;
  if (value instanceof Date) return TAG.date;
  if (value instanceof RegExp) return TAG.regex;
  if (Array.isArray(value)) return TAG.array;
  return TAG.object;
}

/** The ascending encoding of one value. */
function encodeAsc(value: unknown): Buffer {
  const tag = tagOf(value);
  switch (tag) {
    case TAG.null:
      return Buffer.from([tag]);
    case TAG.number:
      return orderedFloat(tag, value as number);
    case TAG.string:
      return escapedText(tag, value as string);
    case TAG.bool:
      return Buffer.from([tag, value ? 1 : 0]);
    case TAG.date:
      return orderedFloat(tag, (value as Date).getTime());
    case TAG.regex:
      return escapedText(tag, String(value));
    default:
      return escapedText(tag, stringifyEjson(value));
  }
}

export function encodeValue(value: unknown, dir: Direction): Buffer {
  const buf = encodeAsc(value);
  if (dir === -1) for (let i = 0; i < buf.length; i++) buf[i] = 0xff - buf[i];
  return buf;
}

/**
 * The first byte every key of this value's type starts with, and the first byte after them: a
 * range bound on one side keeps the scan within its type ($lt a date never reads numbers).
 * Undefined for types a range does not bracket.
 */
export function typeBracket(value: unknown, dir: Direction): { lo: Buffer; hi: Buffer } | undefined {
  const tag = tagOf(value);
  if (!RANGE_TYPES.has(tag)) return undefined;
  return dir === 1
    ? { lo: Buffer.from([tag]), hi: Buffer.from([tag + 1]) }
    : { lo: Buffer.from([0xff - tag]), hi: Buffer.from([0x100 - tag]) };
}

/** The smallest key greater than every key that starts with `prefix` (undefined: none is). */
export function prefixEnd(prefix: Buffer): Buffer {
  let end = prefix.length;
  while (end > 0 && prefix[end - 1] === 0xff) end -= 1;
  if (end === 0) return KEY_MAX;
  const out = Buffer.from(prefix.subarray(0, end));
  out[end - 1] += 1;
  return out;
}

/** The values a (dotted) path reaches in a document; arrays contribute each element. */
export function valuesAt(doc: unknown, path: string): unknown[] {
  if (!path.includes('.') && doc !== null && typeof doc === 'object') {
    const value = (doc as Record<string, unknown>)[path];
    if (!Array.isArray(value)) return [value];
  }
  let current: unknown[] = [doc];
  for (const part of path.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (Array.isArray(value)) {
        for (const el of value)
          if (el !== null && typeof el === 'object') next.push((el as Record<string, unknown>)[part]);
      } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        next.push((value as Record<string, unknown>)[part]);
      } else {
        next.push(undefined);
      }
    }
    current = next;
  }
  const out: unknown[] = [];
  for (const value of current) {
    if (Array.isArray(value)) out.push(...(value.length ? value : [undefined]));
    else out.push(value);
  }
  return out.length ? out : [undefined];
}

/** Most keys one document may have in one index (a product of array fields); more is refused. */
export const MAX_KEYS_PER_DOC = 1000;

/** Every key a document has in an index: one per combination of its fields' values. */
export function keysOf(doc: unknown, fields: readonly (readonly [string, Direction])[]): Buffer[] {
  const single: Buffer[] = [];
  for (const [path, dir] of fields) {
    const values = valuesAt(doc, path);
    if (values.length !== 1) break;
    single.push(encodeValue(values[0], dir));
  }
  if (single.length === fields.length) return [Buffer.concat(single)];
  let keys: Buffer[] = [Buffer.alloc(0)];
  for (const [path, dir] of fields) {
    const values = valuesAt(doc, path);
    const parts = [...new Map(values.map((v) => [encodeValue(v, dir).toString('latin1'), v])).keys()];
    const next: Buffer[] = [];
    for (const key of keys) for (const part of parts) next.push(Buffer.concat([key, Buffer.from(part, 'latin1')]));
    if (next.length > MAX_KEYS_PER_DOC) throw new Error(`a document has more than ${MAX_KEYS_PER_DOC} index keys`);
    keys = next;
  }
  return keys;
}

/**
 * The sort key of a document for an order: ascending byte order of these keys is the order. An
 * array field counts with its smallest encoding, where a forward index scan first meets it.
 */
export function sortKeyOf(doc: unknown, order: readonly (readonly [string, Direction])[]): Buffer {
  return Buffer.concat(
    order.map(([path, dir]) =>
      valuesAt(doc, path)
        .map((v) => encodeValue(v, dir))
        .reduce((a, b) => (Buffer.compare(a, b) <= 0 ? a : b)),
    ),
  );
}
