/**
 * Points figures for the bench (printed, never asserted). Either call `benchPoints(cloud)` from
 * scripts/bench.ts with a started local cloud, or run it alone:
 *
 *   node scripts/build-functions.mjs && node --import tsx scripts/bench-points.ts [100000 1000000]
 *
 * It measures
 *  - the hot item: 20 people redeeming ONE item at once (concurrency 20), p50/p95, how many
 *    answers were CONFLICT, database round trips per redemption (when the cloud gives `stats`);
 *    then the same crowd on 20 items (nothing shared), and 100 taps of one person;
 *  - leaderboards (community month/year/all, grid all) p50/p95 over 100,000 and 1,000,000 ledger
 *    entries, and a points-timer run in steady state. Entries are written straight into the store
 *    with the accounts and 红榜 counters they imply (domain/points/boards.ts), as postEntry would.
 */
import { randomUUID } from 'node:crypto';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { seedPeople, type SeedTarget } from './bench-points-seed';
import { fmt, percentile, timed } from './bench-util';

type Answer = { ok: boolean; data?: any; error?: { code: string } };
interface BenchCloud {
  call(fn: string, openid: string | null, event: unknown): Promise<Answer>;
  store: SeedTarget;
  /** database round trips so far (startTestCloud and startLocalCloud have it) */
  stats?: () => { dbRequests: number };
  /** the function instances (startLocalCloud has it): the crowd is measured on loaded ones */
  functionStats?: () => { instances: number; ready: number };
}

const rid = () => randomUUID().replace(/-/g, '');

