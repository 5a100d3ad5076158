/**
 * 我的报名 (issue 14, activities `mine`): what a person signed up for, in one place — upcoming
 * (soonest end first) or past (latest end first), 20 a page, each with 我的状态 (已报名, 已签到,
 * 已签退, 缺席) and the hours credited; withdrawn sign-ups and other people's are not in it.
 */
import { startTestCloud, data, type TestCloud } from '../support/cloud';
import { arrivedEarlier, hostCode, publish, shift, minutesFromNow } from '../support/activities';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

const call = (openid: string, event: object) => cloud.call('activities', openid, event);
type Row = { activity: { _id: string; title: string; endAt: string }; state: string; stateLabel: string; signup: any };

async function all(openid: string, when: 'upcoming' | 'past'): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  do {
    const page = data(await call(openid, { action: 'mine', when, ...(cursor ? { cursor } : {}) }));
    expect(page.items.length).toBeLessThanOrEqual(20);
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

it('shows each state and the hours: 已报名, 已签到, 已签退 with its minutes, 缺席; never a withdrawn one', async () => {
  const who = 'demo-resident-2';
  const [signedOnly, checkedIn, checkedOut, missed, withdrawn] = await Promise.all(
    ['只报了名', '签到了', '签退了', '没来', '取消了'].map((title, i) =>
      publish(cloud, { title, startAt: minutesFromNow(10 + i), endAt: minutesFromNow(70 + i) }),
    ),
  );
  for (const id of [signedOnly, checkedIn, checkedOut, missed, withdrawn])
    data(await call(who, { action: 'signup', activityId: id }));
  data(await call(who, { action: 'withdraw', activityId: withdrawn }));
  // 签到了 and 签退了 are under way (started 30 minutes ago); 没来 has ended with no check-in.
  shift(cloud, checkedIn, 40);
  shift(cloud, checkedOut, 40);
  shift(cloud, missed, 200);
  for (const id of [checkedIn, checkedOut])
    data(await call(who, { action: 'checkIn', activityId: id, code: await hostCode(cloud, id) }));
  arrivedEarlier(cloud, checkedOut, who, 30);
  data(await call(who, { action: 'checkOut', activityId: checkedOut, code: await hostCode(cloud, checkedOut) }));

  const upcoming = await all(who, 'upcoming');
  expect(upcoming.map((r) => [r.activity.title, r.stateLabel])).toEqual([
    ['签到了', '已签到'],
    ['签退了', '已签退'],
    ['只报了名', '已报名'],
  ]);
  const ends = upcoming.map((r) => r.activity.endAt);
  expect(ends).toEqual([...ends].sort());
  const out = upcoming.find((r) => r.state === 'checked_out')!;
  // the hours shown are those the ledger credited for the stay (about 28 minutes of it)
  const [entry] = cloud.store.find('hour_entries', { sourceId: checkedOut });
  expect(entry.minutes).toBeGreaterThan(20);
  expect(out.signup.minutes).toBe(entry.minutes);
  expect(upcoming.find((r) => r.state === 'signed')!.signup.minutes).toBeUndefined();

  const past = await all(who, 'past');
  expect(past.map((r) => [r.activity.title, r.stateLabel])).toEqual([['没来', '缺席']]);
  // nobody else's sign-ups, and another person's list does not hold these
  expect((await all('demo-resident-1', 'upcoming')).map((r) => r.activity._id)).not.toContain(signedOnly);
});

it('pages 22 sign-ups 20 at a time, each once, soonest end first; past ones latest end first', async () => {
  const who = 'demo-resident-3';
  const ids: string[] = [];
  for (let i = 0; i < 22; i += 1) {
    const id = await publish(cloud, { title: `第${i}场`, startAt: minutesFromNow(10), endAt: minutesFromNow(30 + i) });
    data(await call(who, { action: 'signup', activityId: id }));
    ids.push(id);
  }
  const first = data(await call(who, { action: 'mine', when: 'upcoming' }));
  expect(first.items).toHaveLength(20);
  expect(first.nextCursor).toBeDefined();
  const rows = await all(who, 'upcoming');
  expect(rows.map((r) => r.activity._id)).toEqual(ids);
  for (const id of ids.slice(0, 3)) shift(cloud, id, 200);
  const past = await all(who, 'past');
  expect(past.map((r) => r.activity._id)).toEqual(ids.slice(0, 3).reverse());
  expect(past.every((r) => r.stateLabel === '缺席')).toBe(true);
  expect((await all(who, 'upcoming')).map((r) => r.activity._id)).toEqual(ids.slice(3));
});

it('refuses a list without upcoming or past', async () => {
  expect(await call('demo-resident-1', { action: 'mine' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_ARGUMENT' },
  });
});
