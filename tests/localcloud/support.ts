/**
 * A local cloud over the fixture functions (tests/fixtures/functions), on a random port and a
 * fresh temp data dir, for the local cloud's own tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../../localcloud';
import type { Doc } from '../../localcloud';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURE_FUNCTIONS = path.join(ROOT, 'tests/fixtures/functions');

export interface Reply<T = any> {
  status: number;
  body: T;
}

export interface FixtureCloud {
  cloud: LocalCloud;
  dataDir: string;
  logs: string[];
  call<T = any>(name: string, event: unknown, openid?: string): Promise<Reply<T>>;
  /** A new collection holding `docs`, so tests do not see each other's data. */
  collectionWith(docs: Doc[]): string;
  /** Starts `count` instances (and loads the SDK in each) so later calls really overlap. */
  warm(count: number): Promise<void>;
  stop(): Promise<void>;
}

export function tempDir(prefix = 'localcloud-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startFixtureCloud(opts: Partial<LocalCloudOptions> = {}): Promise<FixtureCloud> {
  const dataDir = tempDir();
  const logs: string[] = [];
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    functionsDir: FIXTURE_FUNCTIONS,
    collections: ['probe', 'tasks'],
    log: (line) => logs.push(line),
    // These tests pin MongoDB semantics on ad-hoc collections with no declared indexes; strict
    // index checking has its own tests (indexes.test.ts), so here unindexed queries are scanned.
    strictIndexes: false,
    // Cold starts unless a test asks for warm instances (warm-instances.test.ts): the fixture
    // functions include a deliberately slow loader, and most tests here are about one call.
    warmInstances: 0,
    ...opts,
  });
  let n = 0;
  const call = async <T>(name: string, event: unknown, openid?: string): Promise<Reply<T>> => {
    const res = await fetch(`${cloud.url}/cloud/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
      body: typeof event === 'string' ? event : JSON.stringify(event),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  return {
    cloud,
    dataDir,
    logs,
    call,
    collectionWith(docs) {
      const name = `c${(n += 1)}`;
      cloud.store.ensureCollection(name);
      if (docs.length) cloud.store.insertMany(name, docs);
      return name;
    },
    async warm(count) {
      await Promise.all(Array.from({ length: count }, (_, i) => call('whoami', { hold: 300 }, `warm-${i}`)));
      // Spares started during the burst are still loading: wait until every instance can serve.
      while (cloud.functionStats().ready < cloud.functionStats().instances) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async stop() {
      await cloud.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
