/**
 * What every function that opens an order needs (orders/submit and meetings/decision-order): the
 * community's order settings, and an insert that is safe against a racing twin with the same `_id`.
 */
import { closeByFor, deadlineTable } from '../../../domain/orders/deadlines';
import type { NewOrder } from '../../../domain/orders/create';
import { communityDoc } from '../models';
import { findById, insertDoc } from '../records';
import { orderDoc, orderSettings, type OrderDoc, type OrderSettings } from './model';
import { newOrderMark, settleOrderStats } from '../stats/order-mark';

export async function orderSettingsOf(
  communityId: string,
): Promise<{ settings: OrderSettings; deadlines: ReturnType<typeof deadlineTable> }> {
  const community = await findById('communities', communityId, communityDoc);
  const settings = orderSettings.parse(community?.settings?.orders);
  return { settings, deadlines: deadlineTable(settings?.deadlines) };
}

/** Inserts the new order; if a concurrent twin with the same `_id` won, answers theirs. */
export async function insertOrderOnce(order: NewOrder): Promise<OrderDoc> {
  try {
    // The filing's 数据看板 move is owed in the insert itself (stats/order-mark.ts).
    const filed: OrderDoc = { ...order, statsMark: newOrderMark() };
    await insertDoc('orders', filed);
    await settleOrderStats(filed, filed.statsMark!); // only the insert that filed it counts it (never throws)
    return filed;
  } catch (error) {
    const twin = await findById('orders', order._id, orderDoc);
    if (twin) return twin;
    throw error;
  }
}

/**
 * When an order moved now to wait on the resident's word (rate after 办结 or 答复; confirm after a
 * 整改 reply) closes by itself: the community's working days from now (domain/orders/deadlines.ts).
 */
export async function closeByOf(communityId: string, kind: 'rate' | 'confirm', now: Date): Promise<Date> {
  const { settings } = await orderSettingsOf(communityId);
  return closeByFor(now, kind, settings?.closing);
}
