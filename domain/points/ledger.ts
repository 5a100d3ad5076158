/**
 * The ledger's rules as pure functions. An account holds two figures:
 *   balance  = Σ amount of its entries            (what can be spent; never below 0)
 *   lifetime = Σ lifetimeDelta of its entries     (all ever earned; spending never lowers it)
 * and entryCount = the number of its entries. Every change to an account is one new entry; an
 * entry is never edited or removed — a correction is a new `reversal` entry.
 */
import type { EntryKind, PointArea } from '../../types/points';
import { refuse, type Refused } from '../../types/refusals';

export interface AccountFigures {
  balance: number;
  lifetime: number;
  entryCount: number;
}

export interface EntryFigures {
  kind: EntryKind;
  amount: number;
  lifetimeDelta: number;
}

export interface EarningFacts extends EntryFigures {
  _id: string;
  area?: PointArea;
}

export type LedgerResult<T> = { ok: true; value: T } | Refused;

export const EMPTY_ACCOUNT: AccountFigures = { balance: 0, lifetime: 0, entryCount: 0 };

/** Only earnings (and their reversals) count towards lifetime; spending and refunds move the balance only. */
export function lifetimeDeltaOf(kind: EntryKind, amount: number): number {
  return kind === 'earn' || kind === 'reversal' ? amount : 0;
}

/** The sign each kind must carry: earn and refund add, spend and reversal take away; never zero. */
export function wellFormed(e: EntryFigures): boolean {
  if (!Number.isInteger(e.amount) || e.amount === 0) return false;
  if (e.lifetimeDelta !== lifetimeDeltaOf(e.kind, e.amount)) return false;
  return e.kind === 'earn' || e.kind === 'refund' ? e.amount > 0 : e.amount < 0;
}

/**
 * The account after one more entry. Refuses (RESOURCE_EXHAUSTED) when the balance would go below
 * zero: a spend beyond the balance, or a reversal of points already spent.
 */
export function post(account: AccountFigures | null, entry: EntryFigures): LedgerResult<AccountFigures> {
  const before = account ?? EMPTY_ACCOUNT;
  if (!wellFormed(entry)) return refuse('LEDGER_ENTRY_MALFORMED');
  const balance = before.balance + entry.amount;
  if (balance < 0) {
    return entry.kind === 'reversal'
      ? refuse('POINTS_ALREADY_SPENT')
      : refuse('POINTS_INSUFFICIENT', `积分不足（当前 ${before.balance} 分）`);
  }
  return {
    ok: true,
    value: { balance, lifetime: before.lifetime + entry.lifetimeDelta, entryCount: before.entryCount + 1 },
  };
}

/** Only earnings can be reversed (冲正); the admin's ledger page offers it on the same rule. */
export const isReversible = (e: { kind: EntryKind }): boolean => e.kind === 'earn';

/** The figures of a reversal of `original`: only earnings can be reversed, and only in full. */
export function reversalOf(
  original: EarningFacts,
): LedgerResult<EntryFigures & { area?: PointArea; reverses: string }> {
  if (!isReversible(original)) return refuse('ONLY_EARNINGS_REVERSIBLE');
  return {
    ok: true,
    value: {
      kind: 'reversal',
      amount: -original.amount,
      lifetimeDelta: -original.lifetimeDelta,
      area: original.area,
      reverses: original._id,
    },
  };
}

export type BreachKind =
  | 'negative_balance'
  | 'balance_mismatch'
  | 'lifetime_mismatch'
  | 'count_mismatch'
  | 'balance_above_lifetime'
  | 'malformed_entry';
export interface Breach {
  kind: BreachKind;
  expected?: number;
  actual?: number;
}

/** The totals a set of entries implies. */
export function totalsOf(entries: readonly EntryFigures[]): AccountFigures {
  return entries.reduce(
    (t, e) => ({ balance: t.balance + e.amount, lifetime: t.lifetime + e.lifetimeDelta, entryCount: t.entryCount + 1 }),
    EMPTY_ACCOUNT,
  );
}

/**
 * Every invariant of one account against the totals of its entries. `balance ≤ lifetime` holds
 * because a refund only ever returns a spend, so a doubled refund shows up here.
 */
export function breachesOf(account: AccountFigures, totals: AccountFigures, malformed = 0): Breach[] {
  const out: Breach[] = [];
  if (account.balance < 0) out.push({ kind: 'negative_balance', actual: account.balance });
  if (account.balance !== totals.balance)
    out.push({ kind: 'balance_mismatch', expected: totals.balance, actual: account.balance });
  if (account.lifetime !== totals.lifetime)
    out.push({ kind: 'lifetime_mismatch', expected: totals.lifetime, actual: account.lifetime });
  if (account.entryCount !== totals.entryCount)
    out.push({ kind: 'count_mismatch', expected: totals.entryCount, actual: account.entryCount });
  if (account.balance > account.lifetime)
    out.push({ kind: 'balance_above_lifetime', expected: account.lifetime, actual: account.balance });
  if (malformed > 0) out.push({ kind: 'malformed_entry', actual: malformed });
  return out;
}
