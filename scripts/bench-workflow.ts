/**
 * The order workflow under load (part of `npm run bench`, on the demo community):
 *  - user.login latency p50/p95 over 1,000 calls at concurrency 1 and 20, database round trips per call
 *  - orders.grab latency p50/p95 with 50 concurrent grabbers per order
 *  - database reads and writes per order action (submit, dispatch, grab, complete, rate)
 */
import type { LocalCloud } from '../localcloud';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { caller, fmt, load, percentile, timed } from './bench-util';

type Stats = { dbRequests: number; invocations: number; dbByAction?: Record<string, number> };

const READS = ['database.getDocument', 'database.calculateDocument', 'database.aggregateDocuments'];
function split(before: Stats, after: Stats): { reads: number; writes: number; total: number } {
  const total = after.dbRequests - before.dbRequests;
  if (!after.dbByAction) return { reads: NaN, writes: NaN, total };
  let reads = 0;
  for (const [action, n] of Object.entries(after.dbByAction)) {
    const delta = n - (before.dbByAction?.[action] ?? 0);
    if (READS.includes(action)) reads += delta;
  }
  return { reads, writes: total - reads, total };
}

export async function benchWorkflow(cloud: LocalCloud, log: (line: string) => void): Promise<void> {
  const post = caller(cloud.url);
  const call = async (fn: string, openid: string, event: object) => {
    const body = await post(fn, openid, event);
    if (!body.ok && body.error?.code !== 'CONFLICT')
      throw new Error(`${fn}.${(event as { action: string }).action}: ${body.error?.code}`);
    return body;
  };
  const stats = () => cloud.stats() as Stats;
  await load(50, 10, () => call('user', 'demo-resident-1', { action: 'login' })); // warm the instances
  for (const concurrency of [1, 20]) {
    const before = stats();
    const lat = await load(1000, concurrency, () => call('user', 'demo-resident-1', { action: 'login' }));
    const trips = (stats().dbRequests - before.dbRequests) / 1000;
    log(
      `user.login  x1000 @ concurrency ${String(concurrency).padStart(2)}: p50 ${fmt(percentile(lat, 50))}  p95 ${fmt(percentile(lat, 95))}  db round trips/call ${trips.toFixed(2)}`,
    );
  }

  const grabbers = Array.from({ length: 50 }, (_, i) => `bench-party-${i}`);
  cloud.store.insertMany(
    'users',
    grabbers.map((openid, i) => ({
      _id: userIdFor(openid),
      openid,
      communityId: 'c-demo',
      name: `党员${i}`,
      phone: '13700000000',
      buildingId: 'b-demo-1-2',
      room: '101',
      grants: [{ role: 'party_member', scope: { gridId: 'g-demo-1' } }],
    })),
  );
  const perAction: Record<string, { reads: number; writes: number; total: number }[]> = {};
  const measure = async (name: string, fn: () => Promise<any>) => {
    const before = stats();
    const out = await fn();
    (perAction[name] ??= []).push(split(before, stats()));
    return out;
  };
  const grabLatencies: number[] = [];
  const ROUNDS = 10;
  for (let r = 0; r < ROUNDS; r += 1) {
    const submitted = await measure('submit', () =>
      call('orders', 'demo-resident-1', {
        action: 'submit',
        requestId: `bench${r}${Date.now()}`,
        category: 'elderly',
        content: '压测诉求',
      }),
    );
    const orderId = submitted.data.order._id as string;
    await measure('dispatch', () => call('orders', 'demo-admin', { action: 'dispatch', orderId, kind: 'self' }));
    const results = await Promise.all(
      grabbers.map((openid) => timed(() => call('orders', openid, { action: 'grab', orderId }))),
    );
    grabLatencies.push(...results.map(([ms]) => ms));
    const winner = grabbers[results.findIndex(([, body]) => body.ok)];
    // One more grab, alone, to count a winning grab's database work.
    const o2 = (
      await call('orders', 'demo-resident-1', {
        action: 'submit',
        requestId: `bench2${r}${Date.now()}`,
        category: 'elderly',
        content: '压测',
      })
    ).data.order._id;
    await call('orders', 'demo-admin', { action: 'dispatch', orderId: o2, kind: 'self' });
    await measure('grab', () => call('orders', winner, { action: 'grab', orderId: o2 }));
    await measure('complete', () => call('orders', winner, { action: 'complete', orderId: o2, note: '完成' }));
    await measure('rate', () => call('orders', 'demo-resident-1', { action: 'rate', orderId: o2, score: 5 }));
  }
  grabLatencies.sort((a, b) => a - b);
  log(
    `orders.grab 50 concurrent grabbers x${ROUNDS} orders: p50 ${fmt(percentile(grabLatencies, 50))}  p95 ${fmt(percentile(grabLatencies, 95))}`,
  );
  for (const [name, runs] of Object.entries(perAction)) {
    const avg = (k: 'reads' | 'writes' | 'total') => (runs.reduce((s, x) => s + x[k], 0) / runs.length).toFixed(1);
    log(`orders.${name.padEnd(8)} db reads ${avg('reads')}  writes ${avg('writes')}  (round trips ${avg('total')})`);
  }
}
