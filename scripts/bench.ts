/**
 * `npm run bench`: figures for the local cloud, printed, never asserted (machines here are shared
 * and noisy: compare ratios within one run, and read them beside the load average printed).
 *
 * For each data size (scripts/bench-seed.ts: 10k orders / 100k ledger entries / 10k notice read
 * receipts, and 100k / 1M / 100k), on a fresh data dir seeded straight through the store:
 *  - start-up time of the local cloud on that data (store open + warm instances) and its resident
 *    memory (RSS) after start and after the run, with its peak: the cloud runs in a process of its
 *    own (bench-cloud-child.ts), as under `npm start`, so the figure is the cloud's alone;
 *  - a function's first call: 10 first calls of `user` at once, then the first call of each other
 *    function (beside the same action's warm p50, to tell loading from querying);
 *  - p50 / p95 of every list and get action and each leaderboard at concurrency 1;
 * then the growth small → large of each p50, the order workflow under load (bench-workflow.ts),
 * the points figures incl. the hot-item redemption at concurrency 20 (bench-points.ts), the H5
 * build's weight (h5-size.ts) and the weapp main package; and the time to export a 三单台账 of
 * 10,000 orders (bench-ledgers.ts; BENCH_LEDGER_ORDERS to change the count).
 *
 *   BENCH_SIZES=small npm run bench     the quick run (default: small,large)
 *   BENCH_RUNS=20                       calls per action (fewer if an action's 15 s budget runs out)
 *   BENCH_SKIP=workflow,points,ledgers,h5  leave parts out
 *   BENCH_DATA=/tmp/llt-bench           keep the seeded data dirs there and reuse them next time
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocalCloud } from '../localcloud';
import { forkCloud } from './bench-cloud';
import { COLLECTIONS } from '../types/collections';
import { SIZES, type Seeded } from './bench-seed';
import { benchPoints } from './bench-points';
import { benchWorkflow } from './bench-workflow';
import { benchLedgers } from './bench-ledgers';
import { caller, fmt, mb, percentile, timed } from './bench-util';
import { seedDemo } from './demo-seed';
import { reportH5Size } from './h5-size';
import { uploadOwner } from './upload-owner';

const root = resolve(__dirname, '..');
const FUNCTIONS_DIR = join(root, 'dist/cloudfunctions');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ACTION_BUDGET_MS = 15_000;
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const log = (line: string) => console.log(line);
const load1 = () =>
  `load ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`;

interface Action {
  name: string;
  fn: string;
  openid: string;
  event: (s: Seeded) => Record<string, unknown>;
}

const list = (view: string) => ({ action: 'list', view });
const dash = (period: string) => ({ action: 'dashboard', period });
const board = (scope: string, period: string) => () => ({ action: 'leaderboard', scope, period });
const ACTIONS: Action[] = [
  { name: 'orders.list mine', fn: 'orders', openid: 'demo-resident-1', event: () => list('mine') },
  { name: 'orders.list tasks', fn: 'orders', openid: 'demo-party-1', event: () => list('tasks') },
  { name: 'orders.list pool', fn: 'orders', openid: 'demo-party-1', event: () => list('pool') },
  { name: 'orders.list grid', fn: 'orders', openid: 'demo-grid-1', event: () => list('grid') },
  { name: 'orders.list community', fn: 'orders', openid: 'demo-admin', event: () => list('community') },
  { name: 'orders.list overdue', fn: 'orders', openid: 'demo-admin', event: () => list('overdue') },
  { name: 'orders.get', fn: 'orders', openid: 'demo-admin', event: (s) => ({ action: 'get', orderId: s.orderId }) },
  { name: 'points.balance', fn: 'points', openid: 'demo-resident-1', event: () => ({ action: 'balance' }) },
  { name: 'points.ledger', fn: 'points', openid: 'demo-resident-1', event: () => ({ action: 'ledger' }) },
  {
    name: 'points.leaderboard community/month',
    fn: 'points',
    openid: 'demo-resident-1',
    event: board('community', 'month'),
  },
  {
    name: 'points.leaderboard community/year',
    fn: 'points',
    openid: 'demo-resident-1',
    event: board('community', 'year'),
  },
  {
    name: 'points.leaderboard community/all',
    fn: 'points',
    openid: 'demo-resident-1',
    event: board('community', 'all'),
  },
  { name: 'points.leaderboard grid/month', fn: 'points', openid: 'demo-resident-1', event: board('grid', 'month') },
  { name: 'points.leaderboard grid/all', fn: 'points', openid: 'demo-resident-1', event: board('grid', 'all') },
  { name: 'notices.list', fn: 'notices', openid: 'demo-resident-1', event: () => ({ action: 'list' }) },
  {
    name: 'notices.get',
    fn: 'notices',
    openid: 'demo-resident-1',
    event: (s) => ({ action: 'get', noticeId: s.noticeId }),
  },
  {
    name: 'notices.follow (阅读情况 opens)',
    fn: 'notices',
    openid: 'demo-leader-1',
    event: (s) => ({ action: 'follow', noticeId: s.noticeId }),
  },
  {
    name: 'notices.readers unread',
    fn: 'notices',
    openid: 'demo-leader-1',
    event: (s) => ({ action: 'readers', noticeId: s.noticeId, tab: 'unread' }),
  },
  {
    name: 'notices.readers unread, halfway down',
    fn: 'notices',
    openid: 'demo-leader-1',
    event: (s) => ({ action: 'readers', noticeId: s.noticeId, tab: 'unread', cursor: s.readersCursor }),
  },
  {
    name: 'notices.readers read',
    fn: 'notices',
    openid: 'demo-leader-1',
    event: (s) => ({ action: 'readers', noticeId: s.noticeId, tab: 'read' }),
  },
  { name: 'meetings.board', fn: 'meetings', openid: 'demo-resident-1', event: () => ({ action: 'board' }) },
  { name: 'meetings.list', fn: 'meetings', openid: 'demo-admin', event: () => ({ action: 'list' }) },
  {
    name: 'meetings.get',
    fn: 'meetings',
    openid: 'demo-admin',
    event: (s) => ({ action: 'get', meetingId: s.meetingId }),
  },
  { name: 'user.login', fn: 'user', openid: 'demo-resident-1', event: () => ({ action: 'login' }) },
  { name: 'user.members.list', fn: 'user', openid: 'demo-admin', event: () => ({ action: 'members.list' }) },
  { name: 'org.tree', fn: 'org', openid: 'demo-admin', event: () => ({ action: 'tree' }) },
  // 数据看板: counters only (a few indexed reads), whatever the number of orders behind them
  { name: 'stats.dashboard month', fn: 'stats', openid: 'demo-admin', event: () => dash('month') },
  { name: 'stats.dashboard year', fn: 'stats', openid: 'demo-admin', event: () => dash('year') },
  { name: 'stats.dashboard 街道 sum/year', fn: 'stats', openid: 'demo-street', event: () => dash('year') },
];

interface SizeResult {
  name: string;
  p50: Map<string, number>;
}

/** Seeds a fresh data dir in a child process (its garbage is not the local cloud's memory). */
function seed(dataDir: string, sizeName: string): Seeded {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'bench-seed.ts'), dataDir, sizeName], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as Seeded;
}

