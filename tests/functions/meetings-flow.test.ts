/**
 * The flow, through the real function on the local cloud: demo-resident-1 proposes,
 * demo-admin reviews and runs a 五步议事法 meeting through every step, records, decides, publishes
 * and reports progress; demo-resident-1 sees the decision and its progress on the board, and
 * demo-resident-b (another community) does not.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { attendByCode, createMeeting } from '../support/meetings';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('meetings', openid, event);
const STEPS = ['collect', 'review', 'deliberate', 'publish', 'implement', 'finished'];

it('runs a five_step meeting from topic to follow-up', async () => {
  const meeting = await createMeeting(cloud);
  expect(meeting.step).toBe('collect');

  // 议题征集: a resident proposes to the meeting, another to the community's pool.
  const { topic } = data(
    await call('demo-resident-1', {
      action: 'propose',
      meetingId: meeting._id,
      title: '增设充电桩',
      content: '电动车在楼道充电危险',
    }),
  );
  const pooled = data(
    await call('demo-resident-2', { action: 'propose', title: '广场舞噪音', content: '晚上九点后还有音乐' }),
  ).topic;
  expect(topic).toMatchObject({ status: 'proposed', meetingId: meeting._id });
  expect(pooled.meetingId).toBeUndefined();

  expect(data(await call('demo-admin', { action: 'advance', meetingId: meeting._id })).meeting.step).toBe('review');
  // 议题审议: accept one, decline the other with a reason its proposer sees.
  data(await call('demo-admin', { action: 'review', topicId: topic._id, accept: true }));
  data(await call('demo-admin', { action: 'review', topicId: pooled._id, accept: false, reason: '已由物业处理' }));
  const mine = data(await call('demo-resident-2', { action: 'topics' })).items;
  expect(mine).toEqual([expect.objectContaining({ _id: pooled._id, status: 'declined', reason: '已由物业处理' })]);
  expect(
    data(await call('demo-admin', { action: 'topics', status: 'accepted' })).items.map((t: { _id: string }) => t._id),
  ).toContain(topic._id);

  // 协商议事: sign-ins, notes, a decision with an owner and a due day.
  expect(data(await call('demo-admin', { action: 'advance', meetingId: meeting._id })).meeting.step).toBe('deliberate');
  expect(data(await attendByCode(cloud, 'demo-resident-1', meeting._id)).points).toBe(5);
  data(
    await call('demo-admin', {
      action: 'record',
      meetingId: meeting._id,
      topicId: topic._id,
      notes: '大家同意在车棚装充电桩',
    }),
  );
  const { decision } = data(
    await call('demo-admin', {
      action: 'decide',
      meetingId: meeting._id,
      topicId: topic._id,
      decision: '车棚加装 20 个充电口',
      ownerId: userIdFor('demo-property-1'),
      dueDate: '2999-12-31',
    }),
  );
  expect(decision).toMatchObject({ ownerName: '钱物业', published: false, overdue: false });
  expect(await call('demo-admin', { action: 'publish', meetingId: meeting._id })).toMatchObject({
    error: { code: 'FAILED_PRECONDITION' },
  });
  expect(data(await call('demo-resident-1', { action: 'board' })).items).toHaveLength(0);

  // 公布决策 and 议题落实.
  expect(data(await call('demo-admin', { action: 'advance', meetingId: meeting._id })).meeting.step).toBe('publish');
  data(await call('demo-admin', { action: 'publish', meetingId: meeting._id }));
  expect(data(await call('demo-admin', { action: 'advance', meetingId: meeting._id })).meeting.step).toBe('implement');
  data(await call('demo-property-1', { action: 'progress', decisionId: decision._id, note: '已采购设备' }));
  data(await call('demo-admin', { action: 'progress', decisionId: decision._id, note: '已安装并验收', done: true }));
  expect(await call('demo-property-1', { action: 'progress', decisionId: decision._id, note: '再报' })).toMatchObject({
    error: { code: 'FAILED_PRECONDITION' },
  });
  const done = data(await call('demo-admin', { action: 'advance', meetingId: meeting._id })).meeting;
  expect(done.step).toBe('finished');
  expect(done.steps.map((s: { step: string }) => s.step)).toEqual(STEPS);
  expect(await call('demo-admin', { action: 'advance', meetingId: meeting._id })).toMatchObject({
    error: { code: 'FAILED_PRECONDITION' },
  });

  // The resident sees the published decision and its progress; the other community sees nothing.

  const board = data(await call('demo-resident-1', { action: 'board' })).items;
  expect(board).toEqual([
    expect.objectContaining({ _id: decision._id, done: true, published: true, topicTitle: '增设充电桩' }),
  ]);
  expect(board[0].progress.map((p: { note: string }) => p.note)).toEqual(['已采购设备', '已安装并验收']);
  expect(data(await call('demo-resident-b', { action: 'board' })).items).toHaveLength(0);
  expect(await call('demo-resident-b', { action: 'get', meetingId: meeting._id })).toMatchObject({
    error: { code: 'NOT_FOUND' },
  });

  const detail = data(await call('demo-resident-1', { action: 'get', meetingId: meeting._id }));
  expect(detail.topics[0]).toMatchObject({ _id: topic._id, notes: '大家同意在车棚装充电桩' });
  // The resident sees their own sign-in and the count; whoever runs it sees the roll by name.
  expect(detail.attendees.map((a: { name: string }) => a.name)).toEqual(['周奶奶']);
  expect(detail.attendeeCount).toBe(1);
  const roll = data(await call('demo-admin', { action: 'get', meetingId: meeting._id })).attendees;
  expect(roll).toEqual([expect.objectContaining({ name: '周奶奶', via: 'code' })]);
  expect(data(await call('demo-resident-1', { action: 'list' })).items.map((m: { _id: string }) => m._id)).toContain(
    meeting._id,
  );
});

it('flags a decision past its due day and not done as overdue', async () => {
  const meeting = await createMeeting(cloud, { type: 'tea' });
  const { topic } = data(
    await call('demo-resident-1', { action: 'propose', meetingId: meeting._id, title: '路灯坏了', content: '3号楼前' }),
  );
  data(await call('demo-admin', { action: 'review', topicId: topic._id, accept: true }));
  data(await call('demo-admin', { action: 'advance', meetingId: meeting._id }));
  const { decision } = data(
    await call('demo-admin', {
      action: 'decide',
      meetingId: meeting._id,
      topicId: topic._id,
      decision: '修路灯',
      ownerId: userIdFor('demo-grid-2'),
      dueDate: '2020-01-01',
    }),
  );
  expect(decision.overdue).toBe(true);
  data(await call('demo-admin', { action: 'publish', meetingId: meeting._id }));
  const onBoard = data(await call('demo-resident-3', { action: 'board' })).items.find(
    (d: { _id: string }) => d._id === decision._id,
  );
  expect(onBoard).toMatchObject({ overdue: true, done: false });
  const fixed = data(
    await call('demo-grid-2', { action: 'progress', decisionId: decision._id, note: '已修好', done: true }),
  ).decision;
  expect(fixed.overdue).toBe(false);
});

async function decidingTea(title: string) {
  const meeting = await createMeeting(cloud, { type: 'tea' });
  const { topic } = data(
    await call('demo-resident-1', { action: 'propose', meetingId: meeting._id, title, content: '1号楼三楼' }),
  );
  data(await call('demo-admin', { action: 'review', topicId: topic._id, accept: true }));
  data(await call('demo-admin', { action: 'advance', meetingId: meeting._id }));
  return { meeting, topic };
}

const mineOf = async (openid: string) =>
  data(await cloud.call('orders', openid, { action: 'list', view: 'mine' })).items.map((o: { _id: string }) => o._id);

it('a decision opens a work order at the place it names, due on its day, taken by its owner', async () => {
  const { meeting, topic } = await decidingTea('楼道灯坏了');
  const decide = {
    action: 'decide',
    meetingId: meeting._id,
    topicId: topic._id,
    decision: '物业更换2号楼楼道灯',
    ownerId: userIdFor('demo-property-1'),
    dueDate: '2999-12-31',
    orderCategory: 'property',
    orderBuildingId: 'b-demo-1-2',
  };
  const taps = await Promise.all([call('demo-admin', decide), call('demo-admin', decide)]);
  const { decision } = data(taps[0]);
  expect(decision).toMatchObject({ orderStatus: 'taken' });
  expect(data(taps[1]).decision.orderId).toBe(decision.orderId);
  expect(await cloud.store.count('orders', { requestId: `decision_${decision._id}` })).toBe(1);

  // At the building the decision named (not the proposer's 1号楼), due at the end of the due day,
  // and already the owner's: in their tasks, never in the proposer's 我的诉求.
  const stored = cloud.store.find('orders', { _id: decision.orderId })[0];
  expect(stored).toMatchObject({
    status: 'taken',
    category: 'property',
    gridId: 'g-demo-1',
    buildingId: 'b-demo-1-2',
    takerId: userIdFor('demo-property-1'),
    takerName: '钱物业',
    residentId: userIdFor('demo-admin'),
  });
  expect(new Date(stored.finishBy as string).toISOString()).toBe(new Date('3000-01-01T00:00:00+08:00').toISOString());
  expect(await mineOf('demo-resident-1')).not.toContain(decision.orderId);
  const tasks = data(await cloud.call('orders', 'demo-property-1', { action: 'list', view: 'tasks' })).items;
  expect(tasks.map((o: { _id: string }) => o._id)).toContain(decision.orderId);
  data(
    await cloud.call('orders', 'demo-property-1', { action: 'complete', orderId: decision.orderId, note: '已换灯' }),
  );
  data(await call('demo-admin', { action: 'publish', meetingId: meeting._id }));
  const onBoard = data(await call('demo-resident-1', { action: 'board' })).items.find(
    (d: { _id: string }) => d._id === decision._id,
  );
  expect(onBoard).toMatchObject({ orderId: decision.orderId, orderStatus: 'completed' });
});

it('a decision’s order may cover a whole grid; a grid meeting’s order stays in its grid', async () => {
  const { meeting, topic } = await decidingTea('小广场路灯');
  const { decision } = data(
    await call('demo-admin', {
      action: 'decide',
      meetingId: meeting._id,
      topicId: topic._id,
      decision: '网格二小广场加装路灯',
      ownerId: userIdFor('demo-grid-2'),
      dueDate: '2999-06-30',
      orderCategory: 'infrastructure',
      orderGridId: 'g-demo-2',
    }),
  );
  expect(cloud.store.find('orders', { _id: decision.orderId })[0]).toMatchObject({
    gridId: 'g-demo-2',
    buildingId: '',
    takerId: userIdFor('demo-grid-2'),
  });
  expect(await mineOf('demo-resident-1')).not.toContain(decision.orderId);

  const gridMeeting = await createMeeting(cloud, { type: 'tea', gridId: 'g-demo-1' });
  const t = data(
    await call('demo-resident-1', { action: 'propose', meetingId: gridMeeting._id, title: '议题', content: '内容' }),
  ).topic;
  data(await call('demo-grid-1', { action: 'review', topicId: t._id, accept: true }));
  data(await call('demo-grid-1', { action: 'advance', meetingId: gridMeeting._id }));
  const before = cloud.store.count('orders', {});
  const outside = await call('demo-grid-1', {
    action: 'decide',
    meetingId: gridMeeting._id,
    topicId: t._id,
    decision: '到网格二去修',
    ownerId: userIdFor('demo-grid-1'),
    dueDate: '2999-06-30',
    orderCategory: 'infrastructure',
    orderBuildingId: 'b-demo-2-1',
  });
  expect(outside).toMatchObject({ error: { code: 'PERMISSION_DENIED' } });
  // A category with no place, or a place with no category, is refused before anything is written.
  for (const bad of [{ orderCategory: 'infrastructure' }, { orderGridId: 'g-demo-1' }]) {
    const res = await call('demo-grid-1', {
      action: 'decide',
      meetingId: gridMeeting._id,
      topicId: t._id,
      decision: '修',
      ownerId: userIdFor('demo-grid-1'),
      dueDate: '2999-06-30',
      ...bad,
    });
    expect(res).toMatchObject({ error: { code: 'INVALID_ARGUMENT' } });
  }
  expect(cloud.store.count('orders', {})).toBe(before);
});

it('refuses an unknown work-order category and writes nothing', async () => {
  const before = await cloud.store.count('orders', {});
  const res = await call('demo-admin', {
    action: 'decide',
    meetingId: 'm_x',
    topicId: 't_x',
    decision: 'x',
    ownerId: userIdFor('demo-admin'),
    dueDate: '2999-12-31',
    orderCategory: 'weapons',
  });
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  expect(await cloud.store.count('orders', {})).toBe(before);
});

it('逢四说事 always has the next one scheduled', async () => {
  const first = await createMeeting(cloud, {
    type: 'fixed_day',
    title: '逢四说事',
    startsAt: '2031-03-04T19:00:00+08:00',
  });
  const again = await createMeeting(cloud, {
    type: 'fixed_day',
    title: '逢四说事',
    startsAt: '2031-03-04T19:00:00+08:00',
  });
  expect(again._id).toBe(first._id); // one per day
  const starts = () =>
    cloud.store.find('meetings', { type: 'fixed_day' }).map((m) => new Date(m.startsAt as string).toISOString());
  expect(starts()).toContain(new Date('2031-03-14T19:00:00+08:00').toISOString());
  await import('../support/meetings').then(({ advance }) => advance(cloud, first._id, 4));
  expect(starts()).toHaveLength(2); // finishing the 4th finds the 14th already scheduled
  const second = cloud.store.find('meetings', { type: 'fixed_day' }).find((m) => m._id !== first._id) as {
    _id: string;
  };
  await import('../support/meetings').then(({ advance }) => advance(cloud, second._id, 4));
  expect(starts()).toContain(new Date('2031-03-24T19:00:00+08:00').toISOString());
});
