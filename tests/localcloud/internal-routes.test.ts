/**
 * Issue 12, point 7: the attacks on the local cloud itself. A deeply nested event must not stall
 * the function instances, and a web page must not reach the database protocol or the outbox —
 * neither directly (no secret, no CORS) nor through a domain of its own (DNS rebinding: wrong Host).
 */
import http from 'node:http';
import { FunctionRunner } from '../../localcloud/function-runner';
import { FIXTURE_FUNCTIONS, startFixtureCloud, type FixtureCloud } from './support';

let fx: FixtureCloud;
beforeAll(async () => {
  fx = await startFixtureCloud({ maxInstances: 1, warmInstances: 1 });
});
afterAll(() => fx.stop());

const deep = (levels: number) => `{"echo":${'['.repeat(levels)}${']'.repeat(levels)}}`;

/** A raw request, so the Host header can be what an attacker's page would send. */
function rawRequest(
  port: number,
  opts: { method: string; path: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    // setHost false: an empty Host stays empty instead of becoming the address connected to.
    const req = http.request({ host: '127.0.0.1', port, ...opts, setHost: false, agent: false });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** What the attack sent: a database read of every user, and an admin grant for a fresh openid. */
const readUsers = JSON.stringify({ action: 'database.getDocument', collectionName: 'probe', queryType: 'WHERE' });
const makeAdmin = JSON.stringify({
  action: 'database.modifyDocument',
  collectionName: 'probe',
  queryType: 'DOC',
  query: JSON.stringify({ _id: 'grant-me' }),
  data: JSON.stringify({ role: 'community_admin' }),
  multi: false,
  merge: false,
  upsert: true,
});

describe('a deeply nested event', () => {
  test('is refused with 400 before any function runs, and the only instance stays free', async () => {
    const before = fx.cloud.stats().invocations;
    const refusals = await Promise.all(
      Array.from({ length: 24 }, () => fetch(`${fx.cloud.url}/cloud/whoami`, { method: 'POST', body: deep(10_000) })),
    );
    for (const res of refusals) {
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '请求内容层级过深' } });
    }
    expect(fx.cloud.stats().invocations).toBe(before);
    // maxInstances 1: were the instance left busy, this call would wait (the attack held it 60 s).
    const started = Date.now();
    expect((await fx.call('whoami', { echo: [[1]] }, 'after-attack')).body).toMatchObject({ echo: [[1]] });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('a hand-off the instance cannot receive fails at once and frees the instance', async () => {
    const runner = new FunctionRunner({
      functionsDir: FIXTURE_FUNCTIONS,
      dbUrl: () => 'http://127.0.0.1:9/admin',
      maxInstances: 1,
      warmInstances: 1,
      log: () => undefined,
      onInvocationEnd: () => undefined,
    });
    try {
      await runner.warmUp();
      const caller = { openid: 'o1', appid: 'wx0' };
      // A function cannot be copied to a worker thread, just as a 10,000-deep object cannot.
      const failed = await runner.invoke('report', { bad: () => 1 }, caller);
      expect(failed).toEqual({ ok: false, errorCode: 'DataCloneError' });
      const next = await Promise.race([
        runner.invoke('report', {}, caller),
        new Promise((resolve) => setTimeout(() => resolve('still busy'), 10_000)),
      ]);
      expect(next).toMatchObject({ ok: true });
    } finally {
      await runner.close();
    }
  });
});

describe('the database protocol and the outbox', () => {
  test('without the secret: 403 and nothing read or written', async () => {
    for (const path of ['/admin', '/admin/', '/admin/0123456789abcdef01234567', `/admin/${'0'.repeat(64)}`]) {
      for (const body of [readUsers, makeAdmin]) {
        const res = await fetch(`${fx.cloud.url}${path}`, { method: 'POST', body });
        expect(res.status).toBe(403);
        expect(await res.text()).not.toContain('"data"');
      }
    }
    expect(fx.cloud.store.count('probe')).toBe(0);
    const outbox = await fetch(`${fx.cloud.url}/__outbox`);
    expect(outbox.status).toBe(403);
  });

  test('with the secret (the function instances, a test holding it) they answer', async () => {
    const res = await fetch(fx.cloud.adminUrl, { method: 'POST', body: readUsers });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { list: [] } });
    const outbox = await fetch(`${fx.cloud.url}/__outbox`, {
      headers: { 'x-localcloud-secret': fx.cloud.internalSecret },
    });
    expect(await outbox.json()).toEqual([]);
  });

  test('offer no CORS, not even to a loopback page', async () => {
    for (const path of ['/admin', new URL(fx.cloud.adminUrl).pathname, '/__outbox']) {
      const res = await fetch(`${fx.cloud.url}${path}`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:10087', 'access-control-request-method': 'POST' },
      });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('a request whose Host is not the local cloud (DNS rebinding)', () => {
  test('is refused on every route, even with the secret', async () => {
    const { port } = fx.cloud;
    const adminPath = new URL(fx.cloud.adminUrl).pathname;
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${port + 1}`, '']) {
      const headers = { host, 'content-type': 'application/json' };
      const admin = await rawRequest(port, { method: 'POST', path: adminPath, headers, body: makeAdmin });
      expect(admin.status).toBe(421);
      expect(admin.text).not.toContain('"data"');
      const call = await rawRequest(port, { method: 'POST', path: '/cloud/whoami', headers, body: '{}' });
      expect(call.status).toBe(421);
      expect((await rawRequest(port, { method: 'GET', path: '/health', headers: { host } })).status).toBe(421);
    }
    expect(fx.cloud.store.count('probe')).toBe(0);
    const own = await rawRequest(port, { method: 'GET', path: '/health', headers: { host: `localhost:${port}` } });
    expect(own.status).toBe(200);
  });
});
