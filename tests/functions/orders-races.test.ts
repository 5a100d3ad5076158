import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { newRequestId, orderIn } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
const GRABBERS = Array.from({ length: 50 }, (_, i) => `race-party-${i}`);

beforeAll(async () => {
  cloud = await startTestCloud();
  // 50 party members of grid 1, written straight into the store as an admin's grants would be.
  await cloud.store.insertMany(
    'users',
    GRABBERS.map((openid, i) => ({
      _id: userIdFor(openid),
      openid,
      communityId: 'c-demo',
      name: `党员${i}`,
      phone: `1370000${String(i).padStart(4, '0')}`,
      buildingId: 'b-demo-1-2',
      room: '101',
      grants: [{ role: 'party_member', scope: { gridId: 'g-demo-1' } }],
    })),
  );
});
afterAll(() => cloud.close());

describe('races', () => {
  it('50 concurrent grabs of one order: exactly one taken, 49 CONFLICT with reason ORDER_ALREADY_TAKEN', async () => {
    const o = await orderIn(cloud, 'dispatched');
    const results = await Promise.all(
      GRABBERS.map((openid) => cloud.call('orders', openid, { action: 'grab', orderId: o._id })),
    );
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(49);
    for (const r of losers) {
      expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'ORDER_ALREADY_TAKEN' } });
      if (!r.ok) expect(r.error.message).toContain('其他人');
    }
    const order = data(await cloud.call('orders', 'demo-admin', { action: 'get', orderId: o._id })).order;
    expect(order.takerId).toBe(data(winners[0]).order.takerId);
    expect(order.timeline.filter((t: { action: string }) => t.action === 'grab')).toHaveLength(1);
  });

  it('20 concurrent submits with one requestId make one order', async () => {
    const requestId = newRequestId();
    const event = { action: 'submit', requestId, category: 'convenience', content: '帮忙取药' };
    const results = await Promise.all(Array.from({ length: 20 }, () => cloud.call('orders', 'demo-resident-1', event)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => data(r).order._id)).size).toBe(1);
    expect(await cloud.store.count('orders', { requestId })).toBe(1);
  });

  it('a double-tapped completion completes once', async () => {
    const o = await orderIn(cloud, 'taken');
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        cloud.call('orders', 'demo-party-1', { action: 'complete', orderId: o._id, note: '好了' }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const order = data(await cloud.call('orders', 'demo-party-1', { action: 'get', orderId: o._id })).order;
    expect(order.timeline.filter((t: { action: string }) => t.action === 'complete')).toHaveLength(1);
  });
});

describe('bad input changes nothing', () => {
  const corpus: Array<[string, object]> = [
    ['no action', { requestId: 'r1' }],
    ['unknown action', { action: 'delete', orderId: 'o1' }],
    ['unknown category', { action: 'submit', requestId: 'r1', category: 'weapons', content: 'x' }],
    ['empty content', { action: 'submit', requestId: 'r1', category: 'elderly', content: '' }],
    ['10 KB content', { action: 'submit', requestId: 'r1', category: 'elderly', content: '长'.repeat(10240) }],
    [
      'content of 501 characters',
      { action: 'submit', requestId: 'r1', category: 'elderly', content: '字'.repeat(501) },
    ],
    [
      'ten photos',
      {
        action: 'submit',
        requestId: 'r1',
        category: 'elderly',
        content: 'x',
        photos: Array(10).fill('cloud://a/b.png'),
      },
    ],
    [
      'a photo that is not a file id',
      { action: 'submit', requestId: 'r1', category: 'elderly', content: 'x', photos: ['http://evil/x.png'] },
    ],
    ['content of the wrong type', { action: 'submit', requestId: 'r1', category: 'elderly', content: 42 }],
    ['missing requestId', { action: 'submit', category: 'elderly', content: 'x' }],
    ['operator in requestId', { action: 'submit', requestId: { $gt: '' }, category: 'elderly', content: 'x' }],
    [
      'operator in onBehalfOf',
      { action: 'submit', requestId: 'r1', category: 'elderly', content: 'x', onBehalfOf: { $ne: null } },
    ],
    ['operator in orderId', { action: 'grab', orderId: { $gt: '' } }],
    ['operator as a string id', { action: 'get', orderId: '{"$gt":""}' }],
    ['unknown dispatch kind', { action: 'dispatch', orderId: 'o1', kind: 'ignore' }],
    ['reply without text', { action: 'dispatch', orderId: 'o1', kind: 'reply' }],
    ['score 6', { action: 'rate', orderId: 'o1', score: 6 }],
    ['score 2.5', { action: 'rate', orderId: 'o1', score: 2.5 }],
    ['score as text', { action: 'rate', orderId: 'o1', score: '5' }],
    ['unknown list view', { action: 'list', view: 'everything' }],
    ['status that does not exist', { action: 'list', view: 'mine', status: 'hacked' }],
    ['an openid field', { action: 'list', view: 'mine', openid: 'demo-admin' }],
    ['a role field', { action: 'grab', orderId: 'o1', role: 'community_admin' }],
    ['a bad phone', { action: 'submit', requestId: 'r1', category: 'elderly', content: 'x', contactPhone: '110' }],
  ];

  it.each(corpus)('%s → INVALID_ARGUMENT, nothing written', async (_label, event) => {
    const before = await cloud.store.count('orders', {});
    const res = await cloud.call('orders', 'demo-admin', event);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    if (!res.ok) expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await cloud.store.count('orders', {})).toBe(before);
  });

  it('never echoes personal data or internals in errors', async () => {
    const res = await cloud.call('orders', 'demo-resident-1', {
      action: 'submit',
      requestId: 'r1',
      category: 'elderly',
      content: 'x',
      contactPhone: '1390000000100',
    });
    expect(JSON.stringify(res)).not.toContain('1390000000100');
    expect(JSON.stringify(res)).not.toMatch(/at .*\.js|stack|Error:/);
  });

  it('an unknown order id is NOT_FOUND', async () => {
    const res = await cloud.call('orders', 'demo-admin', { action: 'get', orderId: 'o_doesnotexist' });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
