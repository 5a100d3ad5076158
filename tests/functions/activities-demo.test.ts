/**
 * The demo's activities (npm start, issue 14): the lists show them, the past one's hours and points
 * are on the people who came and reconcile with the ledgers from the first minute, and today's
 * takes check-ins with the host's code.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import {
  DEMO_ACTIVITY_CALL,
  DEMO_ACTIVITY_PAST,
  DEMO_ACTIVITY_SHOW,
  DEMO_ACTIVITY_TODAY,
} from '../../scripts/demo-activities';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ demoPoints: true, demoActivities: true });
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('activities', openid, event);

it('lists today’s, the 召集令’s and the show as upcoming, the cleaning as past', async () => {
  const up = data(await call('demo-resident-1', { action: 'list', when: 'upcoming' }));
  expect(up.items.map((a: { _id: string }) => a._id)).toEqual([
    DEMO_ACTIVITY_TODAY,
    DEMO_ACTIVITY_CALL,
    DEMO_ACTIVITY_SHOW,
  ]);
  expect(up.items[1].callUp).toMatchObject({ count: 3, skillLabels: ['矛盾调解'] });
  const past = data(await call('demo-resident-1', { action: 'list', when: 'past' }));
  expect(past.items[0]).toMatchObject({ _id: DEMO_ACTIVITY_PAST, status: 'closed', attendedCount: 3 });
});

it('credits the past activity to those who came: hours and points, reconciled', async () => {
  const hours = data(await call('demo-party-3', { action: 'hours' }));
  expect(hours).toMatchObject({ totalMinutes: 120, entryCount: 1 });
  expect(hours.items[0]).toMatchObject({ reason: '活动：楼道清扫志愿服务', minutes: 120 });
  expect(data(await cloud.call('points', 'demo-resident-3', { action: 'balance' }))).toMatchObject({ balance: 5 });
  // 吴大爷 signed up and did not come: no hours, and 缺席
  expect(data(await call('demo-resident-2', { action: 'hours' })).totalMinutes).toBe(0);
  expect(data(await call('demo-resident-2', { action: 'get', activityId: DEMO_ACTIVITY_PAST })).mine).toMatchObject({
    absent: true,
  });
  const run = data(await cloud.call('points-timer', null, {}));
  expect(run.report.breaches).toEqual([]);
});

it('today’s takes 周奶奶’s check-in with 李书记’s code', async () => {
  const { code } = data(await call('demo-admin', { action: 'code', activityId: DEMO_ACTIVITY_TODAY }));
  const after = data(await call('demo-resident-1', { action: 'checkIn', activityId: DEMO_ACTIVITY_TODAY, code }));
  expect(after.mine.checkInAt).toBeDefined();
});

it('我的报名 in the demo: 张党员 has two to come, 刘党员 one 已签退 with its hours, 吴大爷 one 缺席', async () => {
  const mine = async (openid: string, when: string) =>
    data(await call(openid, { action: 'mine', when })).items.map((r: any) => [
      r.activity._id,
      r.stateLabel,
      r.signup.minutes,
    ]);
  expect(await mine('demo-party-1', 'upcoming')).toEqual([
    [DEMO_ACTIVITY_TODAY, '已报名', undefined],
    [DEMO_ACTIVITY_CALL, '已报名', undefined],
  ]);
  expect(await mine('demo-party-1', 'past')).toEqual([]);
  expect(await mine('demo-party-3', 'past')).toEqual([[DEMO_ACTIVITY_PAST, '已签退', 120]]);
  expect(await mine('demo-resident-2', 'past')).toEqual([[DEMO_ACTIVITY_PAST, '缺席', undefined]]);
});
