import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder, newRequestId, orderIn } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('orders', openid, event);

describe('三单 end to end', () => {
  it('居民点单 → 社区派单 → 抢单 → 办结 → 评单 5 星 closes, with every step on the timeline', async () => {
    const filed = await fileOrder(cloud);
    expect(filed).toMatchObject({
      status: 'submitted',
      category: 'elderly',
      buildingId: 'b-demo-1-1',
      gridId: 'g-demo-1',
      room: '302',
    });
    expect(new Date(filed.takeBy).getTime() - new Date(filed.createdAt).getTime()).toBe(2 * 3600_000);
    const dispatched = data(await call('demo-admin', { action: 'dispatch', orderId: filed._id, kind: 'self' })).order;
    expect(dispatched).toMatchObject({ status: 'dispatched', gridId: 'g-demo-1', dispatchKind: 'self' });
    const taken = data(await call('demo-party-1', { action: 'grab', orderId: filed._id })).order;
    const photo = await cloud.uploadPhoto('demo-party-1');
    expect(taken).toMatchObject({ status: 'taken', takerId: userIdFor('demo-party-1'), takerName: '张党员' });
    data(
      await call('demo-party-1', {
        action: 'complete',
        orderId: filed._id,
        note: '已更换水管',
        photos: [photo],
      }),
    );
    const closed = data(
      await call('demo-resident-1', { action: 'rate', orderId: filed._id, score: 5, comment: '谢谢' }),
    ).order;
    expect(closed.status).toBe('closed');
    const { order } = data(await call('demo-resident-1', { action: 'get', orderId: filed._id }));
    expect(order.timeline.map((t: { action: string }) => t.action)).toEqual([
      'submit',
      'dispatch',
      'grab',
      'complete',
      'rate',
    ]);
    expect(
      order.timeline.map((t: { actorName: string; actorRole: string }) => `${t.actorName}/${t.actorRole}`),
    ).toEqual(['周奶奶/居民', '李书记/社区管理员', '张党员/党员', '张党员/党员', '周奶奶/居民']);
    for (const t of order.timeline) expect(Number.isNaN(Date.parse(t.at))).toBe(false);
    expect(order).toMatchObject({ completionNote: '已更换水管', filedById: userIdFor('demo-resident-1') });
    expect(order.completionPhotos).toEqual([photo]);
  });

  it('a bad rating needs a rectification before it closes (差评件件有整改)', async () => {
    const o = await orderIn(cloud, 'completed');
    const bad = data(
      await call('demo-resident-1', { action: 'rate', orderId: o._id, score: 2, comment: '还在漏' }),
    ).order;
    expect(bad.status).toBe('rectifying');
    const refused = await call('demo-party-1', { action: 'rectify', orderId: o._id, reply: '我再去看看' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    const fixed = data(
      await call('demo-grid-1', { action: 'rectify', orderId: o._id, reply: '已安排二次维修并回访' }),
    ).order;
    // 解决 means the resident agreed (issue 11.7): the reply waits for her word
    expect(fixed).toMatchObject({ status: 'rectified', rectification: '已安排二次维修并回访' });
    expect(await call('demo-grid-1', { action: 'confirm', orderId: o._id })).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED' },
    });
    const closed = data(await call('demo-resident-1', { action: 'confirm', orderId: o._id })).order;
    expect(closed).toMatchObject({ status: 'closed', closedAs: 'rectify_confirmed' });
    expect(closed.timeline.at(-1)).toMatchObject({ action: 'confirm', actorName: '周奶奶' });
  });

  it('回复解释类 is answered, shown to the resident, who may still rate it', async () => {
    const o = await fileOrder(cloud);
    const answered = data(
      await call('demo-admin', {
        action: 'dispatch',
        orderId: o._id,
        kind: 'reply',
        reply: '该事项由供水公司负责，电话 96XXX',
      }),
    ).order;
    expect(answered).toMatchObject({ status: 'answered', reply: '该事项由供水公司负责，电话 96XXX' });
    const seen = data(await call('demo-resident-1', { action: 'get', orderId: o._id })).order;
    expect(seen.reply).toContain('供水公司');
    expect(data(await call('demo-resident-1', { action: 'rate', orderId: o._id, score: 4 })).order.status).toBe(
      'closed',
    );
  });

  it('转交办理类 goes to a department, who sees it in the community view', async () => {
    const o = await fileOrder(cloud, 'demo-resident-1', {
      category: 'infrastructure',
      content: '小区门口路灯坏了一排',
    });
    const dept = userIdFor('demo-dept-1');
    const moved = data(
      await call('demo-admin', { action: 'dispatch', orderId: o._id, kind: 'transfer', departmentId: dept }),
    ).order;
    expect(moved.status).toBe('transferred');
    const list = data(await call('demo-dept-1', { action: 'list', view: 'community' }));
    expect(list.items.map((i: { _id: string }) => i._id)).toContain(o._id);
    expect(list.items.every((i: { status: string }) => i.status === 'transferred')).toBe(true);
  });

  it('an admin may send a 受理自办类 order to another grid than the building’s', async () => {
    const o = await fileOrder(cloud);
    const moved = data(
      await call('demo-admin', { action: 'dispatch', orderId: o._id, kind: 'self', gridId: 'g-demo-2' }),
    ).order;
    expect(moved.gridId).toBe('g-demo-2');
    expect(await call('demo-party-1', { action: 'grab', orderId: o._id })).toMatchObject({
      error: { code: 'PERMISSION_DENIED' },
    });
    expect(data(await call('demo-party-3', { action: 'grab', orderId: o._id })).order.status).toBe('taken');
  });

  it('a resident may cancel until it is taken, and not after (issue 11.6)', async () => {
    const o = await fileOrder(cloud);
    expect(data(await call('demo-resident-1', { action: 'cancel', orderId: o._id })).order.status).toBe('cancelled');
    const d = await orderIn(cloud, 'dispatched');
    expect(data(await call('demo-resident-1', { action: 'cancel', orderId: d._id })).order.status).toBe('cancelled');
    const t = await orderIn(cloud, 'taken');
    expect(await call('demo-resident-1', { action: 'cancel', orderId: t._id })).toMatchObject({
      error: { code: 'CONFLICT', reason: 'ORDER_ALREADY_TAKEN' },
    });
  });

  it('a grab of a cancelled order says it was cancelled (ORDER_CANCELLED), not that someone else took it', async () => {
    const o = await fileOrder(cloud);
    data(await call('demo-resident-1', { action: 'cancel', orderId: o._id }));
    expect(await call('demo-party-1', { action: 'grab', orderId: o._id })).toEqual({
      ok: false,
      error: { code: 'FAILED_PRECONDITION', message: '这单已被居民撤销', reason: 'ORDER_CANCELLED' },
    });
  });

  it('only the taker may complete: ORDER_NOT_YOURS', async () => {
    const o = await orderIn(cloud, 'taken');
    expect(await call('demo-grid-1', { action: 'complete', orderId: o._id, note: '好了' })).toMatchObject({
      ok: false,
      error: { code: 'PERMISSION_DENIED', reason: 'ORDER_NOT_YOURS' },
    });
  });

  it('a grid worker assigns an order to a named member of the grid', async () => {
    const o = await orderIn(cloud, 'dispatched');
    const notInGrid = await call('demo-grid-1', {
      action: 'assign',
      orderId: o._id,
      userId: userIdFor('demo-party-3'),
    });
    expect(notInGrid).toMatchObject({ ok: false, error: { code: 'FAILED_PRECONDITION' } });
    const given = data(
      await call('demo-grid-1', { action: 'assign', orderId: o._id, userId: userIdFor('demo-party-2') }),
    ).order;
    expect(given).toMatchObject({ status: 'taken', takerName: '陈党员' });
    expect(await call('demo-party-1', { action: 'grab', orderId: o._id })).toMatchObject({
      error: { code: 'CONFLICT', reason: 'ORDER_ALREADY_TAKEN' },
    });
  });
});

