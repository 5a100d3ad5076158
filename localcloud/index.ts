/**
 * The local cloud: a loopback server that lets the unmodified wx-server-sdk 4.0.2 run cloud
 * functions on one laptop against an embedded durable store. See README.md in this folder.
 */
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DatabaseService } from './database-service';
import { FunctionRunner, type RunnerStats } from './function-runner';
import { createHttpServer, type Counters } from './http-server';
import { staticFiles } from './static-files';
import { CloudFiles } from './cloud-files';
import { LOCAL_ENV_ID } from './function-env';
import { OpenApiService } from './openapi';
import { newInternalSecret, ownHosts } from './request-guard';
import { openStore, type Store } from './store';
import type { Doc } from './ejson';
import type { IndexCatalog } from './index-catalog';

export { openStore, Store, newDocId, strictFromEnv } from './store';
export type { StoreOptions } from './store';
export type { IndexCatalog } from './index-catalog';
export type { Doc } from './ejson';
export { MAX_GET_LIMIT } from './database-service';
export { TX_LIFETIME_MS } from './transactions';
export { OUTBOX } from './openapi';

export interface LocalCloudOptions {
  /** 0 picks a free port */
  port?: number;
  dataDir: string;
  /** holds `<name>/index.js` (and optionally `<name>/config.json` with `timeout` in seconds) */
  functionsDir: string;
  /** the H5 build, served for any other GET (single-page app fallback to index.html) */
  staticDir?: string;
  /** most instances one function runs at once (default 2 per CPU core, at least 4); its further calls queue */
  maxInstances?: number;
  /**
   * instances started before the first request, each with every function loaded (default 2;
   * about 50 MB each). 0 starts instances only when called (a cold start on each first call).
   */
  warmInstances?: number;
  /** each instance's old-generation heap limit in MB (default 256): a runaway call ends only its instance */
  instanceHeapMb?: number;
  /** collections ensured to exist at start */
  collections?: string[];
  /** called once, when the data dir had no database yet */
  seedIfEmpty?: (store: Store) => void | Promise<void>;
  log?: (line: string) => void;
  /** the declared indexes every query must be served by (default deploy/indexes.json) */
  indexes?: IndexCatalog;
  /**
   * Who may upload to the storage stand-in (storage.ts): the folder a caller's uploads go to (the
   * app's id for that person), or undefined for a caller the app does not know. Without it, no one
   * may upload.
   */
  uploadOwner?: (openid: string, store: Store) => string | undefined;
  /** refuse a query no index serves (default: under tests and CI, see strictFromEnv); else warn */
  strictIndexes?: boolean;
}

export interface LocalCloud {
  url: string;
  port: number;
  /**
   * The database URL with this start's secret (`<url>/admin/<secret>`): what the function instances
   * are given, and what an in-process SDK in a test points TCB_CONTEXT_CNFG at.
   */
  adminUrl: string;
  /** This start's secret: header `x-localcloud-secret` for GET /__outbox. Never give it to a browser. */
  internalSecret: string;
  store: Store;
  stats(): Counters;
  /** the function instances: how many, how many ever started, cold vs warm calls */
  functionStats(): RunnerStats;
  /** how many times a static file was compressed (each file once per encoding, then cached) */
  staticCompressions(): number;
  /** The subscribe messages functions have sent (openapi.ts), oldest first. */
  outbox(): Doc[];
  /** Test hook: the next `count` commitTransaction calls report DATABASE_TRANSACTION_CONFLICT. */
  injectCommitConflicts(count: number): void;
  close(): Promise<void>;
}

/**
 * Instances per function: two per CPU core (at least 4). Each instance is its own V8 with its own
 * JIT; more of them than the cores can run only splits the CPU into colder instances. Measured on 2
 * cores, hot-item redemptions at concurrency 20, back to back: p95 719 ms with 24 per function,
 * 287 ms with 6 (an earlier session); 329 ms with 6 and 254 ms with 4 (this one). A slow call still
 * holds only its own instance, so it never holds up other callers.
 */
export const DEFAULT_MAX_INSTANCES = Math.max(4, 2 * os.cpus().length);

/** MAX_INSTANCES from the environment (npm start, the bench), else the default above. */
export function maxInstancesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.MAX_INSTANCES);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_INSTANCES;
}

export async function startLocalCloud(opts: LocalCloudOptions): Promise<LocalCloud> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const store = openStore(path.resolve(opts.dataDir), {
    indexes: opts.indexes,
    strictIndexes: opts.strictIndexes,
    log,
  });
  try {
    const wasNew = store.isNew;
    for (const name of opts.collections ?? []) store.ensureCollection(name);
    if (wasNew && opts.seedIfEmpty) await opts.seedIfEmpty(store);
  } catch (error) {
    store.close();
    throw error;
  }

  const counters: Counters = { dbRequests: 0, dbByAction: {}, invocations: 0 };
  const db = new DatabaseService(store, log);
  const openapi = new OpenApiService(store);
  let url = '';
  // Only the instances started here learn it (function-env.ts): it is what makes /admin theirs.
  const secret = newInternalSecret();
  const hosts = new Set<string>();
  const runner = new FunctionRunner({
    functionsDir: path.resolve(opts.functionsDir),
    dbUrl: () => `${url}/admin/${secret}`,
    maxInstances: opts.maxInstances ?? maxInstancesFromEnv(),
    warmInstances: opts.warmInstances,
    instanceHeapMb: opts.instanceHeapMb,
    log,
    onInvocationEnd: (invocationId) => {
      const left = db.transactions.abortInvocation(invocationId);
      if (left > 0) log(`[localcloud] aborted ${left} transaction(s) an invocation left open`);
    },
  });
  const statics = opts.staticDir ? staticFiles(path.resolve(opts.staticDir)) : undefined;
  const storageDir = path.join(path.resolve(opts.dataDir), 'storage');
  const uploadOwner = (openid: string) => opts.uploadOwner?.(openid, store);
  const files = new CloudFiles(path.join(storageDir, 'files'), LOCAL_ENV_ID, secret);
  const deps = { db, openapi, runner, counters, statics, storageDir, files, log, secret, hosts, uploadOwner };
  const server = createHttpServer(deps);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  }).catch((error: unknown) => {
    store.close();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}`;
  for (const host of ownHosts(port)) hosts.add(host);
  // Warm before the first request: the instances load every function now, not on first call.
  await runner.warmUp();

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    adminUrl: `${url}/admin/${secret}`,
    internalSecret: secret,
    store,
    stats: () => ({ ...counters, dbByAction: { ...counters.dbByAction } }),
    functionStats: () => runner.stats(),
    staticCompressions: () => statics?.compressed.compressions ?? 0,
    outbox: () => openapi.outbox(),
    injectCommitConflicts: (count) => db.transactions.injectCommitConflicts(count),
    close: () =>
      (closing ??= (async () => {
        await runner.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        db.transactions.abortAll();
        store.close();
      })()),
  };
}
