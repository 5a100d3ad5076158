/**
 * A count that needs no document: when the filter is only equalities to plain strings, numbers or
 * booleans on an index's leading fields, the plan's one key range holds exactly the matching
 * documents (MongoDB equality, arrays included: each element is a key), so counting the distinct
 * documents in that range is the answer. 阅读情况's two counts, for one, then cost the same for a
 * building of 25 homes as of 2,500. Anything else (ranges, `$in`, `$or`, null, dates, objects) is
 * counted by reading and re-testing each candidate with mingo.
 */
import type { Plan, StoredIndex } from './query-planner';
import { termsOf } from './query-constraints';

export interface ExactRange {
  index: StoredIndex;
  lo: Buffer;
  hi: Buffer;
}

export function exactCountRange(criteria: Record<string, unknown>, plan: Plan): ExactRange | undefined {
  if (plan.scans.length !== 1) return undefined;
  const scan = plan.scans[0];
  if (scan.kind !== 'index') return undefined;
  const terms = termsOf(criteria);
  const fields = new Set<string>();
  for (const [field, value] of terms) {
    if (field.startsWith('$') || fields.has(field) || !isPlainScalar(value)) return undefined;
    fields.add(field);
  }
  if (fields.size === 0) return undefined;
  const leading = scan.index.fields.slice(0, fields.size).map(([f]) => f);
  if (leading.length !== fields.size || !leading.every((f) => fields.has(f))) return undefined;
  return { index: scan.index, lo: scan.lo, hi: scan.hi };
}

function isPlainScalar(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}
