/**
 * 活动 (issue 14) on the local cloud: publish, sign up and withdraw within capacity and deadline,
 * check in and out with the host's rotating code only inside the windows, hours credited from the
 * stay (capped by the activity), the host's roll, and 一键发放积分 once however often it is pressed.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { arrivedEarlier, hostCode, publish, shift, signupOf, minutesFromNow } from '../support/activities';
import { userIdFor } from '../../cloudfunctions/_shared/ids/user';
import { personHoursId } from '../../cloudfunctions/_shared/hours-ledger';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('activities', openid, event);
const pointsEntries = (openid: string, activityId: string) =>
  cloud.store.count('point_entries', { _id: `activity:${activityId}:${userIdFor(openid)}` });
const hoursOf = (openid: string) =>
  (cloud.store.find('hour_accounts', { _id: personHoursId('c-demo', userIdFor(openid)) })[0]?.totalMinutes as number) ??
  0;

describe('publish', () => {
  it('staff publish; the list shows it with its places left, upcoming first', async () => {
    const id = await publish(cloud, { title: '义诊进社区', kind: 'service', category: 'health', capacity: 4 });
    const page = data(await call('demo-resident-1', { action: 'list', when: 'upcoming', kind: 'service' }));
    const shown = page.items.find((a: { _id: string }) => a._id === id);
    expect(shown).toMatchObject({ title: '义诊进社区', placesLeft: 4, categoryLabel: '健康义诊', kindLabel: '服务' });
    expect(shown.codeSecret).toBeUndefined();
    const ends = page.items.map((a: { endAt: string }) => a.endAt);
    expect(ends).toEqual([...ends].sort());
    // another community sees none of it
    expect(await call('demo-resident-b', { action: 'get', activityId: id })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses times that make no sense, and a place of another community', async () => {
    for (const bad of [
      { startAt: minutesFromNow(60), endAt: minutesFromNow(30) },
      { startAt: minutesFromNow(-120), endAt: minutesFromNow(-60) },
      { startAt: minutesFromNow(10), endAt: minutesFromNow(10 + 25 * 60) },
      { signUpBy: minutesFromNow(20) },
    ]) {
      const res = await call('demo-admin', { action: 'publish', activity: { ...baseInput(), ...bad } });
      expect(res).toMatchObject({ ok: false, error: { reason: 'ACTIVITY_TIMES_INVALID' } });
    }
    const res = await call('demo-admin', { action: 'publish', activity: { ...baseInput(), placeId: 'nope' } });
    expect(res).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

const baseInput = () => ({
  kind: 'activity',
  category: 'volunteer',
  title: '楼道清扫',
  startAt: minutesFromNow(10),
  endAt: minutesFromNow(70),
  place: '1号楼楼下',
  capacity: 5,
  points: 8,
});

describe('sign-up and withdrawal', () => {
  it('a withdrawal frees the place; after the deadline neither is taken', async () => {
    const id = await publish(cloud, { capacity: 1 });
    data(await call('demo-resident-1', { action: 'signup', activityId: id }));
    expect(await call('demo-resident-2', { action: 'signup', activityId: id })).toMatchObject({
      error: { code: 'RESOURCE_EXHAUSTED', reason: 'ACTIVITY_FULL', message: '名额已满' },
    });
    const after = data(await call('demo-resident-1', { action: 'withdraw', activityId: id }));
    expect(after.activity.placesLeft).toBe(1);
    expect(after.mine.status).toBe('withdrawn');
    expect(data(await call('demo-resident-2', { action: 'signup', activityId: id })).activity.placesLeft).toBe(0);
    shift(cloud, id, 15); // the start (the default deadline) has passed
    expect(await call('demo-resident-2', { action: 'withdraw', activityId: id })).toMatchObject({
      error: { reason: 'ACTIVITY_SIGNUP_CLOSED' },
    });
  });
});

describe('check-in and check-out', () => {
  it('only inside the window, only with the current code, only once signed up', async () => {
    const id = await publish(cloud, { startAt: minutesFromNow(45), endAt: minutesFromNow(100) });
    data(await call('demo-party-1', { action: 'signup', activityId: id }));
    // 45 minutes ahead: no code yet, and no check-in
    expect(await call('demo-admin', { action: 'code', activityId: id })).toMatchObject({
      error: { reason: 'ACTIVITY_CHECK_IN_NOT_OPEN' },
    });
    shift(cloud, id, 20); // now 25 minutes before the start
    const code = await hostCode(cloud, id);
    expect(await call('demo-party-1', { action: 'checkIn', activityId: id, code: 'AAAAAA' })).toMatchObject({
      error: { reason: 'SIGN_IN_CODE_WRONG' },
    });
    expect(await call('demo-party-2', { action: 'checkIn', activityId: id, code })).toMatchObject({
      error: { reason: 'ACTIVITY_NOT_SIGNED_UP' },
    });
    expect(await call('demo-party-1', { action: 'checkOut', activityId: id, code })).toMatchObject({
      error: { reason: 'ACTIVITY_NOT_CHECKED_IN' },
    });
    const inside = data(await call('demo-party-1', { action: 'checkIn', activityId: id, code }));
    expect(inside.mine.checkInAt).toBeDefined();
    // a check-in cannot be withdrawn from
    expect(await call('demo-party-1', { action: 'withdraw', activityId: id })).toMatchObject({
      error: { reason: 'ACTIVITY_ALREADY_CHECKED_IN' },
    });
    // only the host (publisher or admin) sees the code
    expect(await call('demo-party-1', { action: 'code', activityId: id })).toMatchObject({
      error: { reason: 'ACTIVITY_NOT_HOST' },
    });
  });

  it('credits the stay inside the activity on check-out, with the member’s unit', async () => {
    const id = await publish(cloud);
    cloud.store.insertMany('member_registrations', [
      {
        _id: `c-demo_${userIdFor('demo-party-2')}`,
        communityId: 'c-demo',
        userId: userIdFor('demo-party-2'),
        unitId: 'unit-tax',
        name: '陈党员',
        partyOrg: '税务局机关党支部',
        skills: ['mediation'],
        skillsNote: '',
        availableTimes: [],
        status: 'confirmed',
        createdAt: new Date(),
      },
    ]);
    data(await call('demo-party-2', { action: 'signup', activityId: id }));
    shift(cloud, id, 40); // started 30 minutes ago, ends in 30
    data(await call('demo-party-2', { action: 'checkIn', activityId: id, code: await hostCode(cloud, id) }));
    arrivedEarlier(cloud, id, 'demo-party-2', 90); // "arrived" an hour before the start: counts from the start
    const before = hoursOf('demo-party-2');
    const out = data(
      await call('demo-party-2', { action: 'checkOut', activityId: id, code: await hostCode(cloud, id) }),
    );
    expect(out.mine.minutes).toBeGreaterThanOrEqual(29);
    expect(out.mine.minutes).toBeLessThanOrEqual(31);
    expect(hoursOf('demo-party-2') - before).toBe(out.mine.minutes);
    const [entry] = cloud.store.find('hour_entries', { sourceId: id });
    expect(entry).toMatchObject({ unitId: 'unit-tax', source: 'activity', userId: userIdFor('demo-party-2') });
    const unit = cloud.store.find('hour_accounts', { _id: 'hu_c-demo_unit-tax' })[0];
    expect(unit.totalMinutes).toBe(out.mine.minutes);
    // checking out again changes nothing
    data(await call('demo-party-2', { action: 'checkOut', activityId: id, code: await hostCode(cloud, id) }));
    expect(hoursOf('demo-party-2') - before).toBe(out.mine.minutes);
    const mine = data(await call('demo-party-2', { action: 'hours' }));
    expect(mine.totalMinutes).toBe(hoursOf('demo-party-2'));
    expect(mine.items[0]).toMatchObject({ minutes: out.mine.minutes, sourceLabel: '活动', reason: '活动：楼道清扫' });
  });
});

describe('roll and award', () => {
  it('awards points and hours to all who attended, once, however often pressed; no-shows get nothing', async () => {
    const id = await publish(cloud, { points: 6, capacity: 4 });
    for (const who of ['demo-resident-1', 'demo-resident-2', 'demo-resident-3', 'demo-leader-1'])
      data(await call(who, { action: 'signup', activityId: id }));
    shift(cloud, id, 40);
    const code = await hostCode(cloud, id);
    data(await call('demo-resident-1', { action: 'checkIn', activityId: id, code })); // never checks out
    // the host ticks 吴大爷 present on the roll; 郑阿姨 and 孙楼长 never come
    data(await call('demo-admin', { action: 'roll', activityId: id, userId: userIdFor('demo-resident-2') }));
    expect(await call('demo-admin', { action: 'award', activityId: id })).toMatchObject({
      error: { reason: 'ACTIVITY_NOT_ENDED' },
    });
    // a resident cannot award, tick or read the roll
    for (const event of [
      { action: 'award', activityId: id },
      { action: 'roster', activityId: id },
      { action: 'roll', activityId: id, userId: userIdFor('demo-resident-3') },
    ])
      expect(await call('demo-resident-3', event)).toMatchObject({ error: { reason: 'ACTIVITY_NOT_HOST' } });
    const rosterPage = data(await call('demo-admin', { action: 'roster', activityId: id }));
    expect(rosterPage.items).toHaveLength(4);
    shift(cloud, id, 60); // ended 30 minutes ago
    const h1 = hoursOf('demo-resident-1');
    const [first, second] = await Promise.all([
      call('demo-admin', { action: 'award', activityId: id }),
      call('demo-admin', { action: 'award', activityId: id }),
    ]);
    expect(data(first).awarded + data(second).awarded).toBe(2);
    const again = data(await call('demo-admin', { action: 'award', activityId: id }));
    expect(again.awarded).toBe(0);
    expect(again.detail.activity).toMatchObject({ status: 'closed', attendedCount: 2 });
    for (const who of ['demo-resident-1', 'demo-resident-2']) expect(pointsEntries(who, id)).toBe(1);
    for (const who of ['demo-resident-3', 'demo-leader-1']) expect(pointsEntries(who, id)).toBe(0);
    expect(signupOf(cloud, id, 'demo-resident-3')).toMatchObject({ absent: true, attended: false });
    // 周奶奶 checked in at -30 min of the start... the auto check-out credits to the end: ~60 minutes
    expect(signupOf(cloud, id, 'demo-resident-1')).toMatchObject({ checkOutVia: 'auto', points: 6 });
    expect(hoursOf('demo-resident-1') - h1).toBeGreaterThanOrEqual(29);
    expect(cloud.store.count('hour_entries', { sourceId: id })).toBe(2);
    // closed: no more check-ins, ticks or sign-ups
    expect(await call('demo-resident-3', { action: 'signup', activityId: id })).toMatchObject({
      error: { reason: 'ACTIVITY_CLOSED' },
    });
  });
});

describe('paging', () => {
  it('the list pages 20 at a time by the cursor it answers, each activity once, soonest end first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 23; i++)
      ids.push(await publish(cloud, { kind: 'service', category: 'safety', endAt: minutesFromNow(100 + i) }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = data(
        await call('demo-resident-1', {
          action: 'list',
          when: 'upcoming',
          category: 'safety',
          ...(cursor ? { cursor } : {}),
        }),
      );
      expect(page.items.length).toBeLessThanOrEqual(20);
      seen.push(...page.items.map((a: { _id: string }) => a._id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });
});
