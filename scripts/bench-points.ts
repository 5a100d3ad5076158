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
import { accountIdFor } from '../cloudfunctions/_shared/ids/points';
import { addToCounters, type CounterSums } from '../domain/points/boards';

type Answer = { ok: boolean; data?: any; error?: { code: string } };
interface BenchCloud {
  call(fn: string, openid: string | null, event: unknown): Promise<Answer>;
  store: {
    insertMany(coll: string, docs: Record<string, unknown>[]): unknown;
    get(coll: string, key: string): Record<string, unknown> | null;
    applyChanges(changes: { coll: string; key: string; before: any; after: any }[]): void;
  };
  /** database round trips so far (startTestCloud and startLocalCloud have it) */
  stats?: () => { dbRequests: number };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const rid = () => randomUUID().replace(/-/g, '');

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, value];
}

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

const GRIDS = ['g-demo-1', 'g-demo-2'];
const BUILDINGS = ['b-demo-1-1', 'b-demo-2-1'];
const DAY_MS = 86_400_000;

/**
 * `count` people of c-demo, each with `entriesEach` earnings spread over `spreadDays`, written as
 * postEntry writes them: entries, the account, and every counter they move. In batches, so a
 * million entries never sit in memory at once.
 */
function seedPeople(cloud: BenchCloud, prefix: string, count: number, entriesEach: number, spreadDays: number) {
  const now = Date.now();
  const BATCH = Math.max(1, Math.floor(50_000 / entriesEach));
  const openids: string[] = [];
  for (let from = 0; from < count; from += BATCH) {
    const users: Record<string, unknown>[] = [];
    const accounts: Record<string, unknown>[] = [];
    const entries: Record<string, unknown>[] = [];
    const counters: CounterSums = new Map();
    for (let i = from; i < Math.min(count, from + BATCH); i += 1) {
      const openid = `${prefix}-${i}`;
      const userId = userIdFor(openid);
      const gridId = GRIDS[i % 2];
      const accountId = accountIdFor('c-demo', userId);
      openids.push(openid);
      users.push({
        _id: userId,
        openid,
        communityId: 'c-demo',
        name: `压测${i}`,
        phone: '13700000000',
        buildingId: BUILDINGS[i % 2],
        room: '101',
        grants: [],
      });
      let balance = 0;
      for (let k = 0; k < entriesEach; k += 1) {
        const amount = 1 + ((i * 31 + k * 7) % 20);
        balance += amount;
        const at = new Date(now - (spreadDays ? Math.floor(Math.random() * spreadDays * DAY_MS) : 0));
        entries.push({
          _id: `award:bench:${prefix}:${i}:${k}`,
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
        addToCounters(counters, { communityId: 'c-demo', userId, gridId, lifetimeDelta: amount, at });
      }
      const old = new Date(now - 2 * DAY_MS); // not "changed since the last timer run"
      accounts.push({
        _id: accountId,
        communityId: 'c-demo',
        userId,
        gridId,
        balance,
        lifetime: balance,
        entryCount: entriesEach,
        createdAt: old,
        updatedAt: old,
      });
    }
    cloud.store.insertMany('users', users);
    cloud.store.insertMany('point_accounts', accounts);
    cloud.store.insertMany('point_entries', entries);
    // A person's counters are theirs alone; a grid's are shared with earlier seeding: added to.
    const own = [...counters].filter(([, c]) => c.board !== 'grids');
    cloud.store.insertMany(
      'point_counters',
      own.map(([_id, c]) => ({ _id, ...c, updatedAt: new Date(now) })),
    );
    for (const [_id, c] of counters) if (c.board === 'grids') addToStoredCounter(cloud, _id, { ...c }, now);
  }
  return openids;
}

function addToStoredCounter(cloud: BenchCloud, _id: string, c: Record<string, unknown>, now: number): void {
  const before = cloud.store.get('point_counters', _id) as { points: number; entries: number } | null;
  const after = {
    ...(before ?? c),
    _id,
    points: (before?.points ?? 0) + (c.points as number),
    entries: (before?.entries ?? 0) + (c.entries as number),
    updatedAt: new Date(now),
  };
  cloud.store.applyChanges([{ coll: 'point_counters', key: _id, before, after }]);
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
  await load(40, 20, (i) => cloud.call('points', crowd[i % 20], { action: 'balance' })); // warm 20 instances
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
