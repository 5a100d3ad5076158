/**
 * Pins the wire protocol of the pinned wx-server-sdk, which the database stand-in implements.
 * The real SDK runs here in-process against a recording proxy in front of the local cloud; the
 * request bodies it sends (action, keys, and the encoded query/data/options) must equal the
 * checked-in tests/localcloud/fixtures/sdk-wire-protocol.json. An SDK upgrade that changes any of it fails
 * here first. To re-record after a deliberate upgrade: UPDATE_SDK_CONTRACT=1 npx jest sdk-contract
 * (then read the diff: every change is something localcloud/ must handle).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { instanceEnv } from '../../localcloud/function-env';
import { ROOT, startFixtureCloud, type FixtureCloud } from './support';

const CONTRACT_FILE = path.join(ROOT, 'tests/localcloud/fixtures/sdk-wire-protocol.json');
const nodeRequire = createRequire(__filename);
const sdk = nodeRequire('wx-server-sdk');

interface Recorded {
  method: string;
  pathname: string;
  queryKeys: string[];
  contentType: string;
  body: Record<string, unknown>;
}

let fx: FixtureCloud;
let proxy: http.Server;
const recorded: Recorded[] = [];
const savedEnv = { ...process.env };

beforeAll(async () => {
  fx = await startFixtureCloud({ collections: ['probe', 'tasks'] });
  proxy = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      recorded.push({
        method: req.method ?? '',
        pathname: url.pathname,
        queryKeys: [...url.searchParams.keys()].sort(),
        contentType: String(req.headers['content-type']),
        body: JSON.parse(text),
      });
      const rest = url.pathname.slice('/admin'.length);
      const answer = await fetch(`${fx.cloud.adminUrl}${rest}`, { method: 'POST', body: text });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (proxy.address() as AddressInfo).port;
  Object.assign(process.env, instanceEnv(), {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `http://127.0.0.1:${port}/admin` }),
  });
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
});

afterAll(async () => {
  process.env = savedEnv;
  await new Promise((resolve) => proxy.close(resolve));
  proxy.closeAllConnections();
  await fx.stop();
});

/** What is stable about a request: everything but ids, tokens and timestamps. */
function normalize(r: Recorded): Record<string, unknown> {
  const out: Record<string, unknown> = { action: r.body.action, keys: Object.keys(r.body).sort() };
  for (const key of [
    'collectionName',
    'queryType',
    'query',
    'data',
    'order',
    'offset',
    'limit',
    'projection',
    'multi',
    'merge',
    'upsert',
    'stages',
  ]) {
    if (key in r.body) out[key] = r.body[key];
  }
  if ('transactionId' in r.body) out.transactionId = '<transaction id>';
  return out;
}

async function representativeCalls(): Promise<Record<string, Record<string, unknown>[]>> {
  const db = sdk.database();
  const _ = db.command;
  const calls: Record<string, () => Promise<unknown>> = {
    createCollection: () => db.createCollection('contract'),
    addWithId: () =>
      db.collection('contract').add({ data: { _id: 'k1', n: 1, at: new Date(0), stamped: db.serverDate(), tags: [] } }),
    addWithoutId: () => db.collection('contract').add({ data: { name: 'a', score: 1.5 } }),
    docGet: () => db.collection('contract').doc('k1').get(),
    docGetField: () => db.collection('contract').doc('k1').field({ n: true }).get(),
    docUpdate: () =>
      db
        .collection('contract')
        .doc('k1')
        .update({
          data: {
            n: _.inc(2),
            tags: _.push(['a']),
            gone: _.remove(),
            nested: { x: 1 },
            at: db.serverDate({ offset: 1000 }),
          },
        }),
    docSet: () =>
      db
        .collection('contract')
        .doc('k2')
        .set({ data: { n: 5, name: 'b' } }),
    whereGet: () =>
      db
        .collection('contract')
        .where({ n: _.gt(1).and(_.lt(10)), name: _.in(['a', 'b']) })
        .orderBy('n', 'desc')
        .skip(1)
        .limit(5)
        .field({ n: true })
        .get(),
    plainGet: () => db.collection('contract').get(),
    whereCount: () =>
      db
        .collection('contract')
        .where(_.or([{ n: 1 }, { n: 5 }]))
        .count(),
    whereUpdate: () =>
      db
        .collection('contract')
        .where({ n: 5 })
        .update({ data: { flag: true } }),
    whereRemove: () => db.collection('contract').where({ flag: true }).remove(),
    docRemove: () => db.collection('contract').doc('k1').remove(),
    aggregate: () =>
      db
        .collection('contract')
        .aggregate()
        .match({ n: _.gte(0) })
        .group({ _id: '$name', c: _.aggregate.sum(1) })
        .sort({ c: -1 })
        .limit(10)
        .end(),
    startTransaction: async () => {
      const t = await db.startTransaction();
      await t.collection('contract').add({ data: { _id: 'k3', n: 3 } });
      await t
        .collection('contract')
        .doc('k3')
        .get()
        .catch(() => undefined);
      await t
        .collection('contract')
        .doc('k3')
        .update({ data: { n: _.inc(1) } });
      await t
        .collection('contract')
        .doc('k4')
        .set({ data: { n: 4 } });
      await t.collection('contract').doc('k4').remove();
      await t.commit();
    },
    runTransactionRollback: () =>
      db
        .runTransaction(async (t: any) => {
          await t
            .collection('contract')
            .doc('k3')
            .update({ data: { n: 0 } });
          await t.rollback('reason');
        })
        .catch(() => undefined),
  };
  const wire: Record<string, Record<string, unknown>[]> = {};
  for (const [name, run] of Object.entries(calls)) {
    const from = recorded.length;
    await run();
    wire[name] = recorded.slice(from).map(normalize);
  }
  return wire;
}

