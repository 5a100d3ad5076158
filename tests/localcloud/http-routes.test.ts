import fs from 'node:fs';
import path from 'node:path';
import { startFixtureCloud, tempDir, type FixtureCloud } from './support';

let fx: FixtureCloud;
let staticDir: string;

beforeAll(async () => {
  staticDir = tempDir('localcloud-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>邻里通</title>');
  fs.mkdirSync(path.join(staticDir, 'js'));
  fs.writeFileSync(path.join(staticDir, 'js', 'app.1234.js'), 'console.log(1)');
  fx = await startFixtureCloud({ staticDir });
});

afterAll(async () => {
  await fx.stop();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

const post = (pathname: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${fx.cloud.url}${pathname}`, { method: 'POST', body, headers });

describe('the local cloud over HTTP', () => {
  test('GET /health answers ok once it is listening', async () => {
    const res = await fetch(`${fx.cloud.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  test('listens on the loopback address only', () => {
    expect(fx.cloud.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('an unknown function is a 404 with the envelope', async () => {
    const reply = await fx.call('no-such-function', {});
    expect(reply).toEqual({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND', message: '云函数不存在' } } });
    expect((await fx.call('..%2Fwhoami', {})).status).toBe(404);
  });

  test('a body that is not JSON, or not an object, is a 400 with the envelope', async () => {
    const invalid = { ok: false, error: { code: 'INVALID_ARGUMENT', message: '请求内容不是合法的 JSON' } };
    for (const body of ['{not json', '[1,2]', '"text"', 'null', '']) {
      const res = await post('/cloud/whoami', body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual(invalid);
    }
  });

  test('a body over 1 MB is refused with the envelope', async () => {
    const res = await post('/cloud/whoami', JSON.stringify({ blob: 'x'.repeat(1024 * 1024 + 10) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  });

  test('x-openid reaches getWXContext().OPENID; without it OPENID is empty', async () => {
    const withId = await fx.call('whoami', { echo: 7 }, 'oUser_123-abc');
    expect(withId.status).toBe(200);
    expect(withId.body).toMatchObject({ before: 'oUser_123-abc', after: 'oUser_123-abc', env: 'localcloud', echo: 7 });
    // Like a client call in the cloud, the platform adds userInfo and overwrites a forged one.
    expect(withId.body.userInfo).toEqual({ appId: withId.body.appid, openId: 'oUser_123-abc' });
    const forged = await fx.call('whoami', { userInfo: { openId: 'someone-else' } }, 'oReal');
    expect(forged.body.userInfo.openId).toBe('oReal');

    const anonymous = await fx.call('whoami', {});
    expect(anonymous.body).toMatchObject({ before: '', after: '', userInfo: null });
  });

  test('a malformed x-openid is refused', async () => {
    const res = await post('/cloud/whoami', '{}', { 'x-openid': 'has spaces/and slashes' });
    expect(res.status).toBe(400);
  });

  test('a function that throws answers INTERNAL: no stack or message to the client, only name and code logged', async () => {
    for (const event of [{}, { reject: true }]) {
      const res = await post('/cloud/boom', JSON.stringify({ ...event, phone: '13800000000' }));
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(JSON.parse(text)).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
      expect(text).not.toMatch(/secret|13800000000|at /);
    }
    const lines = fx.logs.filter((l) => l.includes('boom'));
    expect(lines).toEqual(['[localcloud] boom failed: BOOM', '[localcloud] boom failed: -123']);
    expect(fx.logs.join('\n')).not.toMatch(/secret|13800000000/);
  });

  test('loading a function (a cold start) does not count against its config.json timeout', async () => {
    const reply = await fx.call('slow-start', {});
    expect(reply).toEqual({ status: 200, body: { ok: true, data: { loaded: true } } });
  });

  test('a function that runs past its config.json timeout answers INTERNAL and its instance is replaced', async () => {
    const started = Date.now();
    const reply = await fx.call('slow', {});
    expect(reply).toEqual({
      status: 500,
      body: { ok: false, error: { code: 'INTERNAL', message: expect.any(String) } },
    });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(fx.logs).toContain('[localcloud] slow timed out after 1 s');
    expect((await fx.call('whoami', {}, 'after-timeout')).body.after).toBe('after-timeout');
  });

  test('GET /__stats counts invocations and database round trips', async () => {
    const before = (await (await fetch(`${fx.cloud.url}/__stats`)).json()) as {
      dbRequests: number;
      invocations: number;
    };
    await fx.call('whoami', {});
    const after = (await (await fetch(`${fx.cloud.url}/__stats`)).json()) as typeof before;
    expect(after.invocations - before.invocations).toBe(1);
    expect(after.dbRequests - before.dbRequests).toBe(1);
    expect(fx.cloud.stats()).toEqual(after);
  });

  test('other GETs serve the H5 build, falling back to index.html for app routes', async () => {
    const asset = await fetch(`${fx.cloud.url}/js/app.1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const route = await fetch(`${fx.cloud.url}/pages/orders/detail`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('邻里通');
    expect((await fetch(`${fx.cloud.url}/js/missing.js`)).status).toBe(404);
    const traversal = await fetch(`${fx.cloud.url}/..%2f..%2fetc%2fpasswd`);
    expect(await traversal.text()).not.toContain('root:');
  });

  test('without a staticDir, other GETs are 404', async () => {
    const bare = await startFixtureCloud();
    try {
      expect((await fetch(`${bare.cloud.url}/`)).status).toBe(404);
    } finally {
      await bare.stop();
    }
  });

  test('a page on another loopback port may call it (CORS), other origins get no CORS header', async () => {
    const local = await fetch(`${fx.cloud.url}/cloud/whoami`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:10087' },
    });
    expect(local.status).toBe(204);
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:10087');
    expect(local.headers.get('access-control-allow-headers')).toContain('x-openid');
    const foreign = await fetch(`${fx.cloud.url}/cloud/whoami`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
