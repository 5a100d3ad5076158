/**
 * Issue 12 point 3: a transferred order becomes a topic of the next 联席会议 — with the resident's
 * name and complaint. The attack: `meetings.get` on that joint meeting as an unrelated resident of
 * another grid. Now that resident (and every reader who is not the meeting's staff, a department or
 * the resident who filed it) sees a masked summary: no name, room, complaint or order id, in the
 * meeting, the topic list, the minutes page and the 公开栏.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder } from '../support/orders';
import { advance, createMeeting } from '../support/meetings';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('meetings', openid, event);
const COMPLAINT = '家里水管漏水，老人行动不便，请帮忙找人修理';
/** Ids and times are left out of the personal-data scan: random hex or a clock can spell "302". */
const readable = (view: unknown) =>
  JSON.stringify(view, (key, value) => (/(^_id$|Id$|^at$|At$|By$)/.test(key) ? undefined : value));

it('an order-born topic is read in full by staff, departments and its resident only', async () => {
  const order = await fileOrder(cloud, 'demo-resident-1', { content: `${COMPLAINT}（1号楼 302）` });
  data(await cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: order._id, kind: 'transfer' }));
  const joint = await createMeeting(cloud, { type: 'joint', title: '联席会议' });

  const full = data(await call('demo-admin', { action: 'get', meetingId: joint._id }));
  const topic = full.topics.find((t: { orderId?: string }) => t.orderId === order._id);
  expect(topic).toMatchObject({ proposerName: '周奶奶', content: expect.stringContaining('302') });
  expect(data(await call('demo-dept-1', { action: 'get', meetingId: joint._id })).topics).toContainEqual(topic);
  expect(data(await call('demo-resident-1', { action: 'get', meetingId: joint._id })).topics).toContainEqual(topic);

  // The attack: 郑阿姨 of grid 2, unrelated, reads the joint meeting (and its topic list, and its minutes).
  await advance(cloud, joint._id, 1);
  data(await call('demo-admin', { action: 'record', meetingId: joint._id, topicId: topic._id, notes: '交水务部门' }));
  const { decision } = data(
    await call('demo-admin', {
      action: 'decide',
      meetingId: joint._id,
      topicId: topic._id,
      decision: '水务部门一周内上门维修',
      ownerId: userIdFor('demo-dept-1'),
      dueDate: '2999-01-01',
    }),
  );
  await advance(cloud, joint._id, 1);
  data(await call('demo-admin', { action: 'publish', meetingId: joint._id }));
  for (const openid of ['demo-resident-3', 'demo-resident-2', 'demo-party-3']) {
    const seen = data(await call(openid, { action: 'get', meetingId: joint._id }));
    const minutes = data(await call(openid, { action: 'minutes', meetingId: joint._id }));
    const board = data(await call(openid, { action: 'board' })).items.filter(
      (d: { _id: string }) => d._id === decision._id,
    );
    const text = readable([seen, minutes, board]);
    for (const secret of ['周奶奶', '302', '水管漏水']) expect(text).not.toContain(secret);
    expect(JSON.stringify([seen, minutes, board])).not.toContain(order._id);
    const masked = seen.topics.find((t: { _id: string }) => t._id === topic._id);
    expect(masked).toMatchObject({ masked: true, proposerName: '居民', notes: '交水务部门' });
    expect(masked.orderId).toBeUndefined();
    expect(minutes.topics).toContainEqual(masked);
    expect(board).toEqual([expect.objectContaining({ decision: '水务部门一周内上门维修' })]);
  }
  // Staff and the department still read the decision's topic by its title on the board.
  const staffBoard = data(await call('demo-dept-1', { action: 'board' })).items;
  expect(staffBoard.find((d: { _id: string }) => d._id === decision._id).topicTitle).toBe(topic.title);
});
