/**
 * Chooses how a query is read: through which declared index, over which key ranges, in which
 * direction. A query is *served* when an index's leading fields are fixed by equality (`$in` counts:
 * one range per value, merged in sort order), followed by a range on the next field or by the
 * sort; or when it names `_id`s (lookups), or ranges/sorts on `_id` alone (the implicit `_id` index).
 * An `$or` is served when each branch is (their results merged, duplicates dropped).
 *
 * The ranges are a superset of the answer: the store re-tests each candidate with mingo. Returns
 * undefined when nothing serves the query (the store then refuses it, or scans in warn mode).
 */
import { encodeValue, KEY_MAX, prefixEnd, typeBracket, type Direction } from './index-keys';
import type { IndexSpec } from './index-catalog';
import { constraintsOf, termsOf, type FieldConstraint, type Term } from './query-constraints';

export type Order = (readonly [string, Direction])[];

export interface StoredIndex extends IndexSpec {
  id: number;
}

export type Scan =
  | { kind: 'index'; index: StoredIndex; lo: Buffer; hi: Buffer; reverse: boolean }
  | { kind: 'ids'; ids: (string | number)[] }
  | { kind: 'idRange'; lo: string; hi: string; reverse: boolean }
  | { kind: 'natural' };

export interface Plan {
  /** each scan yields candidates in `order` (or in no order when there is none) */
  scans: Scan[];
  order: Order;
  /** which index, for messages and tests */
  label: string;
  score: number;
}

/** At most this many equality combinations (a product of `$in` lists) become separate ranges. */
const MAX_POINTS = 256;
const MAX_ID_LOOKUPS = 1000;
const ID_INDEX: StoredIndex = { id: 0, coll: '', name: '_id_', fields: [['_id', 1]] };
/** a string key larger than any real `_id` */
export const ID_KEY_MAX = '\u{10FFFF}';

export function planQuery(
  criteria: Record<string, unknown>,
  order: Order,
  indexes: readonly StoredIndex[],
  depth = 0,
): Plan | undefined {
  const terms = termsOf(criteria);
  const cons = constraintsOf(terms);
  const filterEmpty = terms.length === 0;
  let best: Plan | undefined;
  for (const index of [ID_INDEX, ...indexes]) {
    const plan = planIndex(index, cons, order, filterEmpty);
    if (plan && (!best || plan.score > best.score)) best = plan;
  }
  if (filterEmpty && order.length === 0) best = { scans: [{ kind: 'natural' }], order, label: 'natural', score: 1 };
  const union = depth < 3 ? planOr(terms, order, indexes, depth) : undefined;
  if (union && (!best || union.score > best.score)) best = union;
  return best;
}

/** An `$or` read branch by branch, each with the rest of the conjunction. */
function planOr(terms: Term[], order: Order, indexes: readonly StoredIndex[], depth: number): Plan | undefined {
  const at = terms.findIndex(([k, v]) => k === '$or' && Array.isArray(v) && v.length > 0);
  if (at < 0) return undefined;
  const rest = terms.filter((_, i) => i !== at).map(([k, v]) => ({ [k]: v }));
  const plans: Plan[] = [];
  for (const branch of terms[at][1] as Record<string, unknown>[]) {
    const plan = planQuery({ $and: [...rest, branch] }, order, indexes, depth + 1);
    if (!plan || plan.scans.some((s) => s.kind === 'natural')) return undefined;
    plans.push(plan);
  }
  return {
    scans: plans.flatMap((p) => p.scans),
    order,
    label: `or(${plans.map((p) => p.label).join(', ')})`,
    score: Math.min(...plans.map((p) => p.score)) - 1,
  };
}

