/**
 * Nobody waits forever (issue 11, point 7), on the local cloud: a completed order not rated within
 * the community's working days closes as 未评价 after a 回访, and the taker's points are posted then
 * (待确认 until then); a 整改 reply is confirmed by the resident or closes by time; a late rating racing
 * the timer leaves exactly one winner and nothing doubled. Time passes by moving an order's `closeBy`
 * into the past, as the days would.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { orderIn } from '../support/orders';
import { ledgerBreaches } from '../support/points';
import { addWorkingDays } from '../../domain/working-days';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());
afterEach(() => expect(ledgerBreaches(cloud)).toEqual([]));

const call = (openid: string, event: object) => cloud.call('orders', openid, event);
const runTimer = async () =>
  data(
    await cloud.call('order-timer', null, { Type: 'Timer', TriggerName: 'overdue', Time: new Date().toISOString() }),
  );
const stored = (id: string): any => cloud.store.find('orders', { _id: id })[0];
const entriesOf = (cause: string) => cloud.store.find('point_entries', { _id: cause });

/** As if the days to answer had passed: the order's closeBy a minute ago. */
function daysPass(id: string) {
  const before = stored(id);
  const after = { ...before, closeBy: new Date(Date.now() - 60_000) };
  cloud.store.applyChanges([{ coll: 'orders', key: id, before, after }]);
}

async function rectified() {
  const o = await orderIn(cloud, 'completed');
  data(await call('demo-resident-1', { action: 'rate', orderId: o._id, score: 1, comment: '还是漏' }));
  return data(await call('demo-grid-1', { action: 'rectify', orderId: o._id, reply: '已换新水龙头' })).order;
}

describe('a completed order the resident does not rate', () => {
  it('closes itself after 7 working days with a 回访 entry, and the taker’s points are posted then, once', async () => {
    const o = await orderIn(cloud, 'completed');
    const done = data(await call('demo-resident-1', { action: 'get', orderId: o._id })).order;
    const completedAt = new Date(done.timeline.find((t: { action: string }) => t.action === 'complete').at);
    expect(new Date(done.closeBy)).toEqual(addWorkingDays(completedAt, 7));

    // Until the close the taker sees the award 待确认: on the task card and on 我的积分.
    const tasks = data(await call('demo-party-1', { action: 'list', view: 'tasks' })).items;
    expect(tasks.find((t: { _id: string }) => t._id === o._id).takerPointsPending).toBe(10);
    const ledger = data(await cloud.call('points', 'demo-party-1', { action: 'ledger' }));
    expect(ledger.account.pending.orders).toBeGreaterThanOrEqual(1);
    expect(ledger.account.pending.points).toBe(ledger.account.pending.orders * 10);
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(0);

    await runTimer(); // not yet due
    expect(stored(o._id).status).toBe('completed');

    daysPass(o._id);
    expect((await runTimer()).closed).toBeGreaterThanOrEqual(1);
    const closed = data(await call('demo-resident-1', { action: 'get', orderId: o._id })).order;
    expect(closed).toMatchObject({ status: 'closed', closedAs: 'unrated' });
    expect(closed.closeBy).toBeUndefined();
    expect(closed.timeline.slice(-2).map((t: { action: string }) => t.action)).toEqual(['follow_up', 'auto_close']);
    expect(entriesOf(`order:${o._id}:taker`)).toEqual([expect.objectContaining({ amount: 10, kind: 'earn' })]);
    expect(entriesOf(`rate:${o._id}`)).toHaveLength(0); // nobody rated

    await runTimer(); // a second run closes nothing again
    expect(stored(o._id).timeline).toHaveLength(closed.timeline.length);
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(1);
    const after = data(await call('demo-party-1', { action: 'list', view: 'tasks' })).items;
    expect(after.find((t: { _id: string }) => t._id === o._id).takerPointsPending).toBeUndefined();
    // too late to rate now
    expect(await call('demo-resident-1', { action: 'rate', orderId: o._id, score: 5 })).toMatchObject({
      ok: false,
      error: { reason: 'ORDER_CLOSED' },
    });
  });

  it('an answered order (回复解释类) not rated closes the same way, with no points for anyone', async () => {
    const o = await orderIn(cloud, 'submitted');
    data(await call('demo-admin', { action: 'dispatch', orderId: o._id, kind: 'reply', reply: '请到服务中心办理' }));
    expect(stored(o._id).closeBy).toBeInstanceOf(Date);
    daysPass(o._id);
    await runTimer();
    expect(stored(o._id)).toMatchObject({ status: 'closed', closedAs: 'unrated' });
    expect(cloud.store.find('point_entries', { _id: `rate:${o._id}` })).toHaveLength(0);
  });

  it('a late rating racing the timer: exactly one wins, and nothing is doubled', async () => {
    const orders = await Promise.all(Array.from({ length: 6 }, () => orderIn(cloud, 'completed')));
    for (const o of orders) daysPass(o._id);
    const answers = await Promise.all([
      runTimer(),
      ...orders.map((o, i) => call('demo-resident-1', { action: 'rate', orderId: o._id, score: i % 2 ? 5 : 1 })),
      runTimer(),
    ]);
    const rates = answers.slice(1, -1) as { ok: boolean; error?: { reason?: string } }[];
    orders.forEach((o, i) => {
      const doc = stored(o._id);
      const rated = rates[i].ok;
      if (rated) {
        // the rating won: a good one closed it as rated, a bad one opened the 整改 (the timer left it)
        expect(doc.status).toBe(i % 2 ? 'closed' : 'rectifying');
        expect(doc.closedAs).toBe(i % 2 ? 'rated' : undefined);
        expect(entriesOf(`rate:${o._id}`)).toHaveLength(1);
      } else {
        expect(rates[i].error?.reason).toBe('ORDER_CLOSED');
        expect(doc).toMatchObject({ status: 'closed', closedAs: 'unrated' });
        expect(entriesOf(`rate:${o._id}`)).toHaveLength(0);
      }
      expect(doc.timeline.filter((t: { action: string }) => ['rate', 'auto_close'].includes(t.action))).toHaveLength(1);
      expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(doc.status === 'closed' ? 1 : 0);
    });
  });
});

