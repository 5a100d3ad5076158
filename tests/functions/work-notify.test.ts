/**
 * The work finds the worker (issue 11 point 5): each workers' subscribe message goes to the people
 * the event concerns who accepted that kind — not to those who did not, not to anyone outside the
 * order's grid or department — uses up one consent, is sent once however often the cause is retried,
 * and names only the category and the building (no resident's name, room, phone or words).
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder, newRequestId } from '../support/orders';
import { createMeeting, deliberating, inAWeek } from '../support/meetings';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { chinaDay } from '../../domain/china-time';

let cloud: TestCloud;
const HOUR = 3600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

type Sent = { touser: string; templateId: string; page: string; data: Record<string, { value: string }> };
const outbox = () => cloud.outbox() as unknown as Sent[];
/** What `fn` sent, as [who, template] pairs. */
async function sentBy(fn: () => Promise<unknown>): Promise<Sent[]> {
  const before = outbox().length;
  await fn();
  return outbox().slice(before);
}
const who = (sent: Sent[]) => sent.map((m) => [m.touser, m.templateId]);
const subscribe = async (openid: string, kinds: string[]) =>
  data(await cloud.call('notices', openid, { action: 'subscribe', kinds }));
const left = (openid: string, kind: string): number => {
  const [doc] = cloud.store.find('notice_subscriptions', { _id: userIdFor(openid) }) as Array<{
    counts: Record<string, number>;
  }>;
  return doc?.counts?.[kind] ?? 0;
};
const orders = (openid: string, event: object) => cloud.call('orders', openid, event);
const runTimer = () =>
  cloud.call('order-timer', null, { Type: 'Timer', TriggerName: 'overdue', Time: new Date().toISOString() });

/** Nothing about the resident in a worker's message: only what and where. */
function expectNothingPersonal(sent: Sent[]) {
  for (const m of sent) {
    const text = JSON.stringify(m.data);
    for (const secret of ['周奶奶', '302', '13900000001', '水管', '路灯坏了']) expect(text).not.toContain(secret);
  }
}

describe('a new order in the 抢单大厅', () => {
  it('tells the grid’s takers who opted in, once each, and nobody else', async () => {
    await subscribe('demo-party-1', ['order_pool']);
    await subscribe('demo-grid-1', ['order_pool']);
    await subscribe('demo-party-3', ['order_pool']); // another grid
    await subscribe('demo-property-1', ['order_pool']); // property staff: only for 物业服务
    const order = await fileOrder(cloud); // demo-resident-1, 1号楼 in 网格一, 居家养老
    const sent = await sentBy(async () =>
      data(await orders('demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' })),
    );
    expect(who(sent).sort()).toEqual([
      ['demo-grid-1', 'TEMPLATE_ID_ORDER_POOL'],
      ['demo-party-1', 'TEMPLATE_ID_ORDER_POOL'],
    ]);
    expect(sent[0].page).toBe(`packages/orders/detail/index?id=${order._id}`);
    expect(sent[0].data.thing1.value).toBe('居家养老 · 1号楼');
    expectNothingPersonal(sent);
    expect(left('demo-party-1', 'order_pool')).toBe(0); // the consent is used up
    expect(left('demo-party-3', 'order_pool')).toBe(1); // untouched outside the grid
    expect(left('demo-property-1', 'order_pool')).toBe(1);
  });

  it('a 物业服务 order reaches the grid’s property staff too', async () => {
    const order = await fileOrder(cloud, 'demo-resident-1', { category: 'property', content: '电梯坏了' });
    const sent = await sentBy(async () =>
      data(await orders('demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' })),
    );
    expect(who(sent)).toEqual([['demo-property-1', 'TEMPLATE_ID_ORDER_POOL']]);
  });

  it('系统派单 racing retries of one submit tell each taker once and use one consent', async () => {
    await cloud.store.insertMany('communities', [
      { _id: 'c-auto', name: '自动社区', settings: { orders: { autoDispatch: ['elderly'] } } },
    ]);
    await cloud.store.insertMany('grids', [{ _id: 'g-auto', communityId: 'c-auto', name: '网格甲' }]);
    await cloud.store.insertMany('buildings', [
      { _id: 'b-auto', communityId: 'c-auto', gridId: 'g-auto', name: '甲栋' },
    ]);
    const person = (openid: string, grants: object[]) => ({
      _id: userIdFor(openid),
      openid,
      communityId: 'c-auto',
      name: openid,
      phone: '13600000001',
      buildingId: 'b-auto',
      room: '101',
      grants,
    });
    await cloud.store.insertMany('users', [
      person('auto-resident', []),
      person('auto-party', [{ role: 'party_member', scope: { communityId: 'c-auto', gridId: 'g-auto' } }]),
    ]);
    for (let i = 0; i < 3; i += 1) await subscribe('auto-party', ['order_pool']);
    const requestId = newRequestId();
    const submit = () =>
      orders('auto-resident', { action: 'submit', requestId, category: 'elderly', content: '需要有人陪同去医院' });
    const sent = await sentBy(() => Promise.all(Array.from({ length: 6 }, submit)));
    expect(who(sent)).toEqual([['auto-party', 'TEMPLATE_ID_ORDER_POOL']]);
    expect(left('auto-party', 'order_pool')).toBe(2); // a duplicate gives its consent back
  });

  it('退单 puts it back in the pool: the takers are told again, not the one who handed it back', async () => {
    const order = await fileOrder(cloud);
    data(await orders('demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
    data(await orders('demo-party-1', { action: 'grab', orderId: order._id }));
    await subscribe('demo-party-1', ['order_pool']);
    await subscribe('demo-party-2', ['order_pool']);
    const sent = await sentBy(async () =>
      data(await orders('demo-party-1', { action: 'handBack', orderId: order._id, reason: '临时出差' })),
    );
    expect(who(sent)).toEqual([['demo-party-2', 'TEMPLATE_ID_ORDER_POOL']]);
    expect(left('demo-party-1', 'order_pool')).toBe(1);
  });
});

