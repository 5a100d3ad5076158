/**
 * Issue 12, point 2: a masked view (the pool's, for party members who may grab) leaks no personal
 * data in any field — not in a 一键发单's text, not on the timeline, not in notes or answers — and
 * old 一键发单 orders are repaired. Point 4: a department sees only what is transferred to it.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder, newRequestId } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { ONE_TAP_CONTENT } from '../../domain/orders/create';
import { repairOneTapOrders } from '../../scripts/demo-repair';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('orders', openid, event);
/** 周奶奶's name, room and phone as the demo has them (types/demo.ts). */
const PERSONAL = ['周奶奶', '奶奶', '302', '13900000001'];
/** Ids and times are left out of the scan: random hex or a clock can spell "302" by chance. */
const readable = (view: unknown) =>
  JSON.stringify(view, (key, value) => (/(^_id$|Id$|^at$|At$|By$)/.test(key) ? undefined : value));
const leaks = (view: unknown) => PERSONAL.filter((p) => readable(view).includes(p));

async function oneTap(openid = 'demo-resident-1') {
  return data(await call(openid, { action: 'submit', requestId: newRequestId(), oneTap: true })).order;
}

describe('一键发单 writes no personal data into its text', () => {
  it('the text is fixed words; the name and the room are the order’s own fields', async () => {
    const order = await oneTap();
    expect(order).toMatchObject({ content: ONE_TAP_CONTENT, oneTap: true, residentName: '周奶奶', room: '302' });
    expect(order.content).not.toMatch(/周|302|1号楼/);
  });
});

describe('a masked view masks every field', () => {
  it('the pool shows a 一键发单 order with no name, room or phone anywhere, the text included', async () => {
    const order = await oneTap();
    data(await call('demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
    const pool = data(await call('demo-party-1', { action: 'list', view: 'pool' }));
    const seen = pool.items.find((o: { _id: string }) => o._id === order._id);
    expect(seen).toMatchObject({ residentName: '周**', room: '3**', contactPhone: '139****0001' });
    expect(leaks(seen)).toEqual([]);
  });

  it('orders.get of a masked order masks the resident on the timeline too', async () => {
    const order = await oneTap();
    data(await call('demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self', note: '周奶奶家 302 漏水' }));
    const masked = data(await call('demo-party-1', { action: 'get', orderId: order._id })).order;
    expect(masked.timeline[0]).toMatchObject({ action: 'submit', actorName: '周**' });
    expect(masked.timeline.every((t: { note?: string }) => t.note === undefined)).toBe(true);
    expect(leaks(masked)).toEqual([]);
    // The owner and the admin still see everything.
    const full = data(await call('demo-resident-1', { action: 'get', orderId: order._id })).order;
    expect(full.timeline[0].actorName).toBe('周奶奶');
    expect(full.timeline[1].note).toContain('周奶奶家 302 漏水');
  });

  it('a 代办 order hides the resident named in the filer’s note', async () => {
    const order = data(
      await call('demo-leader-1', {
        action: 'submit',
        requestId: newRequestId(),
        category: 'elderly',
        content: '需要有人陪同去医院复查',
        onBehalfOf: userIdFor('demo-resident-1'),
      }),
    ).order;
    data(await call('demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
    const full = data(await call('demo-resident-1', { action: 'get', orderId: order._id })).order;
    expect(leaks(full).length).toBeGreaterThan(0); // the test can fail: the data is there
    expect(leaks(data(await call('demo-party-2', { action: 'get', orderId: order._id })).order)).toEqual([]);
  });

  it('a completed order, seen masked by another party member, shows no written answers', async () => {
    const order = await fileOrder(cloud);
    data(await call('demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
    data(await call('demo-party-1', { action: 'grab', orderId: order._id }));
    data(await call('demo-party-1', { action: 'complete', orderId: order._id, note: '已到 302 为周奶奶修好水管' }));
    data(await call('demo-resident-1', { action: 'rate', orderId: order._id, score: 2, comment: '周奶奶说还滴水' }));
    const masked = data(await call('demo-party-2', { action: 'get', orderId: order._id })).order;
    expect(masked.completionNote).toBeUndefined();
    expect(masked.rating).toEqual({ score: 2 });
    expect(leaks(masked)).toEqual([]);
  });
});

describe('old 一键发单 orders are repaired', () => {
  it('rewrites the text that carried a name and an address, once', async () => {
    const [order] = [await oneTap('demo-resident-2')];
    const stored = cloud.store.find('orders', { _id: order._id })[0];
    const old = { ...stored, content: '【一键求助】吴大爷（1号楼 402室）需要帮助，请尽快联系。', oneTap: undefined };
    delete old.oneTap;
    cloud.store.applyChanges([{ coll: 'orders', key: order._id, before: stored, after: old }]);
    expect(data(await call('demo-admin', { action: 'get', orderId: order._id })).order.content).toContain('吴大爷');
    expect(repairOneTapOrders(cloud.store)).toBe(1);
    expect(repairOneTapOrders(cloud.store)).toBe(0);
    const repaired = data(await call('demo-admin', { action: 'get', orderId: order._id })).order;
    expect(repaired).toMatchObject({ content: ONE_TAP_CONTENT, oneTap: true, residentName: '吴大爷', room: '402' });
  });
});

describe('a department sees only what is transferred to it (issue 12, point 4)', () => {
  it('lists and reads its own transfers in full, and nothing of another department’s', async () => {
    const mine = await fileOrder(cloud, 'demo-resident-1', { category: 'infrastructure', content: '路灯坏了' });
    const theirs = await fileOrder(cloud, 'demo-resident-1', { category: 'infrastructure', content: '井盖松动' });
    const transfer = (id: string, dept: string) =>
      call('demo-admin', { action: 'dispatch', orderId: id, kind: 'transfer', departmentId: userIdFor(dept) });
    data(await transfer(mine._id, 'demo-dept-1'));
    data(await transfer(theirs._id, 'demo-dept-2'));
    const ids = async (openid: string) =>
      data(await call(openid, { action: 'list', view: 'community' })).items.map((o: { _id: string }) => o._id);
    expect(await ids('demo-dept-1')).toContain(mine._id);
    expect(await ids('demo-dept-1')).not.toContain(theirs._id);
    expect(await ids('demo-dept-2')).toEqual(expect.arrayContaining([theirs._id]));
    expect(await ids('demo-dept-2')).not.toContain(mine._id);
    const own = data(await call('demo-dept-1', { action: 'get', orderId: mine._id })).order;
    expect(own).toMatchObject({ room: '302', contactPhone: '13900000001' });
    expect(await call('demo-dept-1', { action: 'get', orderId: theirs._id })).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
  });

  it('an order transferred to nobody yet (waiting for the 联席会议) is no department’s', async () => {
    const o = await fileOrder(cloud, 'demo-resident-1', { category: 'dispute', content: '违建占道' });
    data(await call('demo-admin', { action: 'dispatch', orderId: o._id, kind: 'transfer' }));
    for (const dept of ['demo-dept-1', 'demo-dept-2']) {
      expect(await call(dept, { action: 'get', orderId: o._id })).toMatchObject({ ok: false });
      const listed = data(await call(dept, { action: 'list', view: 'community' })).items;
      expect(listed.map((i: { _id: string }) => i._id)).not.toContain(o._id);
    }
  });
});
