/**
 * What a MongoDB-style filter says about each field, as far as an index can use it: a list of
 * points (equality, `$in`) or a range (`$gt`/`$gte`/`$lt`/`$lte`). Everything else (`$ne`, `$regex`,
 * `$exists`, …) is left to mingo, which re-tests every candidate the index returns; so a constraint
 * here may be looser than the filter (a superset), never tighter.
 */
import { isPlainObject } from './ejson';
import { encodeValue } from './index-keys';

export interface Bound {
  value: unknown;
  strict: boolean;
}

export interface FieldConstraint {
  points?: unknown[];
  lo?: Bound;
  hi?: Bound;
}

export type Term = readonly [string, unknown];

/** The conjunction a filter is: its top-level fields and the members of (nested) `$and`s. */
export function termsOf(criteria: Record<string, unknown>, out: Term[] = []): Term[] {
  for (const [key, value] of Object.entries(criteria)) {
    if (key === '$and' && Array.isArray(value) && value.every(isPlainObject)) {
      for (const sub of value) termsOf(sub, out);
    } else {
      out.push([key, value]);
    }
  }
  return out;
}

const ascKey = (value: unknown): Buffer => encodeValue(value, 1);
const compareValues = (a: unknown, b: unknown): number => Buffer.compare(ascKey(a), ascKey(b));

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => k.startsWith('$'));
}

/** A value an equality on an index can look up: arrays and regexes match in other ways. */
function isPoint(value: unknown): boolean {
  return !Array.isArray(value) && !(value instanceof RegExp) && !isOperatorObject(value);
}

function isRangeValue(value: unknown): boolean {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date;
}

function tighterLo(a: Bound | undefined, b: Bound): Bound {
  if (!a) return b;
  const c = compareValues(a.value, b.value);
  return c > 0 || (c === 0 && a.strict) ? a : b;
}

function tighterHi(a: Bound | undefined, b: Bound): Bound {
  if (!a) return b;
  const c = compareValues(a.value, b.value);
  return c < 0 || (c === 0 && a.strict) ? a : b;
}

function fieldConstraint(value: unknown): FieldConstraint | undefined {
  if (!isOperatorObject(value)) return isPoint(value) ? { points: [value] } : undefined;
  const c: FieldConstraint = {};
  for (const [op, arg] of Object.entries(value)) {
    if (op === '$eq' && isPoint(arg)) c.points = [arg];
    else if (op === '$in' && Array.isArray(arg) && arg.every(isPoint)) c.points = arg;
    else if ((op === '$gt' || op === '$gte') && isRangeValue(arg))
      c.lo = tighterLo(c.lo, { value: arg, strict: op === '$gt' });
    else if ((op === '$lt' || op === '$lte') && isRangeValue(arg))
      c.hi = tighterHi(c.hi, { value: arg, strict: op === '$lt' });
  }
  return c.points || c.lo || c.hi ? c : undefined;
}

function merge(into: Map<string, FieldConstraint>, field: string, c: FieldConstraint): void {
  const had = into.get(field);
  if (!had) {
    into.set(field, { ...c });
    return;
  }
  if (c.points && (!had.points || c.points.length < had.points.length)) had.points = c.points;
  if (c.lo) had.lo = tighterLo(had.lo, c.lo);
  if (c.hi) had.hi = tighterHi(had.hi, c.hi);
}

/**
 * Per-field constraints of a conjunction. An `$or` whose every branch constrains a field adds the
 * hull of those constraints when the conjunction does not constrain that field itself, e.g. a
 * keyset cursor `$or: [{ at: { $lt: t } }, { at: t, _id: { $lt: id } }]` gives `at ≤ t`.
 */
export function constraintsOf(terms: readonly Term[]): Map<string, FieldConstraint> {
  const out = new Map<string, FieldConstraint>();
  const ors: unknown[][] = [];
  for (const [key, value] of terms) {
    if (key === '$or' && Array.isArray(value) && value.length > 0) ors.push(value);
    else if (!key.startsWith('$')) {
      const c = fieldConstraint(value);
      if (c) merge(out, key, c);
    }
  }
  for (const branches of ors) {
    for (const [field, c] of hullOf(branches)) if (!out.has(field)) out.set(field, c);
  }
  return out;
}

function hullOf(branches: unknown[]): Map<string, FieldConstraint> {
  const hull = new Map<string, FieldConstraint>();
  if (!branches.every(isPlainObject)) return hull;
  const each = branches.map((b) => constraintsOf(termsOf(b)));
  for (const field of each[0].keys()) {
    const cs = each.map((m) => m.get(field));
    if (cs.some((c) => c === undefined)) continue;
    const all = cs as FieldConstraint[];
    if (all.every((c) => c.points)) {
      const points = new Map<string, unknown>();
      for (const c of all) for (const p of c.points ?? []) points.set(ascKey(p).toString('latin1'), p);
      hull.set(field, { points: [...points.values()] });
      continue;
    }
    const los = all.map((c) => (c.points ? minOf(c.points) : c.lo?.value));
    const his = all.map((c) => (c.points ? maxOf(c.points) : c.hi?.value));
    const c: FieldConstraint = {};
    if (los.every((v) => v !== undefined)) c.lo = { value: minOf(los), strict: false };
    if (his.every((v) => v !== undefined)) c.hi = { value: maxOf(his), strict: false };
    if (c.lo || c.hi) hull.set(field, c);
  }
  return hull;
}

const minOf = (values: unknown[]): unknown => values.reduce((a, b) => (compareValues(a, b) <= 0 ? a : b));
const maxOf = (values: unknown[]): unknown => values.reduce((a, b) => (compareValues(a, b) >= 0 ? a : b));

/** `communityId(eq), status(in), createdAt(lt)`: the filter's fields and how it uses them. */
export function describeFilter(criteria: Record<string, unknown>): string {
  const uses = new Map<string, Set<string>>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!isPlainObject(value)) return;
    for (const [key, v] of Object.entries(value)) {
      if (key.startsWith('$')) {
        walk(v);
        continue;
      }
      const set = uses.get(key) ?? new Set<string>();
      uses.set(key, set);
      if (isOperatorObject(v)) for (const op of Object.keys(v)) set.add(op.slice(1));
      else set.add(v instanceof RegExp ? 'regex' : 'eq');
    }
  };
  walk(criteria);
  if (uses.size === 0) return '(none)';
  return [...uses].map(([field, ops]) => `${field}(${[...ops].join('|')})`).join(', ');
}
