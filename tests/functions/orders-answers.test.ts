/**
 * One call per user action: every order action answers the order as `get` would show it to the
 * actor, timeline included, so the order's page never fetches it again after an action.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder, newRequestId } from '../support/orders';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('orders', openid, event);

/** The action's answer must equal what `get` shows the same person right after it. */
async function answersAsGet(openid: string, event: { action: string } & Record<string, unknown>) {
  const answer = data(await call(openid, event)).order;
  const shown = data(await call(openid, { action: 'get', orderId: answer._id })).order;
  expect(answer.timeline).toBeDefined();
  expect(answer).toEqual(shown);
  return answer;
}

it('submit, dispatch, grab, complete, rate, rectify each answer the order with its timeline', async () => {
  const filed = await answersAsGet('demo-resident-1', {
    action: 'submit',
    requestId: newRequestId(),
    category: 'elderly',
    content: '家里水管漏水，老人行动不便，请帮忙找人修理',
  });
  expect(filed.timeline.map((t: { action: string }) => t.action)).toEqual(['submit']);
  const orderId = filed._id;
  await answersAsGet('demo-admin', { action: 'dispatch', orderId, kind: 'self' });
  await answersAsGet('demo-party-1', { action: 'grab', orderId });
  await answersAsGet('demo-party-1', { action: 'complete', orderId, note: '已修好' });
  const rated = await answersAsGet('demo-resident-1', { action: 'rate', orderId, score: 1, comment: '还在漏' });
  expect(rated.status).toBe('rectifying');
  const rectified = await answersAsGet('demo-admin', { action: 'rectify', orderId, reply: '已重新修理' });
  expect(rectified.timeline.length).toBeGreaterThan(filed.timeline.length);
});

it('assign and cancel answer with the timeline too', async () => {
  const a = await fileOrder(cloud);
  await answersAsGet('demo-admin', { action: 'dispatch', orderId: a._id, kind: 'self' });
  const assigned = await answersAsGet('demo-grid-1', {
    action: 'assign',
    orderId: a._id,
    userId: userIdFor('demo-party-2'),
  });
  expect(assigned.status).toBe('taken');
  const b = await fileOrder(cloud);
  const cancelled = await answersAsGet('demo-resident-1', { action: 'cancel', orderId: b._id });
  expect(cancelled.status).toBe('cancelled');
});

it('lists leave the timeline out (a page of 20 stays small)', async () => {
  await fileOrder(cloud);
  const page = data(await call('demo-resident-1', { action: 'list', view: 'mine' }));
  expect(page.items.length).toBeGreaterThan(0);
  for (const o of page.items) expect(o.timeline).toBeUndefined();
});
