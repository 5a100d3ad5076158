/**
 * Order earnings (used by `orders` right after rate/rectify commits, and by `points-timer`'s sweep).
 * In ONE transaction: post each earning due (idempotent on its cause) and, once the order is
 * closed, flag it `pointsSettled` so the sweep stops looking at it. Because the entries are keyed
 * by cause, an order closing "twice" (a retried timer, a double tap, the hook and the sweep both
 * running) awards once.
 */
import type { Category, OrderStatus } from '../../../types/orders';
import { orderEarnings, raterOf, RATED_STATUSES } from '../../../domain/points/earnings';
import { db } from '../cloud';
import { loadHolder, loadPointSettings, postEntry, type Holder } from '../points-ledger';
import { inTransaction } from '../transaction';

export interface SettleableOrder {
  _id: string;
  communityId: string;
  status: OrderStatus;
  category?: Category;
  takerId?: string;
  /** When it was last moved (rated or closed): the earnings count in that period on the boards. */
  updatedAt?: Date;
  timeline: readonly { action: string; actorId: string }[];
}

/** Posts what the order has earned; answers the causes newly written. */
export async function settleOrderPoints(order: SettleableOrder, now = new Date()): Promise<string[]> {
  const at = order.updatedAt ?? now;
  const settings = await loadPointSettings(order.communityId);
  const { due, settled } = orderEarnings({ ...order, raterId: raterOf(order.timeline) }, settings);
  const holders = new Map<string, Holder | null>();
  for (const e of due) if (!holders.has(e.userId)) holders.set(e.userId, await loadHolder(e.userId, order.communityId));
  return inTransaction(async (tx) => {
    const written: string[] = [];
    for (const e of due) {
      const holder = holders.get(e.userId);
      if (!holder) continue; // the person has left the community: nothing to credit here
      if (!holder.earns) continue; // an unconfirmed address earns nothing (domain/residence.ts)
      const { created } = await postEntry(tx, {
        _id: e.cause,
        holder,
        kind: 'earn',
        amount: e.amount,
        area: e.area,
        reason: e.reason,
        actorId: 'system',
        at,
      });
      if (created) written.push(e.cause);
    }
    if (settled)
      await tx
        .collection('orders')
        .doc(order._id)
        .update({ data: { pointsSettled: true } });
    return written;
  });
}

/**
 * The hook `orders` calls after a move commits. Its failure never undoes the move (DESIGN.md:
 * side effects after commit): it is logged, and points-timer's sweep posts what is missing.
 */
export async function settleOrderPointsAfterMove(order: SettleableOrder): Promise<void> {
  if (!RATED_STATUSES.includes(order.status)) return;
  try {
    await settleOrderPoints(order);
  } catch (error) {
    const code =
      (error as { errCode?: unknown; code?: unknown })?.errCode ?? (error as { code?: unknown })?.code ?? 'unknown';
    console.error(`[points] order earnings deferred to points-timer: ${String(code)}`);
  }
}

/** Orders the sweep should look at: rated in the last `days` days and not yet settled. */
export function unsettledOrdersQuery(now: Date, days: number, afterId: string): object {
  const _ = db().command;
  return _.and([
    { status: _.in([...RATED_STATUSES]), updatedAt: _.gte(new Date(now.getTime() - days * 24 * 3600_000)) },
    { pointsSettled: _.neq(true), _id: _.gt(afterId) },
  ]);
}