/** `total` calls, at most `concurrency` in flight; answers sorted latencies and the answer codes. */
async function load(total: number, concurrency: number, call: (i: number) => Promise<Answer>) {
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

/**
 * Twenty callers at once need twenty loaded instances; the runner starts them when calls wait,
 * and each takes a while to load. Measure the crowd on loaded instances, not on the CPU their
 * loading takes (the first calls of a function are the main bench's "first call" figures).
 */
async function warmCrowd(cloud: BenchCloud, crowd: string[]): Promise<void> {
  const started = Date.now();
  let before = -1;
  while (Date.now() - started < 60_000) {
    await load(40, 20, (i) => cloud.call('points', crowd[i % 20], { action: 'balance' }));
    const f = cloud.functionStats?.();
    // Done when a round started no instance and every one has loaded.
    if (!f || (f.instances === before && f.ready === f.instances)) return;
    before = f.instances;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function hotItem(cloud: BenchCloud, log: (line: string) => void): Promise<void> {
  const crowd = seedPeople(cloud, `bench-redeem-${Date.now()}`, 20, 1, 0);
  // Each has one earning of 1..20 points: top them up so points never run out during the bench.
  for (const p of crowd) {
    const res = await cloud.call('points', 'demo-admin', {
      action: 'award',
      userId: userIdFor(p),
      amount: 10_000,
      area: 'volunteer',
      reason: '压测',
      requestId: rid(),
    });
    if (!res.ok) throw new Error(`award: ${res.error?.code}`);
  }
  await warmCrowd(cloud, crowd);
  const newItem = async (stock: number) => {
    const res = await cloud.call('points', 'demo-admin', {
      action: 'item.save',
      name: `压测商品${rid().slice(0, 10)}`,
      cost: 1,
      stock,
    });
    if (!res.ok) throw new Error(`item.save: ${res.error?.code}`);
    return String(res.data.item._id);
  };
  const trips = () => cloud.stats?.().dbRequests ?? NaN;

  // Unmeasured: each instance runs the redeem path a few times first (its JIT warms up, as it
  // would in a server that has been up a while); a first call's cost is the main bench's figure.
  const warmShelf = await newItem(100_000);
  await load(100, 20, (i) =>
    cloud.call('points', crowd[i % 20], { action: 'redeem', itemId: warmShelf, requestId: rid() }),
  );
  const hot = await newItem(100_000);
  const before = trips();
  const rush = await load(400, 20, (i) =>
    cloud.call('points', crowd[i % 20], { action: 'redeem', itemId: hot, requestId: rid() }),
  );
  const perCall = (trips() - before) / 400;
  log(
    `points.redeem hot item: 20 people, ONE item, x400 @ concurrency 20: p50 ${fmt(percentile(rush.latencies, 50))}  p95 ${fmt(percentile(rush.latencies, 95))}  CONFLICT ${rush.codes.CONFLICT ?? 0}  ${JSON.stringify(rush.codes)}  db round trips/redemption ${Number.isNaN(perCall) ? 'n/a' : perCall.toFixed(1)}`,
  );
  const scarce = await newItem(7);
  const sellOut = await load(20, 20, (i) =>
    cloud.call('points', crowd[i], { action: 'redeem', itemId: scarce, requestId: rid() }),
  );
  log(
    `points.redeem hot item: 20 people at once for 7 units: p50 ${fmt(percentile(sellOut.latencies, 50))}  p95 ${fmt(percentile(sellOut.latencies, 95))}  ${JSON.stringify(sellOut.codes)}`,
  );
  const shelves = await Promise.all(Array.from({ length: 20 }, () => newItem(10_000)));
  const apart = await load(400, 20, (i) =>
    cloud.call('points', crowd[i % 20], { action: 'redeem', itemId: shelves[i % 20], requestId: rid() }),
  );
  log(
    `points.redeem 20 people, 20 items, x400 @ concurrency 20:        p50 ${fmt(percentile(apart.latencies, 50))}  p95 ${fmt(percentile(apart.latencies, 95))}  ${JSON.stringify(apart.codes)}`,
  );
  const one = await load(100, 20, () =>
    cloud.call('points', crowd[0], { action: 'redeem', itemId: hot, requestId: rid() }),
  );
  log(
    `points.redeem ONE person, x100 @ concurrency 20:                 p50 ${fmt(percentile(one.latencies, 50))}  p95 ${fmt(percentile(one.latencies, 95))}  ${JSON.stringify(one.codes)}`,
  );
}

const BOARDS = [
  ['community', 'month'],
  ['community', 'year'],
  ['community', 'all'],
  ['grid', 'all'],
] as const;

async function boardsAt(cloud: BenchCloud, entries: number, seeded: number, log: (line: string) => void) {
  const people = Math.max(1, Math.round((entries - seeded) / 100));
  const [seedMs] = await timed(async () => seedPeople(cloud, `bench-board-${entries}`, people, 100, 400));
  const reader = 'demo-resident-1';
  log(`seeded ${(entries - seeded).toLocaleString('en')} more ledger entries (${people} people) in ${fmt(seedMs)}`);
  // Seeding held the event loop (it writes straight into the store, in this process): let the HTTP
  // client notice sockets the server closed meanwhile, so the first call does not meet a dead one.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await cloud.call('points', reader, { action: 'balance' }).catch(() => undefined);
  for (const [scope, period] of BOARDS) {
    const times: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const [ms, res] = await timed(() => cloud.call('points', reader, { action: 'leaderboard', scope, period }));
      if (!res.ok) throw new Error(`leaderboard: ${res.error?.code}`);
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    log(
      `points.leaderboard ${`${scope}/${period}`.padEnd(15)} at ${entries.toLocaleString('en')} entries: p50 ${fmt(percentile(times, 50))}  p95 ${fmt(percentile(times, 95))}`,
    );
  }
  const [timerMs, report] = await timed(() => cloud.call('points-timer', null, { action: 'run' }));
  const r = report.data?.report;
  log(
    `points-timer at ${entries.toLocaleString('en')} entries: ${fmt(timerMs)}, ${r?.accounts} accounts and ${r?.grids} grids checked, breaches ${r?.breaches?.length}, counters repaired ${r?.countersRepaired}`,
  );
}

export async function benchPoints(
  cloud: BenchCloud,
  log: (line: string) => void = console.log,
  sizes: number[] = [100_000, 1_000_000],
): Promise<void> {
  await hotItem(cloud, log);
  // A first timer run settles everything seeded so far; the next ones are the steady state.
  await cloud.call('points-timer', null, { action: 'run' });
  let seeded = 0;
  for (const size of sizes) {
    await boardsAt(cloud, size, seeded, log);
    seeded = size;
  }
}

if (process.argv[1]?.endsWith('bench-points.ts')) {
  void (async () => {
    const { startTestCloud } = await import('../tests/support/cloud');
    const cloud = await startTestCloud();
    const sizes = process.argv.slice(2).map(Number).filter(Boolean);
    try {
      await benchPoints(cloud, console.log, sizes.length ? sizes : undefined);
    } finally {
      await cloud.close();
    }
  })();
}
