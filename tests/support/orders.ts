/** Helpers for order tests: file an order and walk it to a status through the real function. */
import { randomUUID } from 'node:crypto';
import { data, type TestCloud } from './cloud';

export const newRequestId = () => randomUUID().replace(/-/g, '');

export async function fileOrder(cloud: TestCloud, openid = 'demo-resident-1', extra: object = {}) {
  return data(
    await cloud.call('orders', openid, {
      action: 'submit',
      requestId: newRequestId(),
      category: 'elderly',
      content: '家里水管漏水，老人行动不便，请帮忙找人修理',
      ...extra,
    }),
  ).order;
}

/** Files and walks an order through dispatch (self, grid 1) and optionally a grab by demo-party-1. */
export async function orderIn(cloud: TestCloud, status: 'submitted' | 'dispatched' | 'taken' | 'completed') {
  const order = await fileOrder(cloud);
  if (status === 'submitted') return order;
  data(await cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
  if (status === 'dispatched') return order;
  data(await cloud.call('orders', 'demo-party-1', { action: 'grab', orderId: order._id }));
  if (status === 'taken') return order;
  data(await cloud.call('orders', 'demo-party-1', { action: 'complete', orderId: order._id, note: '已修好' }));
  return order;
}
