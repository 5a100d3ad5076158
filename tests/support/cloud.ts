/**
 * Starts a local cloud for a test file: a fresh temp data dir seeded with the demo community, the
 * built functions from dist/cloudfunctions (jest's globalSetup builds them), a random port.
 * `call(fn, openid, event)` posts like the H5 client does and answers the parsed envelope.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocalCloud, type Doc } from '../../localcloud';
import { writeDemoFiles } from '../../scripts/demo-seed-notices';
import { seedDemo } from '../../scripts/demo-seed';
import { uploadOwner } from '../../scripts/upload-owner';
import { COLLECTIONS } from '../../types/collections';

export const ROOT = resolve(__dirname, '../..');
export const FUNCTIONS_DIR = join(ROOT, 'dist/cloudfunctions');

export interface TestCloud {
  url: string;
  /** the database protocol's address with this start's secret: for running function code in-process */
  adminUrl: string;
  dataDir: string;
  call<T = any>(fn: string, openid: string | null, event: unknown): Promise<Envelope<T>>;
  stats(): { dbRequests: number; invocations: number };
  /** Uploads a tiny PNG as `openid` (a known user) through /storage/upload: its file id. */
  uploadPhoto(openid: string): Promise<string>;
  /** the subscribe messages functions sent, oldest first (in-process: /__outbox is internal) */
  outbox(): Doc[];
  store: Awaited<ReturnType<typeof startLocalCloud>>['store'];
  close(): Promise<void>;
}

/** The first bytes of a PNG: what the storage stand-in checks an upload by. */
const TINY_PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/**
 * `seed: false` starts empty. `demoPoints` (default: on for browser tests, which pass a staticDir)
 * adds the demo's 爱心超市 items and opening balances; function tests start from an empty ledger so
 * their sums are exact. `demoOrders` adds the demo's orders (a 代办, one in 整改); off unless asked, so
 * tests that count orders start from none. `demoNotices` (default: on for browser tests) adds the
 * demo's notices with their households and photo. `demoMeetings` (default: on for browser tests) adds
 * the demo's meetings (one starting soon to sign in to, one with minutes). `demoSubscriptions` (off
 * unless asked) gives the demo workers their consent to subscribe messages, as `npm start` does.
 */
export async function startTestCloud(
  opts: {
    staticDir?: string;
    seed?: boolean;
    demoPoints?: boolean;
    demoOrders?: boolean;
    demoNotices?: boolean;
    demoMeetings?: boolean;
    /** six months of finished orders (scripts/demo-history.ts), for the 数据看板 */
    demoHistory?: boolean;
    demoSubscriptions?: boolean;
    /** the demo's 微心愿 (scripts/demo-wishes.ts); on for browser tests */
    demoWishes?: boolean;
    /** the demo 共建单位 with its members, hours and a signed 反馈卡 (scripts/demo-party.ts) */
    demoParty?: boolean;
    /** the demo's activities, with a past one's hours and points (default: on for browser tests) */
    demoActivities?: boolean;
  } = {},
): Promise<TestCloud> {
  const points = opts.demoPoints ?? Boolean(opts.staticDir);
  const notices = opts.demoNotices ?? Boolean(opts.staticDir);
  const meetings = opts.demoMeetings ?? Boolean(opts.staticDir);
  const dataDir = mkdtempSync(join(tmpdir(), 'llt-cloud-'));
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: FUNCTIONS_DIR,
    staticDir: opts.staticDir,
    collections: [...COLLECTIONS],
    seedIfEmpty:
      opts.seed === false
        ? undefined
        : async (store) => {
            await seedDemo(store, {
              points,
              orders: opts.demoOrders ?? false,
              notices,
              meetings,
              history: opts.demoHistory ?? false,
              subscriptions: opts.demoSubscriptions ?? false,
              wishes: opts.demoWishes ?? Boolean(opts.staticDir),
              party: opts.demoParty ?? Boolean(opts.staticDir),
              activities: opts.demoActivities ?? Boolean(opts.staticDir),
            });
            if (notices) writeDemoFiles(dataDir); // the demo notice's photo
          },
    log: process.env.CLOUD_LOG ? (line) => console.log(line) : () => undefined,
    uploadOwner,
  });
  return {
    url: cloud.url,
    adminUrl: cloud.adminUrl,
    dataDir,
    store: cloud.store,
    stats: () => cloud.stats(),
    outbox: () => cloud.outbox(),
    async uploadPhoto(openid) {
      const res = await fetch(`${cloud.url}/storage/upload`, {
        method: 'POST',
        headers: { 'content-type': 'image/png', 'x-openid': openid },
        body: new Uint8Array(TINY_PNG),
      });
      const answer = (await res.json()) as Envelope<{ fileId: string }>;
      return data(answer).fileId;
    },
    async call(fn, openid, event) {
      const res = await fetch(`${cloud.url}/cloud/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
        body: JSON.stringify(event),
      });
      return (await res.json()) as Envelope<any>;
    },
    async close() {
      await cloud.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Unwraps a successful envelope, failing the test with the error otherwise. */
export function data<T>(env: Envelope<T>): T {
  if (!env.ok) throw new Error(`expected ok, got ${env.error.code}: ${env.error.message}`);
  return env.data;
}
