/**
 * One database transaction that reruns on a conflict (DESIGN.md, "Idioms the cloud needs").
 *
 * wx-server-sdk 4.0.2's runTransaction retries only a conflict reported at commit; one reported at
 * a write (the usual case: the document is locked by, or was changed by, another transaction since
 * our snapshot) comes back as a plain Error with errCode -501001. So `inTransaction` runs the
 * callback in a fresh transaction each time and reruns the whole of it on any conflict, with
 * jittered exponential backoff, within a time budget. It never answers a conflict as INTERNAL: a
 * caller still losing when the budget is spent gets CONFLICT (try again).
 *
 * Rules for callbacks: read with `txGet`, decide, then write; no side effects outside the
 * transaction (it may run many times); throw AppFailure to refuse — that rolls back and reaches
 * the caller unchanged. Only `doc(id)` reads and writes and `add` are allowed in a transaction.
 */
import { db } from './cloud';
import { AppFailure, refusal } from './failure';

type Data = Record<string, unknown>;
export interface TxDocument {
  get(): Promise<{ data: Data | null }>;
  set(options: { data: Data }): Promise<unknown>;
  update(options: { data: Data }): Promise<unknown>;
}
export interface Tx {
  collection(name: string): { doc(id: string): TxDocument; add(options: { data: Data }): Promise<unknown> };
}

/**
 * How long to keep rerunning. A count alone is the wrong bound: with k callers contending for one
 * document each run wins with a chance of about 1/k, so 50 runs fail about 8% of callers at k = 20
 * (0.95^50). Time is what the caller has (the function's timeout, 20 s for `points`), so reruns
 * go on for up to RETRY_BUDGET_MS, with MAX_RUNS as a backstop.
 */
export const RETRY_BUDGET_MS = 12_000;
export const MAX_RUNS = 400;
const BASE_DELAY_MS = 4;
const MAX_DELAY_MS = 250;

const errorText = (e: unknown): string => {
  const err = e as { errMsg?: unknown; message?: unknown } | null;
  return String(err?.errMsg ?? err?.message ?? e ?? '');
};

/**
 * A conflict worth rerunning for: the raw commit-time conflict, a write-time conflict (-501001
 * WriteConflict, or our transaction already aborted by one), or a duplicate key on `add` (someone
 * committed the same deterministic id after our snapshot: the rerun finds it and does nothing).
 */
export function isConflict(e: unknown): boolean {
  const err = e as { code?: unknown; errCode?: unknown } | null;
  if (!err || e instanceof AppFailure) return false;
  if (err.code === 'DATABASE_TRANSACTION_CONFLICT') return true;
  const text = errorText(e);
  if (err.errCode === -501001 && /conflict|aborted/i.test(text)) return true;
  return err.errCode === -502001 && /duplicate key|E11000/i.test(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Full jitter: a random wait up to an exponentially growing cap, so racers spread out. */
const backoff = (run: number): number => Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(run, 8));

/**
 * `waitTurn`, when given, replaces the random sleep between reruns: it should resolve when the
 * contended document is free (a write outside a transaction waits for a transaction's lock), so
 * racers queue on the lock instead of sleeping past their turn and starving under load.
 */
export async function inTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  budgetMs = RETRY_BUDGET_MS,
  waitTurn?: () => Promise<unknown>,
): Promise<T> {
  const started = Date.now();
  for (let run = 1; ; run += 1) {
    try {
      // times = 0: no retry inside the SDK; every rerun is ours, with backoff.
      let hooks: AfterCommit[] = [];
      const result = (await db().runTransaction((tx: Tx) => {
        hooks = [];
        afterCommitHooks.set(tx, hooks);
        return work(tx);
      }, 0)) as T;
      for (const hook of hooks) await hook();
      return result;
    } catch (error) {
      if (!isConflict(error)) throw error;
      const wait = waitTurn ? Math.random() * BASE_DELAY_MS : backoff(run);
      if (run >= MAX_RUNS || Date.now() + wait - started > budgetMs) {
        throw refusal('TOO_BUSY');
      }
      if (waitTurn) await waitTurn();
      await sleep(wait);
    }
  }
}

type AfterCommit = () => Promise<void>;
const afterCommitHooks = new WeakMap<object, AfterCommit[]>();

/**
 * Work to do once this transaction has committed — never for a run that conflicts and is retried,
 * nor for one that fails. For counters every transaction would otherwise write (the 数据看板's): in
 * the transaction they make concurrent transactions conflict on one hot document; after it they are
 * atomic increments that never conflict, and stats-timer repairs the rare one a crash misses.
 */
export function afterCommit(tx: Tx, hook: AfterCommit): void {
  const hooks = afterCommitHooks.get(tx);
  if (!hooks) throw new Error('afterCommit: not inside inTransaction');
  hooks.push(hook);
}

/**
 * A document as the transaction sees it, or null when it does not exist. The SDK throws for a
 * missing document (errCode -1, "document with _id … does not exist"); that is an answer here.
 */
export async function txGet(tx: Tx, collection: string, id: string): Promise<Data | null> {
  try {
    const res = await tx.collection(collection).doc(id).get();
    return res.data ?? null;
  } catch (error) {
    const errCode = (error as { errCode?: unknown })?.errCode;
    // -502005 is a missing collection: a real fault, never "no such document".
    if (errCode !== -502005 && /does not exist/i.test(errorText(error))) return null;
    throw error;
  }
}
