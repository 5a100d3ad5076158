/** Bad input to `notices`: INVALID_ARGUMENT with a Chinese message, and nothing written. */
import { startTestCloud, type TestCloud } from '../support/cloud';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const ok = { action: 'post', scope: { buildingId: 'b-demo-1-1' }, kind: 'notice', title: '通知', content: '内容' };
const corpus: Array<[string, object]> = [
  ['no action', { noticeId: 'n1' }],
  ['unknown action', { action: 'delete', noticeId: 'n1' }],
  ['two scopes at once', { ...ok, scope: { buildingId: 'b-demo-1-1', gridId: 'g-demo-1' } }],
  ['community: false', { ...ok, scope: { community: false } }],
  ['operator in buildingId', { ...ok, scope: { buildingId: { $ne: null } } }],
  ['unknown kind', { ...ok, kind: 'poll' }],
  ['empty title', { ...ok, title: ' ' }],
  ['41-character title', { ...ok, title: '字'.repeat(41) }],
  ['10 KB content', { ...ok, content: '长'.repeat(10240) }],
  ['capacity on a plain notice', { ...ok, capacity: 5 }],
  ['capacity 0', { ...ok, kind: 'signup', capacity: 0 }],
  ['capacity 1.5', { ...ok, kind: 'signup', capacity: 1.5 }],
  ['deadline that is not a time', { ...ok, kind: 'signup', deadline: 'tomorrow' }],
  ['deadline in the past', { ...ok, kind: 'signup', deadline: '2020-01-01T00:00:00Z' }],
  ['a posterId field', { ...ok, posterId: 'u_x' }],
  ['operator in noticeId', { action: 'get', noticeId: { $gt: '' } }],
  ['operator as a string id', { action: 'signup', noticeId: '{"$gt":""}' }],
  ['101-character note', { action: 'signup', noticeId: 'n1', note: '字'.repeat(101) }],
  ['bad cursor', { action: 'list', cursor: 'x;y' }],
  ['unknown subscribe kind', { action: 'subscribe', kinds: ['everything'] }],
  ['no subscribe kinds', { action: 'subscribe', kinds: [] }],
];

it.each(corpus)('%s → INVALID_ARGUMENT, nothing written', async (_label, event) => {
  const counts = async () =>
    Promise.all(
      ['notices', 'notice_reads', 'notice_signups', 'notice_subscriptions'].map((c) => cloud.store.count(c, {})),
    );
  const before = await counts();
  const res = await cloud.call('notices', 'demo-admin', event);
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
  if (!res.ok) expect(res.error.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await counts()).toEqual(before);
});

it('an unknown notice is NOT_FOUND; no caller is UNAUTHENTICATED', async () => {
  expect(await cloud.call('notices', 'demo-admin', { action: 'get', noticeId: 'n_nope' })).toMatchObject({
    error: { code: 'NOT_FOUND' },
  });
  expect(await cloud.call('notices', null, { action: 'list' })).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
});
