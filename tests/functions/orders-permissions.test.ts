/**
 * The permission matrix of `orders`: every action, for every demo role, on an order of
 * demo-resident-1 (building 1, grid 1) in the state the action needs. Allowed roles succeed; everyone
 * else in the community gets PERMISSION_DENIED; the other community's admin gets NOT_FOUND.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder, orderIn } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const PEOPLE = [
  'demo-resident-1',
  'demo-resident-2',
  'demo-leader-1',
  'demo-grid-1',
  'demo-grid-2',
  'demo-party-1',
  'demo-party-3',
  'demo-property-1',
  'demo-admin',
  'demo-dept-1',
  'demo-admin-b',
];

type Setup = (cloud: TestCloud) => Promise<{ _id: string }>;
const rectifying: Setup = async (c) => {
  const o = await orderIn(c, 'completed');
  data(await c.call('orders', 'demo-resident-1', { action: 'rate', orderId: o._id, score: 1 }));
  return o;
};

const MATRIX: Array<{ action: string; setup: Setup; event: (id: string) => object; allowed: string[] }> = [
  {
    action: 'dispatch',
    setup: (c) => orderIn(c, 'submitted'),
    event: (id) => ({ action: 'dispatch', orderId: id, kind: 'self' }),
    allowed: ['demo-admin'],
  },
  {
    action: 'grab',
    setup: (c) => orderIn(c, 'dispatched'),
    event: (id) => ({ action: 'grab', orderId: id }),
    allowed: ['demo-grid-1', 'demo-party-1'],
  },
  {
    action: 'assign',
    setup: (c) => orderIn(c, 'dispatched'),
    event: (id) => ({ action: 'assign', orderId: id, userId: userIdFor('demo-party-2') }),
    allowed: ['demo-grid-1', 'demo-admin'],
  },
  {
    action: 'complete',
    setup: (c) => orderIn(c, 'taken'),
    event: (id) => ({ action: 'complete', orderId: id, note: '办好了' }),
    allowed: ['demo-party-1'],
  },
  {
    action: 'rate',
    setup: (c) => orderIn(c, 'completed'),
    event: (id) => ({ action: 'rate', orderId: id, score: 5 }),
    allowed: ['demo-resident-1'],
  },
  {
    action: 'rectify',
    setup: rectifying,
    event: (id) => ({ action: 'rectify', orderId: id, reply: '已整改' }),
    allowed: ['demo-grid-1', 'demo-admin'],
  },
  {
    action: 'cancel',
    setup: (c) => orderIn(c, 'submitted'),
    event: (id) => ({ action: 'cancel', orderId: id }),
    allowed: ['demo-resident-1'],
  },
  {
    action: 'get',
    setup: (c) => orderIn(c, 'dispatched'),
    event: (id) => ({ action: 'get', orderId: id }),
    allowed: ['demo-resident-1', 'demo-grid-1', 'demo-party-1', 'demo-admin'],
  },
];

describe.each(MATRIX)('orders.$action', ({ setup, event, allowed }) => {
  it.each(PEOPLE)('as %s', async (openid) => {
    const order = await setup(cloud);
    const res = await cloud.call('orders', openid, event(order._id));
    if (allowed.includes(openid)) expect(res).toMatchObject({ ok: true });
    else if (openid === 'demo-admin-b') expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    else expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
  });
});

describe('property staff', () => {
  it('may grab property orders of their grid only', async () => {
    const elderly = await orderIn(cloud, 'dispatched');
    expect(await cloud.call('orders', 'demo-property-1', { action: 'grab', orderId: elderly._id })).toMatchObject({
      error: { code: 'PERMISSION_DENIED' },
    });
    const o = await fileOrder(cloud, 'demo-resident-1', { category: 'property', content: '电梯异响' });
    data(await cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: o._id, kind: 'self' }));
    const pool = data(await cloud.call('orders', 'demo-property-1', { action: 'list', view: 'pool' }));
    expect(pool.items.map((i: { _id: string }) => i._id)).toContain(o._id);
    expect(pool.items.every((i: { category: string }) => i.category === 'property')).toBe(true);
    expect(data(await cloud.call('orders', 'demo-property-1', { action: 'grab', orderId: o._id })).order.status).toBe(
      'taken',
    );
  });
});

describe('list views by role', () => {
  const VIEWS: Array<[string, string[]]> = [
    ['mine', PEOPLE],
    ['tasks', PEOPLE],
    ['pool', ['demo-grid-1', 'demo-grid-2', 'demo-party-1', 'demo-party-3', 'demo-property-1']],
    ['grid', ['demo-grid-1', 'demo-grid-2']],
    ['community', ['demo-admin', 'demo-dept-1', 'demo-admin-b']],
    ['overdue', ['demo-admin', 'demo-grid-1', 'demo-grid-2', 'demo-admin-b']],
  ];
  it.each(VIEWS)('%s is open to %j and refused to the rest', async (view, allowed) => {
    for (const openid of PEOPLE) {
      const res = await cloud.call('orders', openid, { action: 'list', view });
      if (allowed.includes(openid)) expect(res).toMatchObject({ ok: true });
      else expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    }
  });

  it('a grid worker sees their grid only', async () => {
    const o = await orderIn(cloud, 'dispatched');
    const g1 = data(await cloud.call('orders', 'demo-grid-1', { action: 'list', view: 'grid' }));
    const g2 = data(await cloud.call('orders', 'demo-grid-2', { action: 'list', view: 'grid' }));
    expect(g1.items.map((i: { _id: string }) => i._id)).toContain(o._id);
    expect(g2.items.map((i: { _id: string }) => i._id)).not.toContain(o._id);
  });
});