async function benchSize(sizeName: 'small' | 'large'): Promise<SizeResult> {
  const size = SIZES[sizeName];
  log(`\n== ${sizeName}: ${size.label} ==`);
  const { dataDir, seeded, keep } = await seededDir(sizeName);
  try {
    const cloud = await forkCloud(dataDir, FUNCTIONS_DIR);
    const call = caller(cloud.url);
    try {
      const started = await cloud.memory();
      log(
        `start-up: ${fmt(cloud.startMs)} to ready (store open + ${(await cloud.stats()).instances} warm instances; ${fmt(cloud.wallMs)} with node's own start); local cloud RSS ${mb(started.rss)}`,
      );
      const people = ['demo-admin', 'demo-grid-1', 'demo-grid-2', 'demo-party-1', 'demo-party-2', 'demo-party-3'];
      people.push('demo-leader-1', 'demo-resident-1', 'demo-resident-2', 'demo-resident-3');
      const together = (
        await Promise.all(people.map((openid) => timed(() => call('user', openid, { action: 'login' }))))
      ).map(([ms]) => ms);
      together.sort((a, b) => a - b);
      log(`10 first calls of user.login at once: median ${fmt(percentile(together, 50))}, slowest ${fmt(together[9])}`);
      // That burst makes the runner start spare instances, each loading every function for a while;
      // the actions are measured once they have loaded, so the first action measured does not pay
      // their start-up CPU (start-up and first calls are reported on their own lines).
      await spareInstancesLoaded(cloud);
      const firstCall = new Map<string, number>();
      const p50 = new Map<string, number>();
      for (const action of ACTIONS) {
        const event = action.event(seeded);
        const times: number[] = [];
        let spent = 0;
        let failed = '';
        for (let i = 0; i <= RUNS && (i < 4 || spent < ACTION_BUDGET_MS) && !failed; i += 1) {
          const [ms, reply] = await timed(() => call(action.fn, action.openid, event));
          if (!reply.ok) failed = `${reply.error?.code} after ${fmt(ms)}`;
          if (!firstCall.has(action.fn) && action.fn !== 'user') firstCall.set(action.fn, ms);
          else if (i > 0) times.push(ms); // the first call of each action warms its caches
          spent += ms;
        }
        times.sort((a, b) => a - b);
        if (failed) {
          log(`${action.name.padEnd(36)} FAILED: ${failed}`);
          continue;
        }
        p50.set(action.name, percentile(times, 50));
        log(
          `${action.name.padEnd(36)} p50 ${fmt(percentile(times, 50)).padStart(10)}  p95 ${fmt(percentile(times, 95)).padStart(10)}  (${times.length} calls)`,
        );
      }
      for (const [fn, ms] of firstCall) {
        const warm = ACTIONS.find((a) => a.fn === fn)!;
        log(
          `first call of ${fn.padEnd(9)} ${fmt(ms).padStart(10)}  (${warm.name} warm p50 ${fmt(p50.get(warm.name)!)})`,
        );
      }
      const f = await cloud.stats();
      log(
        `instances: ${f.instances} alive, ${f.instancesStarted} started; calls cold ${f.coldCalls}, warm ${f.warmCalls}`,
      );
      const after = await cloud.memory();
      log(
        `local cloud RSS after the run: ${mb(after.rss)} with ${f.instances} instances, peak ${mb(after.peak)} (${load1()})`,
      );
      // The burst's spares retire after a minute idle (function-runner.ts): the resting figure.
      const restUntil = Date.now() + 75_000;
      while ((await cloud.stats()).instances > 2 && Date.now() < restUntil) await sleep(1_000);
      const rest = await cloud.memory();
      log(`local cloud RSS at rest after it: ${mb(rest.rss)} with ${(await cloud.stats()).instances} instances`);
      return { name: sizeName, p50 };
    } finally {
      await cloud.close();
    }
  } finally {
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * A data dir seeded for `sizeName`: a fresh temporary one, or with BENCH_DATA=<dir> the one kept
 * in <dir>/<size> from an earlier run (seeded there the first time; the large size takes minutes).
 */
async function seededDir(sizeName: 'small' | 'large'): Promise<{ dataDir: string; seeded: Seeded; keep: boolean }> {
  const kept = process.env.BENCH_DATA ? join(resolve(process.env.BENCH_DATA), sizeName) : undefined;
  const seededFile = kept && join(kept, 'bench-seeded.json');
  if (seededFile && existsSync(seededFile)) {
    log(`reusing ${kept} (${load1()})`);
    return { dataDir: kept as string, seeded: JSON.parse(readFileSync(seededFile, 'utf8')) as Seeded, keep: true };
  }
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), `llt-bench-${sizeName}-`));
  if (kept) rmSync(kept, { recursive: true, force: true });
  const [seedMs, seeded] = await timed(async () => seed(dataDir, sizeName));
  log(`seeded in ${fmt(seedMs)} (${load1()})`);
  if (seededFile) writeFileSync(seededFile, JSON.stringify(seeded));
  return { dataDir, seeded, keep: Boolean(kept) };
}

