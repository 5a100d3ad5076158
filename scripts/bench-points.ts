/**
 * Points figures for the lead's bench (printed, never asserted). Either call `benchPoints(cloud)`
 * from scripts/bench.ts with a started local cloud, or run it alone:
 *
 *   node scripts/build-functions.mjs && node --import tsx scripts/bench-points.ts
 *
 * It measures
 *  - redeem latency p50/p95 at concurrency 20: 20 people redeeming one item (the shelf is shared,
 *    so every success conflicts with the others' transactions: the worst case), 20 calls of ONE
 *    person (the account is hot too), and 20 people each at their own item (nothing shared);
 *  - leaderboard time over 100,000 ledger entries (2,000 people, both grids, spread over 400 days),
 *    written straight into the store with matching accounts so the books still balance.
 */
import { randomUUID } from 'node:crypto';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { accountIdFor } from '../cloudfunctions/_shared/ids/points';

interface BenchCloud {
  call(
    fn: string,
    openid: string | null,
    event: unknown,
  ): Promise<{ ok: boolean; data?: any; error?: { code: string } }>;
  store: { insertMany(coll: string, docs: Record<string, unknown>[]): unknown };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, value];
}

/** `total` calls, at most `concurrency` in flight; answers sorted latencies and the answer codes. */
async function load(
  total: number,
  concurrency: number,
  call: (i: number) => Promise<{ ok: boolean; error?: { code: string } }>,
) {
  const latencies: number[] = [];
  const codes: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const [ms, res] = await timed(() => call(i));
        latencies.push(ms);
        const code = res.ok ? 'ok' : (res.error?.code ?? '?');
        codes[code] = (codes[code] ?? 0) + 1;
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), codes };
}

/** People of c-demo with a balance, written as an admin's award would write them (entry + account). */
function seedPeople(cloud: BenchCloud, prefix: string, count: number, points: number, entriesEach = 1, spreadDays = 0) {
  const now = Date.now();
  const users: Record<string, unknown>[] = [];
  const accounts: Record<string, unknown>[] = [];
  const entries: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i += 1) {
    const openid = `${prefix}-${i}`;
    const userId = userIdFor(openid);
    const gridId = i % 2 ? 'g-demo-1' : 'g-demo-2';
    const accountId = accountIdFor('c-demo', userId);
    users.push({
      _id: userId,
      openid,
      communityId: 'c-demo',
      name: `压测${i}`,
      phone: '13700000000',
      buildingId: i % 2 ? 'b-demo-1-1' : 'b-demo-2-1',
      room: '101',
      grants: [],
    });
    let balance = 0;
    for (let k = 0; k < entriesEach; k += 1) {
      const amount = Math.max(1, Math.round(points / entriesEach));
      balance += amount;
      const at = new Date(now - (spreadDays ? Math.floor(Math.random() * spreadDays * 86_400_000) : 0));
      entries.push({
        _id: `award:bench:${randomUUID()}`,
        accountId,
        communityId: 'c-demo',
        userId,
        gridId,
        kind: 'earn',
        amount,
        lifetimeDelta: amount,
        area: 'volunteer',
        reason: '压测',
        actorId: 'bench',
        balanceAfter: balance,
        at,
      });
    }
    accounts.push({
      _id: accountId,
      communityId: 'c-demo',
      userId,
      gridId,
      balance,
      lifetime: balance,
      entryCount: entriesEach,
      createdAt: new Date(now),
      updatedAt: new Date(now),
    });
  }
  cloud.store.insertMany('users', users);
  cloud.store.insertMany('point_accounts', accounts);
  cloud.store.insertMany('point_entries', entries);
  return users.map((u) => String(u.openid));
}

export async function benchPoints(cloud: BenchCloud, log: (line: string) => void = console.log): Promise<void> {
  const item = (
    await cloud.call('points', 'demo-admin', {
      action: 'item.save',
      name: `压测商品${Date.now()}`,
      cost: 1,
      stock: 100_000,
    })
  ).data.item;
  const crowd = seedPeople(cloud, `bench-redeem-${Date.now()}`, 20, 1_000);
  await load(40, 20, (i) => cloud.call('points', crowd[i % 20], { action: 'balance' })); // warm 20 instances

  const many = await load(400, 20, (i) =>
    cloud.call('points', crowd[i % 20], {
      action: 'redeem',
      itemId: item._id,
      requestId: randomUUID().replace(/-/g, ''),
    }),
  );
  log(
    `points.redeem x400 @ concurrency 20, 20 people, one item: p50 ${fmt(percentile(many.latencies, 50))}  p95 ${fmt(percentile(many.latencies, 95))}  ${JSON.stringify(many.codes)}`,
  );
  const one = await load(200, 20, () =>
    cloud.call('points', crowd[0], { action: 'redeem', itemId: item._id, requestId: randomUUID().replace(/-/g, '') }),
  );
  log(
    `points.redeem x200 @ concurrency 20, ONE person:          p50 ${fmt(percentile(one.latencies, 50))}  p95 ${fmt(percentile(one.latencies, 95))}  ${JSON.stringify(one.codes)}`,
  );

  const shelves: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    const res = await cloud.call('points', 'demo-admin', {
      action: 'item.save',
      name: `压测商品${i}-${Date.now()}`,
      cost: 1,
      stock: 10_000,
    });
    shelves.push(res.data.item._id);
  }
  const apart = await load(400, 20, (i) =>
    cloud.call('points', crowd[i % 20], {
      action: 'redeem',
      itemId: shelves[i % 20],
      requestId: randomUUID().replace(/-/g, ''),
    }),
  );
  log(
    `points.redeem x400 @ concurrency 20, 20 people, 20 items:  p50 ${fmt(percentile(apart.latencies, 50))}  p95 ${fmt(percentile(apart.latencies, 95))}  ${JSON.stringify(apart.codes)}`,
  );

  const [seedMs] = await timed(async () => seedPeople(cloud, `bench-board-${Date.now()}`, 2_000, 500, 50, 400));
  log(`seeded 100,000 ledger entries in ${fmt(seedMs)}`);
  for (const [scope, period] of [
    ['community', 'month'],
    ['community', 'year'],
    ['community', 'all'],
    ['grid', 'all'],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const [ms, res] = await timed(() => cloud.call('points', crowd[1], { action: 'leaderboard', scope, period }));
      if (!res.ok) throw new Error(`leaderboard: ${res.error?.code}`);
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    log(
      `points.leaderboard ${scope}/${period} over 100k entries: median ${fmt(percentile(times, 50))}  max ${fmt(times[times.length - 1])}`,
    );
  }
  const [reconcileMs, report] = await timed(() => cloud.call('points-timer', null, { action: 'run' }));
  log(
    `points-timer (expire, settle, reconcile 2,020 accounts / 100k+ entries): ${fmt(reconcileMs)}, breaches ${report.data?.report.breaches.length}`,
  );
}

if (process.argv[1]?.endsWith('bench-points.ts')) {
  void (async () => {
    const { startTestCloud } = await import('../tests/support/cloud');
    const cloud = await startTestCloud();
    try {
      await benchPoints(cloud);
    } finally {
      await cloud.close();
    }
  })();
}