describe('an order assigned to you', () => {
  it('指派 and 改派 tell the new taker who opted in, from whom', async () => {
    const order = await fileOrder(cloud);
    data(await orders('demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
    await subscribe('demo-party-2', ['order_assigned']);
    const assigned = await sentBy(async () =>
      data(await orders('demo-grid-1', { action: 'assign', orderId: order._id, userId: userIdFor('demo-party-2') })),
    );
    expect(who(assigned)).toEqual([['demo-party-2', 'TEMPLATE_ID_ORDER_ASSIGNED']]);
    expect(assigned[0].data.name2.value).toBe('王网格');
    expectNothingPersonal(assigned);
    // 改派 to someone who did not opt in: nothing goes out, and nobody else is told.
    const reassigned = await sentBy(async () =>
      data(await orders('demo-grid-1', { action: 'reassign', orderId: order._id, userId: userIdFor('demo-party-1') })),
    );
    expect(reassigned).toEqual([]);
  });
});

/** An order filed `hoursAgo` hours ago in 网格一 with a 2-hour take-by. */
async function orderFiledAgo(hoursAgo: number) {
  const createdAt = new Date(Date.now() - hoursAgo * HOUR);
  const _id = 'o_late' + newRequestId().slice(0, 18);
  await cloud.store.insertMany('orders', [
    {
      _id,
      communityId: 'c-demo',
      gridId: 'g-demo-1',
      buildingId: 'b-demo-1-1',
      room: '302',
      category: 'elderly',
      content: '家里水管漏水',
      photos: [],
      contactPhone: '13900000001',
      residentId: userIdFor('demo-resident-1'),
      residentName: '周奶奶',
      filedById: userIdFor('demo-resident-1'),
      requestId: _id,
      status: 'dispatched',
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

describe('overdue and escalated orders', () => {
  it('overdue tells the grid worker, escalated the admins; overlapping runs send once', async () => {
    for (const openid of ['demo-grid-1', 'demo-grid-2', 'demo-admin']) {
      await subscribe(openid, ['order_overdue']);
      await subscribe(openid, ['order_overdue']);
    }
    const late = await orderFiledAgo(3); // overdue: level 1
    const sent = await sentBy(() => Promise.all([runTimer(), runTimer(), runTimer()]));
    expect(who(sent)).toEqual([['demo-grid-1', 'TEMPLATE_ID_ORDER_OVERDUE']]);
    expect(sent[0].page).toContain(late);
    expect(sent[0].data.phrase3.value).toBe('已超时');
    expectNothingPersonal(sent);
    expect(left('demo-grid-1', 'order_overdue')).toBe(1);
    expect(left('demo-grid-2', 'order_overdue')).toBe(2); // another grid: not told

    const veryLate = await orderFiledAgo(5); // overdue by as long again: straight to level 2
    const escalated = await sentBy(() => Promise.all([runTimer(), runTimer()]));
    expect(who(escalated)).toEqual([['demo-admin', 'TEMPLATE_ID_ORDER_OVERDUE']]);
    expect(escalated[0].page).toContain(veryLate);
    expect(escalated[0].data.phrase3.value).toBe('已升级');
    expect(await sentBy(runTimer)).toEqual([]);
  });
});

describe('a 差评 that needs 整改', () => {
  it('tells the taker and the grid worker who opted in, not the other takers', async () => {
    const order = await fileOrder(cloud);
    data(await orders('demo-admin', { action: 'dispatch', orderId: order._id, kind: 'self' }));
    data(await orders('demo-party-1', { action: 'grab', orderId: order._id }));
    data(await orders('demo-party-1', { action: 'complete', orderId: order._id, note: '已修好' }));
    for (const openid of ['demo-party-1', 'demo-grid-1', 'demo-party-2', 'demo-grid-2'])
      await subscribe(openid, ['order_rectify']);
    const sent = await sentBy(async () =>
      data(await orders('demo-resident-1', { action: 'rate', orderId: order._id, score: 1, comment: '没修好' })),
    );
    expect(who(sent).sort()).toEqual([
      ['demo-grid-1', 'TEMPLATE_ID_ORDER_RECTIFY'],
      ['demo-party-1', 'TEMPLATE_ID_ORDER_RECTIFY'],
    ]);
    expectNothingPersonal(sent);
    expect(sent.map((m) => m.data.thing1.value)).not.toContain('没修好');
    // A good rating needs no 整改: nothing is sent.
    const good = await fileOrder(cloud);
    data(await orders('demo-admin', { action: 'dispatch', orderId: good._id, kind: 'self' }));
    data(await orders('demo-party-2', { action: 'grab', orderId: good._id }));
    data(await orders('demo-party-2', { action: 'complete', orderId: good._id, note: '已修好' }));
    const fine = await sentBy(async () =>
      data(await orders('demo-resident-1', { action: 'rate', orderId: good._id, score: 5 })),
    );
    expect(fine).toEqual([]);
  });
});

describe('a transfer to a department', () => {
  it('tells that department who opted in, not another department', async () => {
    await subscribe('demo-dept-1', ['order_transfer']);
    await subscribe('demo-dept-2', ['order_transfer']);
    const order = await fileOrder(cloud, 'demo-resident-1', { category: 'infrastructure', content: '路灯坏了一排' });
    const sent = await sentBy(async () =>
      data(
        await orders('demo-admin', {
          action: 'dispatch',
          orderId: order._id,
          kind: 'transfer',
          departmentId: userIdFor('demo-dept-1'),
        }),
      ),
    );
    expect(who(sent)).toEqual([['demo-dept-1', 'TEMPLATE_ID_ORDER_TRANSFER']]);
    expect(sent[0].data.thing1.value).toBe('基础设施维护 · 1号楼');
    expectNothingPersonal(sent);
    expect(left('demo-dept-2', 'order_transfer')).toBe(1);
  });

  it('a 联席会议 decision’s 交办 tells the department once, however often it is tapped', async () => {
    await subscribe('demo-dept-1', ['order_transfer']);
    await subscribe('demo-dept-1', ['order_transfer']);
    const order = await fileOrder(cloud, 'demo-resident-1', { category: 'infrastructure', content: '路灯坏了两盏' });
    data(await orders('demo-admin', { action: 'dispatch', orderId: order._id, kind: 'transfer' })); // to the meeting
    const meeting = await createMeeting(cloud, { type: 'joint', title: '联席会议', startsAt: inAWeek() });
    const detail = data(await cloud.call('meetings', 'demo-admin', { action: 'get', meetingId: meeting._id }));
    const topic = detail.topics.find((t: { orderId?: string }) => t.orderId === order._id);
    data(await cloud.call('meetings', 'demo-admin', { action: 'advance', meetingId: meeting._id }));
    const decide = {
      action: 'decide',
      meetingId: meeting._id,
      topicId: topic._id,
      decision: '由住建部门更换路灯',
      ownerId: userIdFor('demo-dept-1'),
      dueDate: '2999-12-31',
    };
    const sent = await sentBy(async () => {
      data(await cloud.call('meetings', 'demo-admin', decide));
      data(await cloud.call('meetings', 'demo-admin', decide)); // a double tap
    });
    expect(who(sent)).toEqual([['demo-dept-1', 'TEMPLATE_ID_ORDER_TRANSFER']]);
    expect(sent[0].page).toBe(`packages/orders/detail/index?id=${order._id}`);
    expect(left('demo-dept-1', 'order_transfer')).toBe(1);
  });
});

describe('a meeting decision due', () => {
  it('tells its owner the day before and once overdue, each once', async () => {
    await subscribe('demo-grid-2', ['decision_due']);
    await subscribe('demo-grid-2', ['decision_due']);
    await subscribe('demo-party-3', ['decision_due']); // not the owner
    const { meeting, topic } = await deliberating(cloud);
    const due = chinaDay(new Date(Date.now() + DAY)); // tomorrow
    const { decision } = data(
      await cloud.call('meetings', 'demo-admin', {
        action: 'decide',
        meetingId: meeting._id,
        topicId: topic._id,
        decision: '车棚加装充电口',
        ownerId: userIdFor('demo-grid-2'),
        dueDate: due,
      }),
    );
    const soon = await sentBy(() => Promise.all([runTimer(), runTimer()]));
    expect(who(soon)).toEqual([['demo-grid-2', 'TEMPLATE_ID_DECISION_DUE']]);
    expect(soon[0].page).toBe(`packages/meetings/detail/index?id=${meeting._id}`);
    expect(soon[0].data).toMatchObject({ thing1: { value: '车棚加装充电口' }, phrase3: { value: '即将到期' } });
    expect(await sentBy(runTimer)).toEqual([]);
    // Its due day passes: the owner is told it is overdue, once.
    const [stored] = cloud.store.find('meeting_decisions', { _id: decision._id });
    await cloud.store.insertMany('meeting_decisions', [
      { ...stored, _id: `${decision._id}-past`, dueAt: new Date(Date.now() - HOUR), dueNotified: 'soon' },
    ]);
    const overdue = await sentBy(() => Promise.all([runTimer(), runTimer()]));
    expect(who(overdue)).toEqual([['demo-grid-2', 'TEMPLATE_ID_DECISION_DUE']]);
    expect(overdue[0].data.phrase3.value).toBe('已逾期');
    expect(left('demo-party-3', 'decision_due')).toBe(1);
  });

  it('a send an earlier run already made is not made again, and its consent is given back', async () => {
    await subscribe('demo-grid-1', ['decision_due']);
    const _id = `decision-retried-${newRequestId().slice(0, 8)}`;
    const now = new Date();
    await cloud.store.insertMany('meeting_decisions', [
      {
        _id,
        communityId: 'c-demo',
        gridKey: 'community',
        meetingId: 'm-any',
        meetingTitle: '书记下午茶',
        topicId: 't-any',
        topicTitle: '楼道堆物',
        decision: '清理楼道堆物',
        ownerId: userIdFor('demo-grid-1'),
        ownerName: '王网格',
        dueDate: chinaDay(now),
        dueAt: new Date(now.getTime() + HOUR),
        published: false,
        done: false,
        progress: [],
        createdAt: now,
        updatedAt: now,
      },
    ]);
    // An earlier run sent it, then stopped before it could record the stage on the decision.
    await cloud.store.insertMany('notice_sends', [
      { _id: `decision_due:${_id}:soon:${userIdFor('demo-grid-1')}`, userId: userIdFor('demo-grid-1') },
    ]);
    expect(await sentBy(runTimer)).toEqual([]);
    expect(left('demo-grid-1', 'decision_due')).toBe(1);
    expect(cloud.store.find('meeting_decisions', { _id })[0]).toMatchObject({ dueNotified: 'soon' });
  });
});
