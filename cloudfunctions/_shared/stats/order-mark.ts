/**
 * Order counters moved exactly once, durably with the state change (a transactional outbox on the
 * order document). An order's state moves by one conditional update outside any transaction (the
 * race-proof grab), and the 数据看板 counters are shared by every order of the community, so they
 * cannot join that write. Instead the order carries `statsMark` (model.ts):
 *
 *  1. the state change's own update sets `statsMark.pending` (`owedMark`): the move is owed, and
 *     recorded in the same write as the change, so no crash can lose it;
 *  2. right after, `settleOrderStats` CLAIMS it with one conditional update on the order — still
 *     pending, unchanged since (updatedAt), counted snapshot still the one it read (`v`) — which
 *     writes the new counted snapshot and clears `pending`; only the claimer moves the counters,
 *     by (facts now) − (facts counted);
 *  3. a claim the function never made (a crash, a timeout) is made by stats-timer for orders
 *     pending for over a minute (`settlePendingOrders`), the same way.
 *
 * Of the hook, the timer and a later change's hook, exactly one claim per snapshot succeeds, so a
 * move is never counted twice; a later change's claim counts both moves at once. What is left is
 * a crash in the one round trip between a claim and its counter increment (the counters then miss
 * that move): the hourly recount (reconcile.ts) repairs it, as it repairs any drift.
 */
import { orderFacts, orderScopes } from '../../../domain/stats/order-facts';
import { db } from '../cloud';
import { findById } from '../records';
import { orderDoc, type OrderDoc } from '../orders/model';
import { moveStats } from './counters';
import { markMovesBetween } from './mark-moves';
import { servedMoves } from './orders';

export type StatsMark = NonNullable<OrderDoc['statsMark']>;
type Counted = Omit<StatsMark, 'pending'>;

/** Nothing counted yet: a new order's mark (its first claim also counts 服务居民). */
const NOTHING: Counted = { v: 0, scopes: [], facts: {} };

/** What the counters should hold for the order as it is now. */
export const countedOf = (o: OrderDoc): Counted => ({
  v: o.updatedAt.getTime(),
  scopes: orderScopes(o),
  facts: orderFacts(o),
});

/**
 * The fields to put in the SAME update as an order's state change (`before` null: the insert that
 * files it), and the mark that update leaves. An order from before marks existed is counted as it
 * was read, which is what its counters hold.
 */
export function owedMark(before: OrderDoc | null): { fields: Record<string, unknown>; mark: StatsMark } {
  if (before?.statsMark) return { fields: { 'statsMark.pending': true }, mark: { ...before.statsMark, pending: true } };
  const mark = { pending: true, ...(before ? countedOf(before) : NOTHING) };
  return { fields: { statsMark: db().command.set(mark) }, mark };
}

/** The same for an insert: the document's own field. */
export const newOrderMark = (): StatsMark => ({ pending: true, ...NOTHING });

const CLAIM_TRIES = 3;

/**
 * Counts what `order` owes (its mark as the state change left it), once. Never throws: the change
 * has committed; a claim it could not make stays for stats-timer. Answers whether it counted.
 */
export async function settleOrderStats(order: OrderDoc, mark: StatsMark): Promise<boolean> {
  try {
    let o = order;
    let m: StatsMark | undefined = mark;
    for (let run = 0; run < CLAIM_TRIES && m?.pending; run += 1) {
      const next = countedOf(o);
      const res = (await db()
        .collection('orders')
        .where({ _id: o._id, updatedAt: o.updatedAt, 'statsMark.pending': true, 'statsMark.v': m.v })
        .update({ data: { statsMark: db().command.set({ pending: false, ...next }) } })) as {
        stats: { updated: number };
      };
      if (res.stats.updated === 1) {
        const moves = markMovesBetween(o.communityId, o.createdAt, m, next);
        if (m.v === 0) moves.push(...(await servedMoves(o)));
        await moveStats(moves);
        return true;
      }
      // Changed since (its own hook counts it), claimed by another, or our `v` was stale: look again.
      const fresh = await findById('orders', o._id, orderDoc);
      if (!fresh) return false;
      o = fresh;
      m = fresh.statsMark;
    }
  } catch (error) {
    console.error(
      `[stats] order mark left for stats-timer: ${String((error as { errCode?: unknown })?.errCode ?? 'unknown')}`,
    );
  }
  return false;
}
