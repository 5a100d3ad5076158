/**
 * 代办 (issue 11.3, issue 12.1): the resident's registered building decides who may file for them,
 * never a building the filer sends. The attack of issue 12.1 — a 楼栋长 or 网格员 naming a building
 * of their own scope to file for a resident who lives elsewhere, and reading her phone and room back —
 * is refused and its answer carries nothing of hers.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { newRequestId } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const ZHENG = userIdFor('demo-resident-3'); // 郑阿姨, 3号楼 (grid 2), 203, 13900000003
const WU = userIdFor('demo-resident-2'); // 吴大爷, 1号楼 (grid 1), 402
const ZHENG_SECRETS = ['13900000003', '203', '郑阿姨', 'b-demo-2-1'];

const proxyFor = (openid: string, residentId: string, extra: object = {}) =>
  cloud.call('orders', openid, {
    action: 'submit',
    requestId: newRequestId(),
    category: 'elderly',
    content: '帮忙买菜',
    onBehalfOf: residentId,
    ...extra,
  });

const leaksNothing = (answer: unknown) => {
  const text = JSON.stringify(answer);
  for (const secret of ZHENG_SECRETS) expect(text).not.toContain(secret);
};

describe('the attack of issue 12.1', () => {
  it('a building leader naming a building of grid 1 cannot file for 郑阿姨 of 3号楼, and reads nothing of hers', async () => {
    const before = await cloud.store.count('orders', { residentId: ZHENG });
    const answer = await proxyFor('demo-leader-1', ZHENG, { buildingId: 'b-demo-1-1', requestId: 'x', content: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    leaksNothing(answer);
    const withoutBuilding = await proxyFor('demo-leader-1', ZHENG);
    expect(withoutBuilding).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED', reason: 'PROXY_OUT_OF_SCOPE' },
    });
    leaksNothing(withoutBuilding);
    expect(await cloud.store.count('orders', { residentId: ZHENG })).toBe(before);
  });

  it('a grid worker cannot file for a resident outside their grid, whatever building or room they name', async () => {
    for (const extra of [{}, { buildingId: 'b-demo-1-2' }, { room: '101' }]) {
      const answer = await proxyFor('demo-grid-1', ZHENG, extra);
      expect(answer.ok).toBe(false);
      leaksNothing(answer);
    }
  });

  it('a resident without a registered home, or of another community, answers the same refusal as one out of scope', async () => {
    await cloud.store.insertMany('users', [
      {
        _id: userIdFor('proxy-homeless'),
        openid: 'proxy-homeless',
        communityId: 'c-demo',
        name: '新住户',
        phone: '13700009999',
        buildingId: '',
        room: '',
        grants: [],
      },
    ]);
    const homeless = await proxyFor('demo-grid-1', userIdFor('proxy-homeless'));
    const foreign = await proxyFor('demo-grid-1', userIdFor('demo-resident-b'));
    const unknown = await proxyFor('demo-grid-1', 'no-such-user');
    for (const answer of [homeless, foreign, unknown]) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED', reason: 'PROXY_OUT_OF_SCOPE' } });
    }
  });
});

describe('代办 within scope', () => {
  it('files at the resident’s registered home, shows 代办人, and the resident sees it in 我的诉求', async () => {
    const order = data(await proxyFor('demo-leader-1', WU, { contactPhone: '13600000000' })).order;
    expect(order).toMatchObject({
      residentId: WU,
      residentName: '吴大爷',
      buildingId: 'b-demo-1-1',
      gridId: 'g-demo-1',
      room: '402',
      contactPhone: '13600000000',
      proxyId: userIdFor('demo-leader-1'),
      proxyName: '孙楼长',
      status: 'submitted',
    });
    expect(order.timeline[0]).toMatchObject({ actorName: '孙楼长', actorRole: '楼栋长', note: '楼栋长代办' });
    const mine = data(await cloud.call('orders', 'demo-resident-2', { action: 'list', view: 'mine' }));
    expect(mine.items.find((o: { _id: string }) => o._id === order._id)).toMatchObject({ proxyName: '孙楼长' });
    const proxied = data(await cloud.call('orders', 'demo-leader-1', { action: 'list', view: 'proxied' }));
    expect(proxied.items.map((o: { _id: string }) => o._id)).toContain(order._id);
    const notMine = data(await cloud.call('orders', 'demo-resident-2', { action: 'list', view: 'proxied' }));
    expect(notMine.items.map((o: { _id: string }) => o._id)).not.toContain(order._id);
  });

  it('a grid worker files for a resident of any building of their grid', async () => {
    const order = data(await proxyFor('demo-grid-2', ZHENG)).order;
    expect(order).toMatchObject({ buildingId: 'b-demo-2-1', room: '203', proxyName: '赵网格' });
    expect(order.timeline[0]).toMatchObject({ actorRole: '网格员' });
  });

  it('the 代办人 follows it and rates it on the resident’s behalf; the timeline says so', async () => {
    const order = data(await proxyFor('demo-leader-1', WU)).order;
    data(await cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
    data(await cloud.call('orders', 'demo-party-1', { action: 'grab', orderId: order._id }));
    data(await cloud.call('orders', 'demo-party-1', { action: 'complete', orderId: order._id, note: '菜已送到' }));
    const followed = data(await cloud.call('orders', 'demo-leader-1', { action: 'get', orderId: order._id })).order;
    expect(followed).toMatchObject({ status: 'completed', completionNote: '菜已送到', contactPhone: '13900000002' });
    const rated = data(await cloud.call('orders', 'demo-leader-1', { action: 'rate', orderId: order._id, score: 5 }));
    expect(rated.order.status).toBe('closed');
    expect(rated.order.timeline.at(-1)).toMatchObject({ actorRole: '代办人', note: '受居民委托代为评价，5 星' });
  });
});

describe('the household list a 代办 is chosen from', () => {
  it('lists the registered households of the leader’s building, name and room only, without the leader', async () => {
    const page = data(await cloud.call('orders', 'demo-leader-1', { action: 'households', buildingId: 'b-demo-1-1' }));
    const names = page.items.map((h: { name: string }) => h.name);
    expect(names).toEqual(expect.arrayContaining(['周奶奶', '吴大爷', '张党员']));
    expect(names).not.toContain('孙楼长');
    expect(page.items[0]).toEqual({ userId: expect.any(String), name: expect.any(String), room: expect.any(String) });
    expect(JSON.stringify(page)).not.toContain('13900000001');
  });

  it('is refused for a building outside the caller’s scope', async () => {
    for (const [openid, buildingId] of [
      ['demo-leader-1', 'b-demo-1-2'],
      ['demo-grid-1', 'b-demo-2-1'],
      ['demo-resident-1', 'b-demo-1-1'],
    ]) {
      const answer = await cloud.call('orders', openid, { action: 'households', buildingId });
      expect(answer).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
      expect(JSON.stringify(answer)).not.toMatch(/1390000000\d/);
    }
  });

  it('pages 20 at a time over the one cursor', async () => {
    await cloud.store.insertMany(
      'users',
      Array.from({ length: 25 }, (_, i) => ({
        _id: userIdFor(`proxy-household-${i}`),
        openid: `proxy-household-${i}`,
        communityId: 'c-demo',
        name: `住户${i}`,
        phone: `1370000${String(i).padStart(4, '0')}`,
        buildingId: 'b-demo-1-2',
        room: String(100 + i),
        grants: [],
      })),
    );
    const first = data(await cloud.call('orders', 'demo-grid-1', { action: 'households', buildingId: 'b-demo-1-2' }));
    expect(first.items).toHaveLength(20);
    const second = data(
      await cloud.call('orders', 'demo-grid-1', {
        action: 'households',
        buildingId: 'b-demo-1-2',
        cursor: first.nextCursor,
      }),
    );
    const all = [...first.items, ...second.items].map((h: { userId: string }) => h.userId);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(
      expect.arrayContaining(Array.from({ length: 25 }, (_, i) => userIdFor(`proxy-household-${i}`))),
    );
    expect(second.nextCursor).toBeUndefined();
  });
});

describe('an address awaiting 认证 (待认证)', () => {
  it('is in no household list and cannot be filed for', async () => {
    await cloud.store.insertMany('users', [
      {
        _id: userIdFor('proxy-pending'),
        openid: 'proxy-pending',
        communityId: 'c-demo',
        name: '待认证住户',
        phone: '13700008888',
        buildingId: 'b-demo-1-1',
        room: '603',
        addressStatus: 'pending',
        grants: [],
      },
    ]);
    const page = data(await cloud.call('orders', 'demo-leader-1', { action: 'households', buildingId: 'b-demo-1-1' }));
    expect(page.items.map((h: { name: string }) => h.name)).not.toContain('待认证住户');
    expect(page.items.map((h: { name: string }) => h.name)).toContain('吴大爷');
    expect(await proxyFor('demo-leader-1', userIdFor('proxy-pending'))).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED', reason: 'PROXY_OUT_OF_SCOPE' },
    });
  });
});