describe('点单 details', () => {
  it('一键发单 files a help request from the registered building and room', async () => {
    const o = data(await call('demo-resident-2', { action: 'submit', requestId: newRequestId(), oneTap: true })).order;
    expect(o).toMatchObject({
      category: 'elderly',
      buildingId: 'b-demo-1-1',
      room: '402',
      contactPhone: '13900000002',
      residentName: '吴大爷',
      oneTap: true,
    });
    expect(o.content).not.toContain('吴大爷'); // who and where are fields, never text (issue 12, point 2)
  });

  it('lets the building leader file for a resident of their building (代办), and nobody else’s', async () => {
    const forResident = data(
      await call('demo-leader-1', {
        action: 'submit',
        requestId: newRequestId(),
        category: 'convenience',
        content: '帮忙代缴水费',
        onBehalfOf: userIdFor('demo-resident-2'),
      }),
    ).order;
    expect(forResident).toMatchObject({
      residentId: userIdFor('demo-resident-2'),
      residentName: '吴大爷',
      buildingId: 'b-demo-1-1',
    });
    const mine = data(await call('demo-resident-2', { action: 'list', view: 'mine' }));
    expect(mine.items.map((i: { _id: string }) => i._id)).toContain(forResident._id);
    const otherBuilding = await call('demo-leader-1', {
      action: 'submit',
      requestId: newRequestId(),
      category: 'convenience',
      content: '代办',
      onBehalfOf: userIdFor('demo-resident-3'),
    });
    expect(otherBuilding).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    const byParty = await call('demo-party-1', {
      action: 'submit',
      requestId: newRequestId(),
      category: 'convenience',
      content: '代办',
      onBehalfOf: userIdFor('demo-resident-2'),
    });
    expect(byParty).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    const byWorker = await call('demo-grid-2', {
      action: 'submit',
      requestId: newRequestId(),
      category: 'convenience',
      content: '代办',
      onBehalfOf: userIdFor('demo-resident-3'),
    });
    expect(byWorker.ok).toBe(true);
  });

  it('the same requestId twice from the same person gives the same order', async () => {
    const requestId = newRequestId();
    const event = { action: 'submit', requestId, category: 'dispute', content: '楼上噪音' };
    const a = data(await call('demo-resident-3', event)).order;
    const b = data(await call('demo-resident-3', event)).order;
    expect(b._id).toBe(a._id);
    const c = data(await call('demo-resident-1', event)).order;
    expect(c._id).not.toBe(a._id);
  });
});

