/**
 * 待确认 (issue 11, point 7): the taker's award for orders done but not yet closed — waiting for the
 * resident's rating or 整改 confirmation, or for order-timer to close them. Shown on 我的积分 and on
 * 我的任务's cards; posted to the ledger only at the close (settle-order.ts).
 */
import type { PendingPoints } from '../../../types/points';
import { TAKER_PENDING_STATUSES } from '../../../domain/points/earnings';
import { db } from '../cloud';
import { loadPointSettings } from '../points-ledger';

export async function pendingOrderPoints(communityId: string, takerId: string): Promise<PendingPoints> {
  const _ = db().command;
  const [counted, settings] = await Promise.all([
    db()
      .collection('orders')
      .where({ communityId, takerId, status: _.in([...TAKER_PENDING_STATUSES]) })
      .count() as Promise<{ total: number }>,
    loadPointSettings(communityId),
  ]);
  return { orders: counted.total, points: counted.total * settings.orderTaker };
}
