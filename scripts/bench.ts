/**
 * `npm run bench`: figures for the local cloud, printed, never asserted (machines here are shared
 * and noisy: compare ratios within one run).
 *  - user.login latency p50/p95 over 1,000 calls at concurrency 1 and 20, database round trips per call
 *  - orders.grab latency p50/p95 with 50 concurrent grabbers per order
 *  - database reads and writes per order action (submit, dispatch, grab, complete, rate)
 *  - points: redeem latency p50/p95 at concurrency 20, leaderboard time over 100,000 entries
 *    (scripts/bench-points.ts)
 *  - the weapp main package size in KB (build it first: npm run build:weapp)
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startLocalCloud } from '../localcloud';
import { COLLECTIONS } from '../types/collections';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { seedDemo } from './demo-seed';
import { benchPoints } from './bench-points';

const root = resolve(__dirname, '..');
type Stats = { dbRequests: number; invocations: number; dbByAction?: Record<string, number> };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, value];
}

/** Runs `total` calls with at most `concurrency` in flight; answers sorted latencies. */
async function load(total: number, concurrency: number, call: (i: number) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        latencies.push((await timed(() => call(i)))[0]);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

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

function mainPackageKB(): string {
  const dir = join(root, 'dist/weapp');
  if (!existsSync(join(dir, 'app.json'))) return 'n/a (run npm run build:weapp first)';
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const walk = (d: string, rel = ''): number =>
    readdirSync(d).reduce((sum, name) => {
      const path = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (subRoots.includes(r)) return sum;
      const st = statSync(path);
      return sum + (st.isDirectory() ? walk(path, r) : st.size);
    }, 0);
  return `${(walk(dir) / 1024).toFixed(1)} KB (subpackages excluded: ${subRoots.join(', ') || 'none'})`;
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(root, 'scripts/build-functions.mjs')], { stdio: 'ignore' });
  const dataDir = mkdtempSync(join(tmpdir(), 'llt-bench-'));
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: join(root, 'dist/cloudfunctions'),
    collections: [...COLLECTIONS],
    seedIfEmpty: (store) => seedDemo(store, { points: false }),
    log: () => undefined,
  });
  const call = async (fn: string, openid: string, event: object) => {
    const res = await fetch(`${cloud.url}/cloud/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': openid },
      body: JSON.stringify(event),
    });
    const body = (await res.json()) as { ok: boolean; data?: any; error?: { code: string } };
    if (!body.ok && body.error?.code !== 'CONFLICT')
      throw new Error(`${fn}.${(event as { action: string }).action}: ${body.error?.code}`);
    return body;
  };
  const stats = () => cloud.stats() as Stats;

  try {
    console.log(`邻里通 bench — node ${process.version}, ${new Date().toISOString()}`);
    await load(50, 10, () => call('user', 'demo-resident-1', { action: 'login' })); // warm the instances
    for (const concurrency of [1, 20]) {
      const before = stats();
      const lat = await load(1000, concurrency, () => call('user', 'demo-resident-1', { action: 'login' }));
      const trips = (stats().dbRequests - before.dbRequests) / 1000;
      console.log(
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
    console.log(
      `orders.grab 50 concurrent grabbers x${ROUNDS} orders: p50 ${fmt(percentile(grabLatencies, 50))}  p95 ${fmt(percentile(grabLatencies, 95))}`,
    );
    for (const [name, runs] of Object.entries(perAction)) {
      const avg = (k: 'reads' | 'writes' | 'total') => (runs.reduce((s, x) => s + x[k], 0) / runs.length).toFixed(1);
      console.log(
        `orders.${name.padEnd(8)} db reads ${avg('reads')}  writes ${avg('writes')}  (round trips ${avg('total')})`,
      );
    }
    const raw = async (fn: string, openid: string | null, event: unknown) => {
      const res = await fetch(`${cloud.url}/cloud/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
        body: JSON.stringify(event),
      });
      return (await res.json()) as { ok: boolean; data?: any; error?: { code: string } };
    };
    await benchPoints({ call: raw, store: cloud.store }, (line: string) => console.log(line));
    console.log(`weapp main package: ${mainPackageKB()}`);
  } finally {
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