describe('who sees what', () => {
  it('the pool masks phone and room until someone takes the order; then the taker sees them', async () => {
    const o = await orderIn(cloud, 'dispatched');
    const pool = data(await call('demo-party-2', { action: 'list', view: 'pool' }));
    const inPool = pool.items.find((i: { _id: string }) => i._id === o._id);
    expect(inPool).toMatchObject({
      contactPhone: '139****0001',
      room: '3**',
      content: o.content,
      buildingId: 'b-demo-1-1',
    });
    const viaGet = data(await call('demo-party-2', { action: 'get', orderId: o._id })).order;
    expect(viaGet.contactPhone).toBe('139****0001');
    const taken = data(await call('demo-party-2', { action: 'grab', orderId: o._id })).order;
    expect(taken.contactPhone).toBe('13900000001');
    expect(data(await call('demo-party-2', { action: 'get', orderId: o._id })).order.room).toBe('302');
    expect(data(await call('demo-grid-1', { action: 'get', orderId: o._id })).order.room).toBe('302');
    // Another member of the grid, not the taker, still sees it masked.
    expect(data(await call('demo-party-1', { action: 'get', orderId: o._id })).order.contactPhone).toBe('139****0001');
  });

  it('residents see their own orders only', async () => {
    const o = await fileOrder(cloud);
    expect(await call('demo-resident-2', { action: 'get', orderId: o._id })).toMatchObject({
      error: { code: 'PERMISSION_DENIED' },
    });
    const mine = data(await call('demo-resident-2', { action: 'list', view: 'mine' }));
    expect(mine.items.every((i: { residentId: string }) => i.residentId === userIdFor('demo-resident-2'))).toBe(true);
    expect(await call('demo-resident-2', { action: 'list', view: 'pool' })).toMatchObject({
      error: { code: 'PERMISSION_DENIED' },
    });
  });

  it('another community’s order answers NOT_FOUND to every action', async () => {
    const o = await orderIn(cloud, 'dispatched');
    for (const event of [
      { action: 'get', orderId: o._id },
      { action: 'dispatch', orderId: o._id, kind: 'self' },
      { action: 'grab', orderId: o._id },
      { action: 'cancel', orderId: o._id },
      { action: 'rate', orderId: o._id, score: 5 },
    ]) {
      expect(await call('demo-admin-b', event)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    const list = data(await call('demo-admin-b', { action: 'list', view: 'community' }));
    expect(list.items.map((i: { _id: string }) => i._id)).not.toContain(o._id);
  });
});

describe('lists', () => {
  it('pages 20 at a time, newest first, with a cursor until the last page', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 23; i += 1)
      ids.push((await fileOrder(cloud, 'demo-resident-3', { content: `第 ${i} 件` }))._id);
    const first = data(await call('demo-resident-3', { action: 'list', view: 'mine' }));
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).toBeDefined();
    const second = data(await call('demo-resident-3', { action: 'list', view: 'mine', cursor: first.nextCursor }));
    const all = [...first.items, ...second.items].map((i: { _id: string }) => i._id);
    expect(second.nextCursor).toBeUndefined();
    expect(new Set(all).size).toBe(all.length);
    for (const id of ids) expect(all).toContain(id);
    const times = [...first.items, ...second.items].map((i: { createdAt: string }) => Date.parse(i.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
