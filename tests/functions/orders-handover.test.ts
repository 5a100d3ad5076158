/**
 * Grid workers see their grid (issue 11.6): 网格诉求 and the 整改 queue, 退单 and 改派 of a taken
 * order, and a resident's cancel until it is taken. The races: 退单 against 办结, cancel against
 * grab — exactly one of each pair happens; 改派 at once never both start from the same taker.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder, orderIn } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const get = async (id: string) => data(await cloud.call('orders', 'demo-admin', { action: 'get', orderId: id })).order;
const ids = (page: { items: { _id: string }[] }) => page.items.map((o) => o._id);

describe('退单', () => {
  it('the taker hands a taken order back with a reason: it returns to the pool with no taker', async () => {
    const o = await orderIn(cloud, 'taken');
    const back = data(
      await cloud.call('orders', 'demo-party-1', { action: 'handBack', orderId: o._id, reason: '临时出差，办不了' }),
    ).order;
    expect(back.status).toBe('dispatched');
    expect(back.takerId).toBeUndefined();
    expect(back.timeline.at(-1)).toMatchObject({ action: 'hand_back', note: '临时出差，办不了（原接单人：张党员）' });
    expect((await get(o._id)).takerId).toBeUndefined();
    const pool = data(await cloud.call('orders', 'demo-grid-1', { action: 'list', view: 'pool' }));
    expect(ids(pool)).toContain(o._id);
  });

  it('needs a reason, and is refused to anyone but the taker, the grid’s worker and admins', async () => {
    const o = await orderIn(cloud, 'taken');
    expect(
      await cloud.call('orders', 'demo-party-1', { action: 'handBack', orderId: o._id, reason: ' ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    for (const openid of ['demo-resident-1', 'demo-party-2', 'demo-grid-2', 'demo-leader-1']) {
      const answer = await cloud.call('orders', openid, { action: 'handBack', orderId: o._id, reason: '不办' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    }
    expect(
      data(await cloud.call('orders', 'demo-grid-1', { action: 'handBack', orderId: o._id, reason: '接单人联系不上' }))
        .order.status,
    ).toBe('dispatched');
  });

  it('of 退单 and 办结 racing, exactly one happens', async () => {
    for (let round = 0; round < 5; round++) {
      const o = await orderIn(cloud, 'taken');
      const [back, done] = await Promise.all([
        cloud.call('orders', 'demo-grid-1', { action: 'handBack', orderId: o._id, reason: '改由他人办理' }),
        cloud.call('orders', 'demo-party-1', { action: 'complete', orderId: o._id, note: '已办好' }),
      ]);
      expect([back.ok, done.ok].filter(Boolean)).toHaveLength(1);
      const stored = await get(o._id);
      expect(stored.status).toBe(back.ok ? 'dispatched' : 'completed');
      const moves = stored.timeline.filter((t: { action: string }) => ['hand_back', 'complete'].includes(t.action));
      expect(moves).toHaveLength(1);
    }
  });
});

describe('改派', () => {
  it('the grid worker passes a taken order to another who could have grabbed it', async () => {
    const o = await orderIn(cloud, 'taken');
    const takers = data(await cloud.call('orders', 'demo-grid-1', { action: 'takers', orderId: o._id }));
    expect(takers.items.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(['张党员', '陈党员', '王网格']),
    );
    expect(takers.items.map((t: { name: string }) => t.name)).not.toContain('钱物业'); // not a property order
    expect(JSON.stringify(takers)).not.toMatch(/1380000000\d/);
    const moved = data(
      await cloud.call('orders', 'demo-grid-1', {
        action: 'reassign',
        orderId: o._id,
        userId: userIdFor('demo-party-2'),
      }),
    ).order;
    expect(moved).toMatchObject({ status: 'taken', takerId: userIdFor('demo-party-2'), takerName: '陈党员' });
    expect(moved.timeline.at(-1)).toMatchObject({ action: 'reassign', note: '张党员 → 陈党员' });
    // the former taker can no longer finish it
    const late = await cloud.call('orders', 'demo-party-1', { action: 'complete', orderId: o._id, note: '好了' });
    expect(late.ok).toBe(false);
  });

  it('is refused to the same taker, to someone outside the grid, and to the taker themself', async () => {
    const o = await orderIn(cloud, 'taken');
    expect(
      await cloud.call('orders', 'demo-admin', {
        action: 'reassign',
        orderId: o._id,
        userId: userIdFor('demo-party-1'),
      }),
    ).toMatchObject({ ok: false, error: { reason: 'REASSIGN_SAME_TAKER' } });
    expect(
      await cloud.call('orders', 'demo-admin', {
        action: 'reassign',
        orderId: o._id,
        userId: userIdFor('demo-party-3'),
      }),
    ).toMatchObject({ ok: false, error: { reason: 'ORDER_ASSIGNEE_INELIGIBLE' } });
    for (const openid of ['demo-party-1', 'demo-grid-2', 'demo-resident-1']) {
      const answer = await cloud.call('orders', openid, {
        action: 'reassign',
        orderId: o._id,
        userId: userIdFor('demo-party-2'),
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
      expect(await cloud.call('orders', openid, { action: 'takers', orderId: o._id })).toMatchObject({ ok: false });
    }
  });

  it('改派 at once never both start from the same taker: the timeline is one unbroken chain of hand-overs', async () => {
    // Calls that do not overlap may both succeed (the second re-reads the new taker); calls that
    // overlap both read 张党员, and only one of them may then win — else two entries say "张党员 → …".
    for (let round = 0; round < 4; round++) {
      const o = await orderIn(cloud, 'taken');
      const answers = await Promise.all([
        cloud.call('orders', 'demo-grid-1', { action: 'reassign', orderId: o._id, userId: userIdFor('demo-party-2') }),
        cloud.call('orders', 'demo-admin', { action: 'reassign', orderId: o._id, userId: userIdFor('demo-grid-1') }),
      ]);
      const stored = await get(o._id);
      const chain = stored.timeline
        .filter((t: { action: string }) => t.action === 'reassign')
        .map((t: { note: string }) => t.note.split(' → '));
      expect(chain).toHaveLength(answers.filter((a) => a.ok).length);
      expect(chain.length).toBeGreaterThan(0);
      let taker = '张党员';
      for (const [from, to] of chain) {
        expect(from).toBe(taker);
        taker = to;
      }
      expect(stored.takerName).toBe(taker);
    }
  });
});

describe('a resident cancels until it is taken', () => {
  it('cancels a dispatched order, and cannot cancel a taken one', async () => {
    const dispatched = await orderIn(cloud, 'dispatched');
    expect(
      data(await cloud.call('orders', 'demo-resident-1', { action: 'cancel', orderId: dispatched._id })).order.status,
    ).toBe('cancelled');
    const taken = await orderIn(cloud, 'taken');
    expect(await cloud.call('orders', 'demo-resident-1', { action: 'cancel', orderId: taken._id })).toMatchObject({
      ok: false,
      error: { reason: 'ORDER_ALREADY_TAKEN' },
    });
  });

  it('of cancel and grab racing, exactly one happens', async () => {
    for (let round = 0; round < 5; round++) {
      const o = await orderIn(cloud, 'dispatched');
      const [cancel, grab] = await Promise.all([
        cloud.call('orders', 'demo-resident-1', { action: 'cancel', orderId: o._id }),
        cloud.call('orders', 'demo-party-1', { action: 'grab', orderId: o._id }),
      ]);
      expect([cancel.ok, grab.ok].filter(Boolean)).toHaveLength(1);
      expect((await get(o._id)).status).toBe(cancel.ok ? 'cancelled' : 'taken');
    }
  });
});

describe('网格诉求 and the 整改 queue', () => {
  it('网格诉求 lists the grid’s orders by status, paged, and never another grid’s', async () => {
    const mine = await orderIn(cloud, 'taken');
    const other = await fileOrder(cloud, 'demo-resident-3');
    const taken = data(await cloud.call('orders', 'demo-grid-1', { action: 'list', view: 'grid', status: 'taken' }));
    expect(ids(taken)).toContain(mine._id);
    expect(
      taken.items.every((o: { status: string; gridId: string }) => o.status === 'taken' && o.gridId === 'g-demo-1'),
    ).toBe(true);
    let cursor: string | undefined;
    const seen: string[] = [];
    do {
      const page = data(
        await cloud.call('orders', 'demo-grid-1', { action: 'list', view: 'grid', ...(cursor ? { cursor } : {}) }),
      );
      expect(page.items.length).toBeLessThanOrEqual(20);
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(mine._id);
    expect(seen).not.toContain(other._id);
  });

  it('整改 lists the badly rated orders of the grid to its worker, of the community to admins', async () => {
    const o = await orderIn(cloud, 'completed');
    data(
      await cloud.call('orders', 'demo-resident-1', { action: 'rate', orderId: o._id, score: 1, comment: '没修好' }),
    );
    const g1 = data(await cloud.call('orders', 'demo-grid-1', { action: 'list', view: 'rectify' }));
    const g2 = data(await cloud.call('orders', 'demo-grid-2', { action: 'list', view: 'rectify' }));
    const admin = data(await cloud.call('orders', 'demo-admin', { action: 'list', view: 'rectify' }));
    expect(ids(g1)).toContain(o._id);
    expect(ids(admin)).toContain(o._id);
    expect(ids(g2)).not.toContain(o._id);
    expect(g1.items.every((i: { status: string }) => i.status === 'rectifying')).toBe(true);
    for (const openid of ['demo-party-1', 'demo-resident-1', 'demo-leader-1']) {
      expect(await cloud.call('orders', openid, { action: 'list', view: 'rectify' })).toMatchObject({
        ok: false,
        error: { code: 'PERMISSION_DENIED' },
      });
    }
  });
});