describe('the pinned wx-server-sdk', () => {
  test('is exactly wx-server-sdk 4.0.2 (with @cloudbase/node-sdk 3.17.2 and @cloudbase/database 1.4.3)', () => {
    expect(nodeRequire('wx-server-sdk/package.json').version).toBe('4.0.2');
    const fromSdk = createRequire(nodeRequire.resolve('wx-server-sdk'));
    expect(fromSdk('@cloudbase/node-sdk/package.json').version).toBe('3.17.2');
    const fromNodeSdk = createRequire(fromSdk.resolve('@cloudbase/node-sdk'));
    expect(fromNodeSdk('@cloudbase/database/package.json').version).toBe('1.4.3');
  });

  test('sends the database requests recorded in tests/localcloud/fixtures/sdk-wire-protocol.json', async () => {
    const wire = await representativeCalls();
    const http = {
      methods: [...new Set(recorded.map((r) => r.method))],
      pathnames: [...new Set(recorded.map((r) => r.pathname))],
      queryKeys: [...new Set(recorded.map((r) => r.queryKeys.join('&')))],
      contentTypes: [...new Set(recorded.map((r) => r.contentType))],
    };
    const actual = { sdk: 'wx-server-sdk@4.0.2', http, wire };
    if (process.env.UPDATE_SDK_CONTRACT === '1')
      fs.writeFileSync(CONTRACT_FILE, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(fs.readFileSync(CONTRACT_FILE, 'utf8')));
  });

  test('maps our error answers to the errCodes the design relies on, and retries only a commit conflict', async () => {
    const db = sdk.database();
    await expect(db.collection('never-created').get()).rejects.toMatchObject({ errCode: -502005 });

    fx.cloud.store.ensureCollection('retry');
    fx.cloud.store.insertMany('retry', [{ _id: 'r', n: 0 }]);
    let runs = 0;
    fx.cloud.injectCommitConflicts(1);
    const value = await db.runTransaction(async (t: any) => {
      runs += 1;
      await t
        .collection('retry')
        .doc('r')
        .update({ data: { n: db.command.inc(1) } });
      return 'ok';
    });
    expect({ value, runs }).toEqual({ value: 'ok', runs: 2 });

    const holder = await db.startTransaction();
    await holder
      .collection('retry')
      .doc('r')
      .update({ data: { n: 100 } });
    runs = 0;
    const failure = await db
      .runTransaction(async (t: any) => {
        runs += 1;
        await t
          .collection('retry')
          .doc('r')
          .update({ data: { n: 5 } });
      })
      .catch((e: unknown) => e);
    await holder.rollback();
    expect(runs).toBe(1);
    expect(failure).toMatchObject({ errCode: -501001 });
    expect(fx.cloud.store.find('retry', { _id: 'r' })[0].n).toBe(1);
  });
});
