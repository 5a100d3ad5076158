/**
 * Sign-in points once under ten simultaneous taps, racing advances, the transferred-order →
 * joint-meeting link, and a corpus of bad input that must answer INVALID_ARGUMENT writing nothing.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { fileOrder } from '../support/orders';
import { createMeeting, inAWeek, signInCode } from '../support/meetings';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

it('ten simultaneous sign-ins attend once and earn 5 points once', async () => {
  const m = await createMeeting(cloud);
  const code = await signInCode(cloud, m._id);
  const taps = await Promise.all(
    Array.from({ length: 10 }, () =>
      cloud.call('meetings', 'demo-resident-1', { action: 'attend', meetingId: m._id, code }),
    ),
  );
  expect(taps.every((t) => t.ok)).toBe(true);
  expect(taps.reduce((sum, t) => sum + data(t).points, 0)).toBe(5);
  expect(cloud.store.count('meeting_attendance', { meetingId: m._id })).toBe(1);
  expect(cloud.store.count('point_entries', { _id: `meeting:${m._id}:${userIdFor('demo-resident-1')}` })).toBe(1);
  expect(data(await cloud.call('points', 'demo-resident-1', { action: 'balance' })).balance).toBe(5);
});

it('five racing advances never skip or repeat a step: each winner moved one step from what it read', async () => {
  const m = await createMeeting(cloud);
  const res = await Promise.all(
    Array.from({ length: 5 }, () => cloud.call('meetings', 'demo-admin', { action: 'advance', meetingId: m._id })),
  );
  const reached = res.filter((r) => r.ok).map((r) => data(r).meeting.step);
  const ORDER = ['review', 'deliberate', 'publish', 'implement', 'finished'];
  expect([...reached].sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y))).toEqual(ORDER.slice(0, reached.length));
  expect(res.filter((r) => !r.ok).every((r) => !r.ok && r.error.code === 'CONFLICT')).toBe(true);
  expect(cloud.store.find('meetings', { _id: m._id })[0].step).toBe(ORDER[reached.length - 1]);
});

it('a transferred order becomes a topic of the next joint meeting, linked both ways, once', async () => {
  const order = await fileOrder(cloud);
  data(await cloud.call('orders', 'demo-admin', { action: 'dispatch', orderId: order._id, kind: 'transfer' }));
  const later = await createMeeting(cloud, {
    type: 'joint',
    title: '下月联席会',
    startsAt: new Date(Date.now() + 30 * 86400_000).toISOString(),
  });
  const next = await createMeeting(cloud, { type: 'joint', title: '联席会议', startsAt: inAWeek() });
  const detail = data(await cloud.call('meetings', 'demo-admin', { action: 'get', meetingId: next._id }));
  const again = data(await cloud.call('meetings', 'demo-admin', { action: 'get', meetingId: later._id }));
  const linked = [...detail.topics, ...again.topics].filter((t: { orderId?: string }) => t.orderId === order._id);
  expect(linked).toHaveLength(1);
  expect(cloud.store.find('meeting_topics', { orderId: order._id })).toHaveLength(1);
  const stored = cloud.store.find('orders', { _id: order._id })[0];
  expect(stored.meetingTopicId).toBe(linked[0]._id);
  expect(stored.status).toBe('transferred');
  // It went to the joint meeting that was next when it was pulled in: `later`, the only one then.
  expect(linked[0].meetingId).toBe(later._id);
  expect(await cloud.call('meetings', 'demo-admin-b', { action: 'get', meetingId: next._id })).toMatchObject({
    error: { code: 'NOT_FOUND' },
  });
});

const BAD: object[] = [
  {},
  { action: 'nope' },
  { action: 'create', type: 'party', title: 't', startsAt: inAWeek(), place: 'p' },
  { action: 'create', type: 'five_step', title: '', startsAt: inAWeek(), place: 'p' },
  { action: 'create', type: 'five_step', title: 't', startsAt: 'tomorrow', place: 'p' },
  { action: 'create', type: 'other', title: 't', startsAt: inAWeek(), place: 'p' },
  { action: 'create', type: 'tea', title: 't', startsAt: inAWeek(), place: 'p', name: '凉亭' },
  { action: 'create', type: 'tea', title: 't', startsAt: inAWeek(), place: 'p', gridId: { $ne: 1 } },
  { action: 'create', type: 'tea', title: 'x'.repeat(51), startsAt: inAWeek(), place: 'p' },
  { action: 'create', type: 'tea', title: 't', startsAt: inAWeek(), place: 'p', extra: 1 },
  { action: 'propose', title: 't' },
  { action: 'propose', title: 't', content: 'x'.repeat(501) },
  { action: 'propose', meetingId: '../x', title: 't', content: 'c' },
  { action: 'review', topicId: 'x', accept: false },
  { action: 'review', topicId: 'x', accept: 'yes' },
  { action: 'review', topicId: 'x', accept: false, reason: '不', meetingId: 'm' },
  { action: 'advance' },
  { action: 'record', meetingId: 'm', topicId: 't', notes: '   ' },
  { action: 'decide', meetingId: 'm', topicId: 't', decision: 'd', ownerId: 'o', dueDate: '2025-02-30' },
  { action: 'decide', meetingId: 'm', topicId: 't', decision: 'd', ownerId: 'o', dueDate: '2025/01/01' },
  { action: 'progress', decisionId: 'd', note: 'n', done: 'true' },
  { action: 'list', cursor: 'abc' },
  { action: 'board', cursor: { $gt: '' } },
  { action: 'topics', status: 'open' },
];

it.each(BAD)('refuses %j with INVALID_ARGUMENT and writes nothing', async (event) => {
  const before = ['meetings', 'meeting_topics', 'meeting_decisions'].map((c) => cloud.store.count(c));
  expect(await cloud.call('meetings', 'demo-admin', event)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_ARGUMENT' },
  });
  expect(['meetings', 'meeting_topics', 'meeting_decisions'].map((c) => cloud.store.count(c))).toEqual(before);
});
