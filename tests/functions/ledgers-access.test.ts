/**
 * Who may export a 台账, and who may fetch the file (issue 13, 安全): every role but the community
 * admin is refused with a Chinese sentence; an admin exports only their own community; the file a
 * person exported cannot be fetched by anyone else, by its link or by its file id.
 */
import { data, startTestCloud, type TestCloud } from '../support/cloud';
import { chinaMonth, docxText, download, readWorkbook, sheetRows } from '../support/ledger-files';

jest.setTimeout(90_000);

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoMeetings: true });
});
afterAll(() => cloud.close());

const period = chinaMonth();
const EXPORTS = [
  { action: 'orders', period },
  { action: 'points', period },
  { action: 'meetings', period },
  { action: 'minutes', meetingId: 'demo-meeting-minutes' },
];

describe('who may export', () => {
  it.each([
    ['demo-resident-1', '居民'],
    ['demo-grid-1', '网格员'],
    ['demo-leader-1', '楼栋长'],
    ['demo-party-1', '党员'],
    ['demo-property-1', '物业'],
    ['demo-dept-1', '职能部门'],
  ])('refuses %s (%s) every export, in Chinese', async (openid) => {
    for (const event of EXPORTS) {
      const answer = await cloud.call('ledgers', openid, event);
      expect(answer).toMatchObject({
        ok: false,
        error: {
          code: 'PERMISSION_DENIED',
          reason: 'LEDGER_NOT_ALLOWED',
          message: expect.stringMatching(/可以导出台账/),
        },
      });
    }
  });

  it('refuses an admin another community, and a caller never signed in', async () => {
    for (const [openid, communityId] of [
      ['demo-admin', 'c-other'],
      ['demo-admin-b', 'c-demo'],
    ]) {
      const answer = await cloud.call('ledgers', openid, { action: 'orders', period, communityId });
      expect(answer).toMatchObject({ ok: false, error: { reason: 'LEDGER_NOT_ALLOWED' } });
    }
    const anonymous = await cloud.call('ledgers', null, { action: 'orders', period });
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('lets each admin export their own community, and refuses a grid of another', async () => {
    const own = data(await cloud.call('ledgers', 'demo-admin-b', { action: 'orders', period }));
    expect(own.name).toContain('另一社区');
    const foreignGrid = await cloud.call('ledgers', 'demo-admin', { action: 'orders', period, gridId: 'g-other-1' });
    expect(foreignGrid).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a malformed period with a Chinese sentence', async () => {
    const answer = await cloud.call('ledgers', 'demo-admin', { action: 'orders', period: '2026-13' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/时段/) },
    });
  });
});

describe('who may fetch the file', () => {
  it('serves the link to its exporter only', async () => {
    const file = data(await cloud.call('ledgers', 'demo-admin', { action: 'orders', period }));
    expect((await download(file.url, 'demo-admin')).status).toBe(200);
    for (const someone of ['demo-admin-b', 'demo-resident-1', 'demo-grid-1', null]) {
      const got = await download(file.url, someone);
      expect(got.status).toBe(403);
      expect(got.bytes.toString('utf8')).not.toContain('PK'); // no workbook bytes
    }
    const forged = file.url.replace(/sign=[0-9a-f]+/, `sign=${'0'.repeat(64)}`);
    expect((await download(forged, 'demo-admin')).status).toBe(403);
    const later = file.url.replace(/expires=\d+/, `expires=${Date.now() + 10 ** 9}`);
    expect((await download(later, 'demo-admin')).status).toBe(403);
  });

  it('gives a fresh link by file id to its exporter, and to nobody else', async () => {
    const file = data(await cloud.call('ledgers', 'demo-admin', { action: 'orders', period }));
    for (const someone of ['demo-admin-b', 'demo-resident-1']) {
      const answer = await cloud.call('ledgers', someone, { action: 'link', fileId: file.fileId });
      expect(answer).toMatchObject({ ok: false, error: { reason: 'LEDGER_FILE_NOT_YOURS' } });
    }
    const again = data(await cloud.call('ledgers', 'demo-admin', { action: 'link', fileId: file.fileId }));
    expect(again.url).not.toBe(file.url);
    expect((await download(again.url, 'demo-admin')).status).toBe(200);
    // Another user's link to the same file still serves the exporter only.
    expect((await download(again.url, 'demo-admin-b')).status).toBe(403);
  });

  it('never serves the storage files through the photo route', async () => {
    const file = data(await cloud.call('ledgers', 'demo-admin', { action: 'orders', period }));
    const path = new URL(file.url).pathname.replace('/storage/files/', '/storage/uploads/');
    const res = await fetch(`${cloud.url}${path}`, { headers: { 'x-openid': 'demo-admin' } });
    expect(res.status).toBe(404);
  });
});

describe('a 街道管理员', () => {
  it('exports each of their communities with residents masked, and nothing beyond them', async () => {
    const scopes = data(await cloud.call('ledgers', 'demo-street', { action: 'scope' }));
    expect(scopes.communities.map((c: { _id: string; personal: string }) => [c._id, c.personal])).toEqual([
      ['c-other', 'masked'], // their own community first
      ['c-demo', 'masked'],
    ]);
    const admin = data(await cloud.call('ledgers', 'demo-admin', { action: 'scope' }));
    expect(admin.communities).toEqual([
      {
        _id: 'c-demo',
        name: '示范社区',
        personal: 'named',
        grids: [
          { _id: 'g-demo-1', name: '网格一' },
          { _id: 'g-demo-2', name: '网格二' },
        ],
      },
    ]);
    expect(await cloud.call('ledgers', 'demo-resident-1', { action: 'scope' })).toMatchObject({
      ok: false,
      error: { reason: 'LEDGER_NOT_ALLOWED' },
    });

    const order = data(
      await cloud.call('orders', 'demo-resident-1', {
        action: 'submit',
        requestId: 'street-ledger-1',
        category: 'elderly',
        content: '帮忙买药',
      }),
    ).order;
    const file = data(
      await cloud.call('ledgers', 'demo-street', {
        action: 'orders',
        period: chinaMonth(new Date(order.createdAt)),
        communityId: 'c-demo',
      }),
    );
    const got = await download(file.url, 'demo-street');
    expect(got.status).toBe(200);
    const rows = sheetRows((await readWorkbook(got.bytes)).worksheets[0]);
    const row = rows.find((r) => r[7] === '3**')!;
    expect(row.slice(6, 9)).toEqual(['周**', '3**', '139****0001']);
    expect(rows.flat().join('|')).not.toContain('周奶奶');

    expect(
      data(await cloud.call('ledgers', 'demo-street', { action: 'points', period, communityId: 'c-other' })).name,
    ).toContain('另一社区');
    const beyond = await cloud.call('ledgers', 'demo-street', { action: 'orders', period, communityId: 'c-elsewhere' });
    expect(beyond).toMatchObject({ ok: false, error: { reason: 'LEDGER_NOT_ALLOWED' } });
  });

  it('exports a 纪要 of their communities with attendees and proposers masked', async () => {
    const file = data(
      await cloud.call('ledgers', 'demo-street', { action: 'minutes', meetingId: 'demo-meeting-minutes' }),
    );
    const text = docxText((await download(file.url, 'demo-street')).bytes);
    expect(text).toContain('车棚加装 20 个充电口');
    expect(text).not.toContain('周奶奶');
    expect(text).toContain('周**');
  });
});
