/**
 * The cloud storage stand-in (localcloud/storage.ts). Issue 12, point 7: an upload needs a person
 * the app knows, is judged by its bytes (images only), is limited in size and number, and is served
 * with `nosniff`, so HTML sent as image/png is neither stored nor ever shown as a page.
 */
import { MAX_UPLOADS_PER_DAY } from '../../localcloud/storage';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { startTestCloud, type TestCloud } from '../support/cloud';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex');
const GIF = Buffer.from('474946383961010001000000002c', 'hex');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
const HTML = Buffer.from('<html><script>alert(document.cookie)</script></html>');

const upload = (body: Buffer, type: string, openid: string | null = 'demo-resident-1') =>
  fetch(`${cloud.url}/storage/upload`, {
    method: 'POST',
    headers: { 'content-type': type, ...(openid ? { 'x-openid': openid } : {}) },
    body: new Uint8Array(body),
  });

const fileIdOf = async (res: Response) => ((await res.json()) as { data: { fileId: string } }).data.fileId;
const stored = (fileId: string) => fetch(`${cloud.url}/storage/${fileId.slice('local://'.length)}`);

describe('the cloud storage stand-in', () => {
  it("stores an image in the uploader's folder and serves it back with nosniff", async () => {
    const res = await upload(PNG, 'image/png');
    expect(res.status).toBe(200);
    const fileId = await fileIdOf(res);
    expect(fileId).toMatch(new RegExp(`^local://uploads/${userIdFor('demo-resident-1')}/[a-f0-9]{32}\\.png$`));
    const served = await stored(fileId);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('judges the type by the bytes, not by the header the caller sends', async () => {
    for (const [bytes, ext] of [
      [JPEG, 'jpg'],
      [GIF, 'gif'],
      [WEBP, 'webp'],
    ] as const) {
      const fileId = await fileIdOf(await upload(bytes, 'application/octet-stream'));
      expect(fileId.endsWith(`.${ext}`)).toBe(true);
    }
    // HTML sent as image/png: refused, nothing stored.
    for (const type of ['image/png', 'image/jpeg', 'text/html']) {
      const res = await upload(HTML, type);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
  });

  it('refuses callers without identity, openids that never signed in, and files over 5 MB', async () => {
    expect((await upload(PNG, 'image/png', null)).status).toBe(401);
    expect(await upload(PNG, 'image/png', 'never-logged-in')).toMatchObject({ status: 401 });
    expect(await upload(PNG, 'image/png', 'bad id/..')).toMatchObject({ status: 401 });
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    expect((await upload(big, 'image/png')).status).toBe(413);
  });

  it(`takes at most ${MAX_UPLOADS_PER_DAY} uploads a day from one person`, async () => {
    const openid = 'demo-resident-2';
    for (let i = 0; i < MAX_UPLOADS_PER_DAY; i += 1) expect((await upload(PNG, 'image/png', openid)).status).toBe(200);
    const over = await upload(PNG, 'image/png', openid);
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ ok: false, error: { code: 'RESOURCE_EXHAUSTED' } });
    // Someone else is not held up by it.
    expect((await upload(PNG, 'image/png', 'demo-resident-3')).status).toBe(200);
  });

  it('never serves paths outside the uploads folder', async () => {
    for (const path of [
      '/storage/uploads/..%2F..%2Flocalcloud.sqlite',
      '/storage/uploads/x/..%2F..%2Flocalcloud.sqlite',
      '/storage/uploads/x.png',
      '/storage/uploads/../../etc/passwd',
    ]) {
      expect((await fetch(`${cloud.url}${path}`)).status).toBe(404);
    }
  });

  it('counts database requests by action for the benchmarks', async () => {
    const read = async () =>
      ((await (await fetch(`${cloud.url}/__stats`)).json()) as { dbByAction: Record<string, number> }).dbByAction;
    const before = await read();
    await cloud.call('user', 'demo-party-1', { action: 'login' }); // reads the user, then the community
    const after = await read();
    const gets = (after['database.getDocument'] ?? 0) - (before['database.getDocument'] ?? 0);
    expect(gets).toBe(2);
  });
});
