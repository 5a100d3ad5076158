/**
 * Loading an order for an action: another community's order answers NOT_FOUND, exactly as a
 * missing one does, so ids cannot be probed across communities.
 */
import type { Actor } from '../../domain/actor';
import { notFound } from '../_shared/failure';
import { findById } from '../_shared/records';
import { orderDoc, type OrderDoc } from '../_shared/orders/model';

export async function loadOrder(orderId: string, actor: Actor): Promise<OrderDoc> {
  const order = await findById('orders', orderId, orderDoc);
  if (!order || order.communityId !== actor.communityId) throw notFound('诉求');
  return order;
}
