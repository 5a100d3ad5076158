/** 限时办结 and 系统派单: the timer's escalation and a community's automatic dispatch. */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { newRequestId } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
const HOUR = 3600_000;

beforeAll(async () => {
  cloud = await startTestCloud();
  // A community that dispatches property and infrastructure orders by itself, with a 1-hour take limit.
  await cloud.store.insertMany('communities', [
    {
      _id: 'c-auto',
      name: '自动社区',
      settings: { orders: { autoDispatch: ['property', 'infrastructure'], deadlines: { takeHours: 1 } } },
    },
  ]);
  await cloud.store.insertMany('grids', [{ _id: 'g-auto', communityId: 'c-auto', name: '网格甲' }]);
  await cloud.store.insertMany('buildings', [{ _id: 'b-auto', communityId: 'c-auto', gridId: 'g-auto', name: '甲栋' }]);
  await cloud.store.insertMany('users', [
    {
      _id: userIdFor('auto-resident'),
      openid: 'auto-resident',
      communityId: 'c-auto',
      name: '甲居民',
      phone: '13600000001',
      buildingId: 'b-auto',
      room: '101',
      grants: [],
    },
  ]);
});
afterAll(() => cloud.close());

/** An order filed `hoursAgo` hours ago, written as the function would have written it then. */
async function orderFiledAgo(hoursAgo: number, status: 'submitted' | 'dispatched' | 'taken', category = 'elderly') {
  const createdAt = new Date(Date.now() - hoursAgo * HOUR);
  const _id = 'o_past' + newRequestId().slice(0, 18);
  await cloud.store.insertMany('orders', [
    {
      _id,
      communityId: 'c-demo',
      gridId: 'g-demo-1',
      buildingId: 'b-demo-1-1',
      room: '302',
      category,
      content: '过去的诉求',
      photos: [],
      contactPhone: '13900000001',
      residentId: userIdFor('demo-resident-1'),
      residentName: '周奶奶',
      filedById: userIdFor('demo-resident-1'),
      requestId: _id,
      status,
      ...(status === 'taken' ? { takerId: userIdFor('demo-party-1'), takerName: '张党员' } : {}),
      takeBy: new Date(createdAt.getTime() + 2 * HOUR),
      finishBy: new Date(createdAt.getTime() + 24 * HOUR),
      overdueLevel: 0,
      createdAt,
      updatedAt: createdAt,
      timeline: [],
    },
  ]);
  return _id;
}

const runTimer = () =>
  cloud.call('order-timer', null, { Type: 'Timer', TriggerName: 'overdue', Time: new Date().toISOString() });
const get = async (id: string) => data(await cloud.call('orders', 'demo-admin', { action: 'get', orderId: id })).order;

describe('the overdue timer', () => {
  it('escalates to the grid at the deadline, then to the community, once each', async () => {
    const onTime = await orderFiledAgo(1, 'dispatched');
    const late = await orderFiledAgo(3, 'dispatched');
    const veryLate = await orderFiledAgo(5, 'submitted');
    const lateTask = await orderFiledAgo(30, 'taken');
    data(await runTimer());
    expect((await get(onTime)).overdueLevel).toBe(0);
    expect((await get(late)).overdueLevel).toBe(1);
    expect((await get(veryLate)).overdueLevel).toBe(2);
    expect((await get(lateTask)).overdueLevel).toBe(1);
    const lateOrder = await get(late);
    expect(lateOrder.timeline.map((t: { action: string; note?: string }) => `${t.action}:${t.note}`)).toEqual([
      'overdue:已超时，提醒本网格网格员',
    ]);
    // A second run (a retried trigger) changes nothing.
    data(await runTimer());
    expect((await get(late)).timeline).toHaveLength(1);
    expect((await get(veryLate)).timeline).toHaveLength(1);

    const adminView = data(await cloud.call('orders', 'demo-admin', { action: 'list', view: 'overdue' }));
    const ids = adminView.items.map((i: { _id: string }) => i._id);
    expect(ids).toEqual(expect.arrayContaining([late, veryLate, lateTask]));
    expect(ids).not.toContain(onTime);
    const gridView = data(await cloud.call('orders', 'demo-grid-2', { action: 'list', view: 'overdue' }));
    expect(gridView.items.map((i: { _id: string }) => i._id)).not.toContain(late);
  });

  it('cannot be called by a person', async () => {
    expect(await cloud.call('order-timer', 'demo-admin', {})).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
  });

  it('a taken order gets a fresh start on the finish deadline', async () => {
    const late = await orderFiledAgo(3, 'dispatched');
    data(await runTimer());
    const taken = data(await cloud.call('orders', 'demo-party-1', { action: 'grab', orderId: late })).order;
    expect(taken.overdueLevel).toBe(0);
  });
});

describe('系统派单', () => {
  it('dispatches the chosen categories to the building’s grid at submit, with its own deadline table', async () => {
    const auto = data(
      await cloud.call('orders', 'auto-resident', {
        action: 'submit',
        requestId: newRequestId(),
        category: 'property',
        content: '楼道灯不亮',
      }),
    ).order;
    expect(auto).toMatchObject({ status: 'dispatched', gridId: 'g-auto', dispatchKind: 'self' });
    expect(Date.parse(auto.takeBy) - Date.parse(auto.createdAt)).toBe(HOUR);
    const manual = data(
      await cloud.call('orders', 'auto-resident', {
        action: 'submit',
        requestId: newRequestId(),
        category: 'dispute',
        content: '邻里纠纷',
      }),
    ).order;
    expect(manual.status).toBe('submitted');
    const full = data(await cloud.call('orders', 'auto-resident', { action: 'get', orderId: auto._id })).order;
    expect(full.timeline.map((t: { action: string }) => t.action)).toEqual(['submit', 'auto_dispatch']);
  });
});
