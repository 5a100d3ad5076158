/**
 * Races on activities (issue 14): capacity holds when many sign up at once, a freed place goes to
 * exactly one more, a person tapping twice is one sign-up, and racing scans check in once.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { DEMO_C, arrivedEarlier, hostCode, publish, shift, signupOf } from '../support/activities';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('activities', openid, event);
const signed = (activityId: string) => cloud.store.count('activity_signups', { activityId, status: 'signed' });
const counter = (activityId: string) => cloud.store.find('activities', { _id: activityId })[0].signedUp;

it('capacity 3, ten sign up at once: exactly three in, seven told 名额已满', async () => {
  const id = await publish(cloud, { capacity: 3 });
  const ten = DEMO_C.slice(0, 10);
  const answers = await Promise.all(ten.map((who) => call(who, { action: 'signup', activityId: id })));
  const won = answers.filter((a) => a.ok);
  const full = answers.filter((a) => !a.ok && (a.error as { reason?: string }).reason === 'ACTIVITY_FULL');
  expect(won).toHaveLength(3);
  expect(full).toHaveLength(7);
  expect(signed(id)).toBe(3);
  expect(counter(id)).toBe(3);

  // one withdraws; the seven try again at once: exactly one takes the freed place
  const inside = ten.filter((_, i) => answers[i].ok);
  const outside = ten.filter((_, i) => !answers[i].ok);
  data(await call(inside[0], { action: 'withdraw', activityId: id }));
  const retry = await Promise.all(outside.map((who) => call(who, { action: 'signup', activityId: id })));
  expect(retry.filter((a) => a.ok)).toHaveLength(1);
  expect(signed(id)).toBe(3);
  expect(counter(id)).toBe(3);
});

it('one person tapping 报名 five times at once is one sign-up', async () => {
  const id = await publish(cloud, { capacity: 5 });
  const answers = await Promise.all(
    Array.from({ length: 5 }, () => call('demo-resident-1', { action: 'signup', activityId: id })),
  );
  expect(answers.every((a) => a.ok)).toBe(true);
  expect(signed(id)).toBe(1);
  expect(counter(id)).toBe(1);
  // and withdrawing five times at once frees one place, not five
  await Promise.all(Array.from({ length: 5 }, () => call('demo-resident-1', { action: 'withdraw', activityId: id })));
  expect(counter(id)).toBe(0);
});

it('racing scans and a roll tick check a person in once', async () => {
  const id = await publish(cloud);
  data(await call('demo-resident-2', { action: 'signup', activityId: id }));
  shift(cloud, id, 15); // 5 minutes after the start
  const code = await hostCode(cloud, id);
  const answers = await Promise.all([
    ...Array.from({ length: 6 }, () => call('demo-resident-2', { action: 'checkIn', activityId: id, code })),
    call('demo-admin', { action: 'roll', activityId: id, userId: signupOf(cloud, id, 'demo-resident-2').userId }),
  ]);
  expect(answers.every((a) => a.ok)).toBe(true);
  const s = signupOf(cloud, id, 'demo-resident-2');
  expect(s.attended).toBe(true);
  expect(s.checkInAt).toBeDefined();
  // racing check-outs credit the hours once (from the start: they came early)
  arrivedEarlier(cloud, id, 'demo-resident-2', 30);
  await Promise.all(
    Array.from({ length: 4 }, () => call('demo-resident-2', { action: 'checkOut', activityId: id, code })),
  );
  expect(cloud.store.count('hour_entries', { sourceId: id })).toBe(1);
  expect(signupOf(cloud, id, 'demo-resident-2').checkOutAt).toBeDefined();
});
