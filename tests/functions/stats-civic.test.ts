/**
 * 数据看板's 议事 and 楼栋通知 figures follow the real functions: a meeting counts when scheduled and
 * as 已召开 once past deliberation, a decision as 按期落实 when reported done before its due day ends,
 * a notice with the households it reached and those that read it — and stats-timer's recount
 * agrees (no drift), so the counters and the documents tell the same story.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { advance, deliberating } from '../support/meetings';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const civic = async () =>
  data(await cloud.call('stats', 'demo-admin', { action: 'dashboard', period: 'month' })).current.civic;

test('a meeting held, its decision done on time, a notice read by one household of its building', async () => {
  expect(await civic()).toMatchObject({ meetings: 0, decisions: 0, notices: 0 });
  const { meeting, topic } = await deliberating(cloud);
  expect(await civic()).toMatchObject({ meetings: 1, meetingsHeld: 0 });
  const { decision } = data(
    await cloud.call('meetings', 'demo-admin', {
      action: 'decide',
      meetingId: meeting._id,
      topicId: topic._id,
      decision: '车棚加装 20 个充电口',
      ownerId: userIdFor('demo-property-1'),
      dueDate: '2999-12-31',
    }),
  );
  await advance(cloud, meeting._id, 1); // 公布决策: past deliberation
  expect(await civic()).toMatchObject({ meetings: 1, meetingsHeld: 1, decisions: 1, decisionsOnTime: 0 });
  data(
    await cloud.call('meetings', 'demo-admin', {
      action: 'progress',
      decisionId: decision._id,
      note: '已安装',
      done: true,
    }),
  );
  expect(await civic()).toMatchObject({ decisions: 1, decisionsDone: 1, decisionsOnTime: 1 });

  const { notice } = data(
    await cloud.call('notices', 'demo-leader-1', {
      action: 'post',
      scope: { buildingId: 'b-demo-1-1' },
      kind: 'notice',
      title: '停水通知',
      content: '明天上午 9 点到 12 点停水，请提前储水。',
    }),
  );
  const reached = cloud.store.find('notice_households', { noticeId: notice._id }).length;
  expect(reached).toBeGreaterThan(0);
  data(await cloud.call('notices', 'demo-resident-1', { action: 'get', noticeId: notice._id }));
  data(await cloud.call('notices', 'demo-resident-1', { action: 'get', noticeId: notice._id })); // twice: one household, once
  const after = await civic();
  expect(after.notices).toBe(1);
  expect(after.noticeReadRate).toMatchObject({ numerator: 1, denominator: reached });

  const report = data(await cloud.call('stats-timer', null, { action: 'run' })).report;
  expect(report.drifts).toEqual([]);
});
