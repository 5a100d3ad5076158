/**
 * One call per user action: every action taken on a meeting's page answers the meeting as `get`
 * then shows it to the same person (types WithDetail), so the page never fetches it again.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { advance, createMeeting, signInCode } from '../support/meetings';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('meetings', openid, event);

/** The action's `detail` must equal what `get` shows the same person right after it. */
async function answersAsGet(openid: string, event: { action: string } & Record<string, unknown>, meetingId: string) {
  const answer = data(await call(openid, event));
  const shown = data(await call(openid, { action: 'get', meetingId }));
  expect(answer.detail).toEqual(shown);
  return answer;
}

it('propose, advance, attend, record, decide, publish and progress answer the whole meeting', async () => {
  const meeting = await createMeeting(cloud);
  const id = meeting._id;
  const { topic, detail } = await answersAsGet(
    'demo-resident-1',
    { action: 'propose', meetingId: id, title: '增设充电桩', content: '电动车在楼道充电危险' },
    id,
  );
  expect(detail.topics.map((t: { _id: string }) => t._id)).toContain(topic._id);
  await answersAsGet('demo-admin', { action: 'advance', meetingId: id }, id);
  data(await call('demo-admin', { action: 'review', topicId: topic._id, accept: true }));
  await answersAsGet('demo-admin', { action: 'advance', meetingId: id }, id);
  const code = await signInCode(cloud, id);
  const attended = await answersAsGet('demo-resident-1', { action: 'attend', meetingId: id, code }, id);
  expect(attended.detail.attendees).toHaveLength(1);
  await answersAsGet('demo-admin', { action: 'record', meetingId: id, topicId: topic._id, notes: '同意装' }, id);
  const { decision } = await answersAsGet(
    'demo-admin',
    {
      action: 'decide',
      meetingId: id,
      topicId: topic._id,
      decision: '车棚加装 20 个充电口',
      ownerId: userIdFor('demo-property-1'),
      dueDate: '2999-12-31',
    },
    id,
  );
  await advance(cloud, id, 1);
  await answersAsGet('demo-admin', { action: 'publish', meetingId: id }, id);
  await advance(cloud, id, 1);
  const progressed = await answersAsGet(
    'demo-admin',
    { action: 'progress', decisionId: decision._id, note: '已安装', done: true },
    id,
  );
  expect(progressed.detail.decisions[0]).toMatchObject({ _id: decision._id, done: true });
});

it('a topic proposed to the community pool answers no meeting', async () => {
  const res = data(
    await call('demo-resident-2', { action: 'propose', title: '广场舞噪音', content: '九点后还有音乐' }),
  );
  expect(res.topic.meetingId).toBeUndefined();
  expect(res.detail).toBeUndefined();
});
