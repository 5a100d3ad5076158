/**
 * The H5 build is served like a web app: compressed when the browser accepts it, hashed files
 * cached for a year, index.html revalidated on every load.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { startFixtureCloud, tempDir, type FixtureCloud } from './support';

let fx: FixtureCloud;
let staticDir: string;
/** Big and repetitive enough that compression pays, like a real bundle. */
const BUNDLE = Array.from({ length: 400 }, (_, i) => `export function page${i}(){return "第${i}页";}`).join('\n');
const HASHED_JS = '/js/framework.0a1b2c3d.js';

beforeAll(async () => {
  staticDir = tempDir('localcloud-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), `<!doctype html><title>邻里通</title>${' '.repeat(2000)}`);
  fs.mkdirSync(path.join(staticDir, 'js'));
  fs.writeFileSync(path.join(staticDir, HASHED_JS), BUNDLE);
  fs.writeFileSync(path.join(staticDir, 'js', 'tiny.0a1b2c3e.js'), 'console.log(1)');
  fs.writeFileSync(path.join(staticDir, 'robots.txt'), 'User-agent: *\n'.repeat(200));
  fx = await startFixtureCloud({ staticDir, warmInstances: 0 });
});

afterAll(async () => {
  await fx.stop();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET without fetch's automatic decompression, so the bytes on the wire can be checked. */
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${fx.cloud.url}${pathname}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  test('a hashed bundle comes brotli-compressed when accepted, cached for a year as immutable', async () => {
    const res = await get(HASHED_JS, { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(BUNDLE.length / 4);
    expect(zlib.brotliDecompressSync(res.body).toString('utf8')).toBe(BUNDLE);
  });

  test('gzip when the browser accepts only gzip; the plain bytes when it accepts neither', async () => {
    const gz = await get(HASHED_JS, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString('utf8')).toBe(BUNDLE);

    const refused = await get(HASHED_JS, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString('utf8')).toBe(BUNDLE);

    const plain = await get(HASHED_JS);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(BUNDLE));
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('repeated requests reuse one compressed copy per encoding', async () => {
    const before = fx.cloud.staticCompressions();
    const replies = await Promise.all(Array.from({ length: 5 }, () => get(HASHED_JS, { 'accept-encoding': 'gzip' })));
    replies.forEach((r) => expect(zlib.gunzipSync(r.body).toString('utf8')).toBe(BUNDLE));
    expect(fx.cloud.staticCompressions() - before).toBe(0); // made by the test above
    await get(HASHED_JS, { 'accept-encoding': 'br' });
    expect(fx.cloud.staticCompressions() - before).toBe(0);
  });

  test('index.html and app routes are revalidated on every load (no-cache, ETag → 304)', async () => {
    for (const route of ['/', '/index.html', '/pages/orders/detail']) {
      const res = await get(route, { 'accept-encoding': 'br' });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(res.body).toString('utf8')).toContain('邻里通');
    }
    const first = await get('/');
    const again = await get('/', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('a file without a content hash is not cached as immutable; a tiny file is sent as is', async () => {
    const robots = await get('/robots.txt', { 'accept-encoding': 'gzip' });
    expect(robots.headers['cache-control']).toBe('no-cache');
    expect(robots.headers['content-encoding']).toBe('gzip');
    const tiny = await get('/js/tiny.0a1b2c3e.js', { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString('utf8')).toBe('console.log(1)');
  });

  test('HEAD answers the headers of the compressed file, without a body', async () => {
    const head = await get(HASHED_JS, { 'accept-encoding': 'br' }, 'HEAD');
    const full = await get(HASHED_JS, { 'accept-encoding': 'br' });
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.body.length).toBe(0);
  });
});