describe('orders written before closeBy existed', () => {
  /** An order completed by an earlier version (no closeBy), last moved `daysAgo` days ago. */
  async function legacy(daysAgo: number) {
    const o = await orderIn(cloud, 'completed');
    const before = stored(o._id);
    const at = new Date(Date.now() - daysAgo * 24 * 3600_000);
    const after = { ...before, updatedAt: at };
    delete after.closeBy;
    cloud.store.applyChanges([{ coll: 'orders', key: o._id, before, after }]);
    return o._id as string;
  }

  it('get their days from their last move, and close like any other when those have passed', async () => {
    const old = await legacy(30);
    const recent = await legacy(0);
    const report = await runTimer();
    expect(report.dated).toBeGreaterThanOrEqual(2);
    expect(stored(old)).toMatchObject({ status: 'closed', closedAs: 'unrated' });
    expect(entriesOf(`order:${old}:taker`)).toHaveLength(1);
    expect(stored(recent).status).toBe('completed');
    expect(stored(recent).closeBy).toEqual(addWorkingDays(stored(recent).updatedAt, 7));
  });
});

describe('a 整改 reply waits for the resident’s word', () => {
  it('仍不满意 sends it back for another reply; 确认已解决 closes it and posts the taker’s points', async () => {
    const o = await rectified();
    expect(o.status).toBe('rectified');
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(0);
    const tasks = data(await call('demo-party-1', { action: 'list', view: 'tasks' })).items;
    expect(tasks.find((t: { _id: string }) => t._id === o._id).takerPointsPending).toBe(10);

    const disputed = data(await call('demo-resident-1', { action: 'dispute', orderId: o._id, comment: '还在滴水' }));
    expect(disputed.order).toMatchObject({ status: 'rectifying' });
    expect(disputed.order.closeBy).toBeUndefined();
    const again = data(await call('demo-grid-1', { action: 'rectify', orderId: o._id, reply: '换了阀门' })).order;
    expect(again.status).toBe('rectified');
    // only the resident (or who filed for her) answers
    for (const who of ['demo-grid-1', 'demo-party-1', 'demo-admin', 'demo-resident-2']) {
      expect((await call(who, { action: 'confirm', orderId: o._id })).ok).toBe(false);
    }
    const closed = data(await call('demo-resident-1', { action: 'confirm', orderId: o._id })).order;
    expect(closed).toMatchObject({ status: 'closed', closedAs: 'rectify_confirmed' });
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(1);
    expect(closed.timeline.map((t: { action: string }) => t.action).slice(-5)).toEqual([
      'rate',
      'rectify',
      'dispute',
      'rectify',
      'confirm',
    ]);
  });

  it('closes by time when the resident says nothing, recorded as 整改到期未确认', async () => {
    const o = await rectified();
    const stamp = stored(o._id);
    const rectifiedAt = new Date(stamp.timeline.at(-1).at);
    expect(stamp.closeBy).toEqual(addWorkingDays(rectifiedAt, 7));
    daysPass(o._id);
    await runTimer();
    const closed = data(await call('demo-resident-1', { action: 'get', orderId: o._id })).order;
    expect(closed).toMatchObject({ status: 'closed', closedAs: 'rectify_timed_out' });
    expect(closed.timeline.slice(-2)).toEqual([
      expect.objectContaining({ action: 'follow_up', actorName: '系统' }),
      expect.objectContaining({ action: 'auto_close' }),
    ]);
    expect(entriesOf(`order:${o._id}:taker`)).toHaveLength(1);
    expect(await call('demo-resident-1', { action: 'confirm', orderId: o._id })).toMatchObject({
      error: { reason: 'ORDER_CLOSED' },
    });
  });
});

describe('the community sets the days (回访期限)', () => {
  afterAll(async () => {
    data(await cloud.call('org', 'demo-admin', { action: 'closing.set', unratedDays: 7, rectifyConfirmDays: 7 }));
  });

  it('an admin changes them; orders completed from then on get the new days; bad values change nothing', async () => {
    expect(data(await cloud.call('org', 'demo-admin', { action: 'closing.get' })).closing).toEqual({
      unratedDays: 7,
      rectifyConfirmDays: 7,
    });
    for (const bad of [0, 31, 2.5]) {
      const res = await cloud.call('org', 'demo-admin', {
        action: 'closing.set',
        unratedDays: bad,
        rectifyConfirmDays: 3,
      });
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    expect(
      await cloud.call('org', 'demo-grid-1', { action: 'closing.set', unratedDays: 3, rectifyConfirmDays: 3 }),
    ).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    expect(await cloud.call('org', 'demo-resident-1', { action: 'closing.get' })).toMatchObject({ ok: false });
    data(await cloud.call('org', 'demo-admin', { action: 'closing.set', unratedDays: 3, rectifyConfirmDays: 2 }));
    const community: any = cloud.store.find('communities', { _id: 'c-demo' })[0];
    expect(community.settings.orders.closing).toEqual({
      unratedDays: 3,
      rectifyConfirmDays: 2,
    });
    const o = await orderIn(cloud, 'completed');
    const doc = stored(o._id);
    const completedAt = doc.timeline.find((t: { action: string }) => t.action === 'complete').at;
    expect(doc.closeBy).toEqual(addWorkingDays(new Date(completedAt), 3));
  });
});
