/**
 * The clock stops while an order waits on the resident (issue 11, point 7): the taker marks 等待居民
 * with a reason, the timer escalates nothing meanwhile, and on resuming (by the taker or the resident)
 * the finish-by moves by the time waited. And an order filed from an unconfirmed claim carries its
 * address as 地址待认证 (issue 11, point 1).
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder, orderIn } from '../support/orders';
import { addWorkingDays } from '../../domain/working-days';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const HOUR = 3600_000;
const call = (openid: string, event: object) => cloud.call('orders', openid, event);
const runTimer = async () => data(await cloud.call('order-timer', null, { Type: 'Timer', TriggerName: 'overdue' }));
const stored = (id: string): any => cloud.store.find('orders', { _id: id })[0];
function rewrite(id: string, fields: object) {
  const before = stored(id);
  cloud.store.applyChanges([{ coll: 'orders', key: id, before, after: { ...before, ...fields } }]);
}

describe('等待居民', () => {
  it('only the taker marks it, with a reason; the timer leaves a waiting order alone', async () => {
    const o = await orderIn(cloud, 'taken');
    for (const who of ['demo-resident-1', 'demo-grid-1', 'demo-party-2']) {
      expect((await call(who, { action: 'wait', orderId: o._id, reason: '居民不在家' })).ok).toBe(false);
    }
    expect(await call('demo-party-1', { action: 'wait', orderId: o._id, reason: ' ' })).toMatchObject({
      error: { code: 'INVALID_ARGUMENT' },
    });
    const waiting = data(
      await call('demo-party-1', { action: 'wait', orderId: o._id, reason: '居民不在家，约明天上午' }),
    );
    expect(waiting.order).toMatchObject({ status: 'waiting', waitReason: '居民不在家，约明天上午' });
    // 30 hours of waiting, and the finish-by (had it run) 2 hours ago: nothing escalates
    const finishBy = new Date(Date.now() - 2 * HOUR);
    rewrite(o._id, { waitingSince: new Date(Date.now() - 30 * HOUR), finishBy });
    await runTimer();
    expect(stored(o._id)).toMatchObject({ status: 'waiting', overdueLevel: 0 });

    // the resident resumes: the finish-by moves by the 30 hours waited
    const resumed = data(await call('demo-resident-1', { action: 'resume', orderId: o._id })).order;
    expect(resumed.status).toBe('taken');
    expect(resumed.waitingSince).toBeUndefined();
    const moved = new Date(resumed.finishBy).getTime() - finishBy.getTime();
    expect(moved).toBeGreaterThanOrEqual(30 * HOUR);
    expect(moved).toBeLessThan(30 * HOUR + 60_000);
    expect(stored(o._id).pausedMs).toBe(moved);
    expect(resumed.timeline.at(-1)).toMatchObject({ action: 'resume', actorRole: '居民' });
    expect(resumed.timeline.at(-1).note).toContain('30 小时');
    await runTimer();
    expect(stored(o._id).overdueLevel).toBe(0); // due in 28 hours now
  });

  it('the taker finishes while waiting: the wait ends, and the order waits for the rating', async () => {
    const o = await orderIn(cloud, 'taken');
    data(await call('demo-party-1', { action: 'wait', orderId: o._id, reason: '需要居民补充信息' }));
    const done = data(await call('demo-party-1', { action: 'complete', orderId: o._id, note: '电话里说清楚了，已办' }));
    expect(done.order).toMatchObject({ status: 'completed' });
    expect(done.order.waitingSince).toBeUndefined();
    expect(stored(o._id).waitReason).toBeUndefined();
  });

  it('given back while waiting, the wait ends with it', async () => {
    const o = await orderIn(cloud, 'taken');
    data(await call('demo-party-1', { action: 'wait', orderId: o._id, reason: '居民不在家' }));
    data(await call('demo-party-1', { action: 'handBack', orderId: o._id, reason: '要出差' }));
    expect(stored(o._id)).toMatchObject({ status: 'dispatched' });
    expect(stored(o._id).waitingSince).toBeUndefined();
  });

  it('a waiting order’s reason is left out of the masked view', async () => {
    const o = await orderIn(cloud, 'taken');
    data(await call('demo-party-1', { action: 'wait', orderId: o._id, reason: '周奶奶不在家' }));
    const masked = data(await call('demo-party-2', { action: 'get', orderId: o._id })).order;
    expect(masked.waitReason).toBeUndefined();
    expect(JSON.stringify(masked)).not.toContain('周奶奶');
  });
});

describe('deadlines in days are working days', () => {
  it('an order’s finish-by counts working days from its filing', async () => {
    const o = await fileOrder(cloud, 'demo-resident-1', { category: 'property' });
    expect(new Date(o.finishBy)).toEqual(addWorkingDays(new Date(o.createdAt), 5));
  });
});

describe('地址待认证', () => {
  it('an order filed from a claim not yet confirmed carries the address as unconfirmed, for staff to see', async () => {
    const mine = data(
      await call('demo-newcomer-1', {
        action: 'submit',
        requestId: 'unconfirmed-1',
        category: 'convenience',
        content: '想问问社区食堂在哪里',
      }),
    ).order;
    expect(mine.addressUnconfirmed).toBe(true);
    expect(data(await call('demo-admin', { action: 'get', orderId: mine._id })).order).toMatchObject({
      addressUnconfirmed: true,
      room: '602',
    });
    const confirmed = await fileOrder(cloud, 'demo-resident-1');
    expect(confirmed.addressUnconfirmed).toBeUndefined();
  });
});
