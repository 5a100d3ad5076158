/**
 * 召集令 (issue 14): publishing an activity that calls for 调解 sends a subscribe message to the
 * confirmed 在职党员 who offered 调解 and allowed the message — not to those without the skill, not
 * to pending registrations, not without consent — naming the activity and the skill, never a resident.
 * Calling again reaches those not yet signed up, once per round.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { activityInput } from '../support/activities';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { DEMO_PEOPLE } from '../../types/demo';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
  const reg = (openid: string, skills: string[], status: string) => ({
    _id: `c-demo_${userIdFor(openid)}`,
    communityId: 'c-demo',
    userId: userIdFor(openid),
    name: openid,
    unitId: 'unit-tax',
    partyOrg: '税务局机关党支部',
    skills,
    skillsNote: '',
    availableTimes: [],
    status,
    createdAt: new Date(),
  });
  cloud.store.insertMany('member_registrations', [
    reg('demo-party-1', ['mediation', 'legal'], 'confirmed'),
    reg('demo-party-2', ['mediation'], 'confirmed'),
    reg('demo-party-3', ['repair'], 'confirmed'), // no 调解
    reg('demo-resident-3', ['mediation'], 'pending'), // not confirmed yet
    reg('demo-grid-2', ['mediation'], 'confirmed'), // never allowed the message
  ]);
  const consent = (openid: string) => ({
    _id: userIdFor(openid),
    communityId: 'c-demo',
    counts: { activity_call: 3 },
    updatedAt: new Date(),
  });
  cloud.store.insertMany(
    'notice_subscriptions',
    ['demo-party-1', 'demo-party-2', 'demo-party-3', 'demo-resident-3'].map(consent),
  );
});
afterAll(() => cloud.close());

it('reaches confirmed members with the skill who allowed it, naming no resident', async () => {
  const before = cloud.outbox().length;
  const res = data(
    await cloud.call('activities', 'demo-admin', {
      action: 'publish',
      activity: activityInput({
        title: '邻里纠纷调解',
        category: 'mediation',
        callUp: { skills: ['mediation'], count: 3 },
      }),
    }),
  );
  expect(res.called).toBe(2);
  expect(res.activity.callUp).toMatchObject({ count: 3, skillLabels: ['矛盾调解'] });
  const sent = cloud.outbox().slice(before);
  expect(sent.map((m) => m.touser).sort()).toEqual(['demo-party-1', 'demo-party-2']);
  const text = JSON.stringify(sent.map((m) => m.data));
  expect(text).toContain('邻里纠纷调解');
  expect(text).toContain('需要矛盾调解');
  // no resident's name, room or phone in what the message says
  const residents = DEMO_PEOPLE.filter((p) => p.communityId === 'c-demo');
  for (const p of residents) for (const v of [p.name, p.phone]) expect(text).not.toContain(v);
  expect(sent[0].page).toBe(`packages/activities/detail/index?id=${res.activity._id}`);

  // 张党员 signs up; calling again reaches 陈党员 only, once however often the host taps
  data(await cloud.call('activities', 'demo-party-1', { action: 'signup', activityId: res.activity._id }));
  const mid = cloud.outbox().length;
  const again = data(await cloud.call('activities', 'demo-admin', { action: 'callUp', activityId: res.activity._id }));
  expect(again.sent).toBe(1);
  expect(
    cloud
      .outbox()
      .slice(mid)
      .map((m) => m.touser),
  ).toEqual(['demo-party-2']);
});