function planIndex(
  index: StoredIndex,
  cons: Map<string, FieldConstraint>,
  order: Order,
  filterEmpty: boolean,
): Plan | undefined {
  if (index === ID_INDEX) {
    const ids = cons.get('_id')?.points;
    if (ids && ids.length <= MAX_ID_LOOKUPS && ids.every((id) => typeof id === 'string' || typeof id === 'number')) {
      return { scans: [{ kind: 'ids', ids: ids as (string | number)[] }], order, label: '_id lookup', score: 1000 };
    }
  }
  const fields = index.fields;
  let p = 0;
  let product = 1;
  while (p < fields.length) {
    const points = cons.get(fields[p][0])?.points;
    if (!points || product * points.length > MAX_POINTS) break;
    product *= Math.max(points.length, 1);
    p += 1;
  }
  const fixed = new Set([...cons].filter(([, c]) => c.points?.length === 1).map(([f]) => f));
  const sort = order.filter(([f]) => !fixed.has(f));
  const rest = fields.slice(p);
  let reverse = false;
  if (sort.length > 0) {
    if (sort.length > rest.length) return undefined;
    const same = sort.every(([f, d], i) => rest[i][0] === f && rest[i][1] === d);
    const opposite = sort.every(([f, d], i) => rest[i][0] === f && rest[i][1] === -d);
    if (!same && !opposite) return undefined;
    reverse = !same;
  }
  const next = rest[0];
  const range = next ? cons.get(next[0]) : undefined;
  const useRange = Boolean(range && !range.points && (range.lo || range.hi));
  if (p === 0 && !useRange && !(filterEmpty && sort.length > 0)) return undefined;
  const score = p * 10 + (useRange ? 5 : 0) + (sort.length ? 2 : 0) - (product > 1 ? 1 : 0);

  if (index === ID_INDEX) return p > 0 ? undefined : planIdRange(cons.get('_id'), reverse, order, score);
  let prefixes = [Buffer.alloc(0)];
  for (const [field, dir] of fields.slice(0, p)) {
    const points = cons.get(field)?.points ?? [];
    prefixes = prefixes.flatMap((pre) => points.map((v) => Buffer.concat([pre, encodeValue(v, dir)])));
  }
  const unique = [...new Map(prefixes.map((b) => [b.toString('latin1'), b])).values()];
  const scans: Scan[] = unique.map((prefix) => {
    const { lo, hi } = useRange && range ? rangeKeys(prefix, range, next[1]) : { lo: prefix, hi: prefixEnd(prefix) };
    return { kind: 'index', index, lo, hi, reverse };
  });
  return { scans, order, label: `${index.coll}.${index.name}`, score };
}

function planIdRange(c: FieldConstraint | undefined, reverse: boolean, order: Order, score: number): Plan {
  // The implicit _id index is the store's key order: exact for string ids (all ours are).
  let lo = '';
  let hi = ID_KEY_MAX;
  if (c?.lo && typeof c.lo.value === 'string') lo = c.lo.strict ? `${c.lo.value}\u0000` : c.lo.value;
  if (c?.hi && typeof c.hi.value === 'string') hi = c.hi.strict ? c.hi.value : `${c.hi.value}\u0000`;
  return { scans: [{ kind: 'idRange', lo, hi, reverse }], order, label: '_id range', score };
}

/** The key range of a range constraint on the field after `prefix`, stored in direction `dir`. */
function rangeKeys(prefix: Buffer, c: FieldConstraint, dir: Direction): { lo: Buffer; hi: Buffer } {
  let lo = prefix;
  let hi = prefixEnd(prefix);
  const at = (v: unknown): Buffer => Buffer.concat([prefix, encodeValue(v, dir)]);
  const raiseLo = (b: Buffer): void => void (Buffer.compare(b, lo) > 0 && (lo = b));
  const lowerHi = (b: Buffer): void => void (Buffer.compare(b, hi) < 0 && (hi = b));
  // ascending: a lower value bound is a lower key bound; descending (inverted bytes): the reverse
  const valueLo = (b: { value: unknown; strict: boolean }): void => {
    const key = at(b.value);
    if (dir === 1) raiseLo(b.strict ? prefixEnd(key) : key);
    else lowerHi(b.strict ? key : prefixEnd(key));
  };
  const valueHi = (b: { value: unknown; strict: boolean }): void => {
    const key = at(b.value);
    if (dir === 1) lowerHi(b.strict ? key : prefixEnd(key));
    else raiseLo(b.strict ? prefixEnd(key) : key);
  };
  if (c.lo) valueLo(c.lo);
  if (c.hi) valueHi(c.hi);
  const one = c.lo && !c.hi ? c.lo.value : c.hi && !c.lo ? c.hi.value : undefined;
  const bracket = one === undefined ? undefined : typeBracket(one, dir);
  if (bracket) {
    raiseLo(Buffer.concat([prefix, bracket.lo]));
    lowerHi(Buffer.concat([prefix, bracket.hi]));
  }
  if (Buffer.compare(hi, KEY_MAX) > 0) hi = KEY_MAX;
  return { lo, hi };
}