function printGrowth(results: SizeResult[]): void {
  const [small, large] = [results.find((r) => r.name === 'small'), results.find((r) => r.name === 'large')];
  if (!small || !large) return;
  log('\n== growth small → large (p50) ==');
  for (const action of ACTIONS) {
    const a = small.p50.get(action.name);
    const b = large.p50.get(action.name);
    if (a === undefined || b === undefined) {
      log(`${action.name.padEnd(36)} (failed at one size)`);
      continue;
    }
    log(`${action.name.padEnd(36)} ${fmt(a).padStart(10)} → ${fmt(b).padStart(10)}  ×${(b / a).toFixed(2)}`);
  }
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

/** The demo community alone, for the workflow and points figures (they seed what they need). */
async function onDemoCloud(fn: (cloud: Awaited<ReturnType<typeof startLocalCloud>>) => Promise<void>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'llt-bench-demo-'));
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: FUNCTIONS_DIR,
    collections: [...COLLECTIONS],
    seedIfEmpty: (store) => seedDemo(store, { points: false, orders: false, wishes: false }),
    log: () => undefined,
    uploadOwner, // who may fetch a stored file (the 台账 download)
  });
  try {
    await fn(cloud);
  } finally {
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(root, 'scripts/build-functions.mjs')], { stdio: 'ignore' });
  log(`邻里通 bench — node ${process.version}, ${new Date().toISOString()}, ${load1()}`);
  const sizes = (process.env.BENCH_SIZES ?? 'small,large').split(',').filter((s): s is 'small' | 'large' => s in SIZES);
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await benchSize(size));
  printGrowth(results);
  if (!SKIP.has('workflow')) {
    log('\n== order workflow (demo community) ==');
    await onDemoCloud((cloud) => benchWorkflow(cloud, log));
  }
  if (!SKIP.has('points')) {
    log('\n== points (bench-points.ts) ==');
    // Only the hot item and a timer run: the boards were measured above at each data size.
    await onDemoCloud((cloud) =>
      benchPoints(
        { call: caller(cloud.url), store: cloud.store, stats: cloud.stats, functionStats: cloud.functionStats },
        log,
        [],
      ),
    );
  }
  if (!SKIP.has('ledgers')) {
    log('\n== 台账 export (bench-ledgers.ts) ==');
    await onDemoCloud((cloud) => benchLedgers(cloud, log));
  }
  log('\n== clients ==');
  if (!SKIP.has('h5')) await reportH5Size(log);
  log(`weapp main package: ${mainPackageKB()}`);
  log(`\ndone, ${load1()}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function spareInstancesLoaded(cloud: { stats(): Promise<{ instances: number; ready: number }> }): Promise<void> {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const f = await cloud.stats();
    if (f.ready === f.instances) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
