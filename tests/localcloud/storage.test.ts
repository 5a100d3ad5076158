import { startTestCloud, type TestCloud } from '../support/cloud';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: false });
});
afterAll(() => cloud.close());

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const upload = (body: Buffer, type: string, openid: string | null = 'demo-resident-1') =>
  fetch(`${cloud.url}/storage/upload`, {
    method: 'POST',
    headers: { 'content-type': type, ...(openid ? { 'x-openid': openid } : {}) },
    body: new Uint8Array(body),
  });

describe('the cloud storage stand-in', () => {
  it('stores an image and serves it back under its file id', async () => {
    const res = await upload(PNG, 'image/png');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: true; data: { fileId: string } };
    expect(body.data.fileId).toMatch(/^local:\/\/uploads\/[a-f0-9]{32}\.png$/);
    const served = await fetch(`${cloud.url}/storage/${body.data.fileId.slice('local://'.length)}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses callers without identity, files that are not images, and files over 5 MB', async () => {
    expect((await upload(PNG, 'image/png', null)).status).toBe(401);
    const notImage = await upload(Buffer.from('<script>'), 'text/html');
    expect(notImage.status).toBe(400);
    expect(await notImage.json()).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect((await upload(Buffer.alloc(5 * 1024 * 1024 + 1), 'image/jpeg')).status).toBe(413);
  });

  it('never serves paths outside the uploads folder', async () => {
    for (const path of [
      '/storage/uploads/..%2F..%2Fdocs.sqlite',
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
    await cloud.call('user', 'nobody-yet', { action: 'login' }); // reads users, then communities
    const after = await read();
    const gets = (after['database.getDocument'] ?? 0) - (before['database.getDocument'] ?? 0);
    expect(gets).toBe(2);
  });
});
