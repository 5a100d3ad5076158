/**
 * Property (issue 14): after any mix of sign-ups and withdrawals, check-ins and check-outs (some
 * racing), arrivals earlier than the scan, roll ticks and awards (pressed once, twice or at once)
 * over a few activities, on the local cloud:
 * - each person's hour account totalMinutes = Σ their hour entries' minutes, entryCount = their count,
 *   and each 共建单位's likewise; no entry exceeds its activity's length; none is negative;
 * - each person's points account balance and lifetime = Σ their point entries; at most one activity
 *   entry per person per activity, and only for those who attended;
 * - each activity's signedUp counter = its sign-ups with status 'signed' ≤ capacity.
 */
import fc from 'fast-check';
import { startTestCloud, type TestCloud } from '../support/cloud';
import { arrivedEarlier, hostCode, publish, shift, signupOf } from '../support/activities';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';

let cloud: TestCloud;
const PEOPLE = ['demo-party-1', 'demo-party-2', 'demo-resident-1', 'demo-resident-2', 'demo-leader-1'];
beforeAll(async () => {
  cloud = await startTestCloud();
  // two of them serve for a 共建单位, so unit accounts move too
  cloud.store.insertMany(
    'member_registrations',
    ['demo-party-1', 'demo-party-2'].map((openid) => ({
      _id: `c-demo_${userIdFor(openid)}`,
      communityId: 'c-demo',
      userId: userIdFor(openid),
      name: openid,
      unitId: 'unit-prop',
      partyOrg: '机关党支部',
      skills: [],
      skillsNote: '',
      availableTimes: [],
      status: 'confirmed',
      createdAt: new Date(),
    })),
  );
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('activities', openid, event);

type Before = { type: 'signup' | 'withdraw'; who: number; times: number };
type During =
  | { type: 'checkIn' | 'checkOut' | 'roll'; who: number; times: number }
  | { type: 'early'; who: number; minutes: number };
type Plan = { capacity: number; before: Before[]; during: During[]; presses: number; together: boolean };

const who = fc.integer({ min: 0, max: PEOPLE.length - 1 });
const times = fc.integer({ min: 1, max: 3 });
const planArb: fc.Arbitrary<Plan> = fc.record({
  capacity: fc.integer({ min: 1, max: 4 }),
  before: fc.array(fc.record({ type: fc.constantFrom('signup' as const, 'withdraw' as const), who, times }), {
    minLength: 1,
    maxLength: 8,
  }),
  during: fc.array(
    fc.oneof(
      fc.record({ type: fc.constantFrom('checkIn' as const, 'checkOut' as const, 'roll' as const), who, times }),
      fc.record({ type: fc.constant('early' as const), who, minutes: fc.integer({ min: 1, max: 120 }) }),
    ),
    { maxLength: 10 },
  ),
  presses: fc.integer({ min: 1, max: 3 }),
  together: fc.boolean(),
});

async function run(plan: Plan): Promise<void> {
  const id = await publish(cloud, { capacity: plan.capacity, points: 5 });
  for (const c of plan.before) {
    await Promise.all(Array.from({ length: c.times }, () => call(PEOPLE[c.who], { action: c.type, activityId: id })));
  }
  shift(cloud, id, 40); // running: began 30 minutes ago, ends in 30
  for (const c of plan.during) {
    const person = PEOPLE[c.who];
    if (c.type === 'early') {
      if (signupOf(cloud, id, person)?.checkInAt && !signupOf(cloud, id, person)?.checkOutAt)
        arrivedEarlier(cloud, id, person, c.minutes);
      continue;
    }
    const event =
      c.type === 'roll'
        ? { action: 'roll', activityId: id, userId: userIdFor(person) }
        : { action: c.type, activityId: id, code: await hostCode(cloud, id) };
    await Promise.all(Array.from({ length: c.times }, () => call(c.type === 'roll' ? 'demo-admin' : person, event)));
  }
  shift(cloud, id, 45); // ended 15 minutes ago
  const press = () => call('demo-admin', { action: 'award', activityId: id });
  if (plan.together) await Promise.all(Array.from({ length: plan.presses }, press));
  else for (let i = 0; i < plan.presses; i++) await press();
}

function checkInvariants(): void {
  const entries = cloud.store.find('hour_entries');
  for (const account of cloud.store.find('hour_accounts')) {
    const mine = entries.filter((e) => (account.holder === 'person' ? e.userId : e.unitId) === account.holderId);
    expect(account.totalMinutes).toBe(mine.reduce((n, e) => n + (e.minutes as number), 0));
    expect(account.entryCount).toBe(mine.length);
  }
  for (const e of entries) {
    expect(e.minutes).toBeGreaterThan(0);
    expect(e.minutes).toBeLessThanOrEqual(60); // the activity lasts an hour
  }
  const points = cloud.store.find('point_entries');
  for (const account of cloud.store.find('point_accounts')) {
    const mine = points.filter((e) => e.userId === account.userId);
    expect(account.balance).toBe(mine.reduce((n, e) => n + (e.amount as number), 0));
    expect(account.lifetime).toBe(mine.reduce((n, e) => n + (e.lifetimeDelta as number), 0));
    expect(account.balance).toBeGreaterThanOrEqual(0);
  }
  for (const a of cloud.store.find('activities')) {
    const signed = cloud.store.count('activity_signups', { activityId: a._id, status: 'signed' });
    expect(a.signedUp).toBe(signed);
    expect(signed).toBeLessThanOrEqual(a.capacity as number);
    for (const s of cloud.store.find('activity_signups', { activityId: a._id })) {
      const earned = cloud.store.count('point_entries', { _id: `activity:${a._id}:${s.userId}` });
      expect(earned).toBe(a.status === 'closed' && s.attended && s.status === 'signed' ? 1 : 0);
    }
  }
}

it('hours and points always equal the sum of their entries', async () => {
  await fc.assert(
    fc.asyncProperty(planArb, async (plan) => {
      await run(plan);
      checkInvariants();
    }),
    { numRuns: 12 },
  );
}, 240_000);
