/**
 * The demo's activities (issue 14), so a newcomer sees 活动清单 working right after `npm start`:
 * - 「楼道清扫志愿服务」 three days ago, closed: 刘党员, 孙楼长 and 郑阿姨 came (checked in and out,
 *   hours credited, 5 积分 each); 吴大爷 signed up and did not come (缺席).
 * - 「健康义诊进社区」 today, starting 20 minutes after the seed: its check-in is open. 李书记
 *   (demo-admin) opens it → 主持 to show the QR code; 周奶奶 (signed up) types the code to 签到.
 * - 「邻里纠纷调解」 in three days, a 服务 with a 召集令 for 3 members who can mediate (张党员 is in).
 * - 「重阳节文艺汇演」 in a week, open for sign-up.
 * Hours and points are written as the ledgers write them: entries, accounts, and the 红榜 counters
 * the entries imply, so reconciliation finds nothing to repair.
 */
import { DEMO_BUILDINGS, DEMO_PEOPLE } from '../types/demo';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { accountIdFor } from '../cloudfunctions/_shared/ids/points';
import { signupIdFor } from '../cloudfunctions/_shared/ids/activities';
import { personHoursId } from '../cloudfunctions/_shared/hours-ledger';
import { activityDoc, signupDoc } from '../cloudfunctions/activities/model';
import { newSignInSecret } from '../cloudfunctions/_shared/rotating-code';
import { hourCauses } from '../domain/hours/credit';
import { causes } from '../domain/points/causes';
import { countersOf } from '../domain/points/boards';
import type { SeedTarget } from './demo-seed';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
export const DEMO_ACTIVITY_PAST = 'demo-activity-past';
export const DEMO_ACTIVITY_TODAY = 'demo-activity-today';
export const DEMO_ACTIVITY_CALL = 'demo-activity-call';
export const DEMO_ACTIVITY_SHOW = 'demo-activity-show';

const person = (openid: string) => {
  const p = DEMO_PEOPLE.find((x) => x.openid === openid);
  if (!p) throw new Error(`demo person ${openid} missing`);
  const gridId = DEMO_BUILDINGS.find((b) => b._id === p.buildingId)?.gridId ?? '';
  return { userId: userIdFor(openid), name: p.name, gridId };
};

/**
 * Who came to the past activity, and how long they stayed (minutes inside its two hours). None of
 * them has other seeded points or hours (demo-seed.ts balances, demo-wishes.ts' 陈党员), so each
 * account is theirs alone and a clash fails the seed loudly (duplicate _id).
 */
const PAST_ATTENDEES: { openid: string; minutes: number }[] = [
  { openid: 'demo-party-3', minutes: 120 },
  { openid: 'demo-leader-1', minutes: 90 },
  { openid: 'demo-resident-3', minutes: 110 },
];
const PAST_POINTS = 5;

/** The store the seed writes to: counters other seeds wrote are added to, not written twice. */
export type CounterStore = SeedTarget & {
  find(coll: string, query: Record<string, unknown>): Record<string, unknown>[];
  applyChanges(
    changes: { coll: string; key: string; before: Record<string, unknown>; after: Record<string, unknown> }[],
  ): void;
};

/** The 红榜 counters the entries imply, added to those the opening balances (demo-seed.ts) wrote. */
async function addCounters(store: CounterStore, entries: Parameters<typeof countersOf>[0], at: Date): Promise<void> {
  const fresh: Record<string, unknown>[] = [];
  for (const [_id, c] of countersOf(entries)) {
    const [before] = store.find('point_counters', { _id });
    if (!before) fresh.push({ _id, ...c, updatedAt: at });
    else {
      const after = {
        ...before,
        points: Number(before.points) + c.points,
        entries: Number(before.entries) + c.entries,
      };
      store.applyChanges([{ coll: 'point_counters', key: _id, before, after }]);
    }
  }
  if (fresh.length) await store.insertMany('point_counters', fresh);
}

export async function seedDemoActivities(
  store: CounterStore,
  now: Date,
  unitOf: (userId: string) => string,
): Promise<void> {
  const host = person('demo-admin');
  const base = {
    communityId: 'c-demo',
    gridId: '',
    hostId: host.userId,
    hostName: host.name,
    callUpRound: 0,
    createdAt: now,
  };
  const at = (ms: number) => new Date(now.getTime() + ms);
  const pastStart = at(-3 * DAY);
  const pastEnd = at(-3 * DAY + 120 * MIN);
  const todayStart = at(20 * MIN);
  const callStart = at(3 * DAY);
  const showStart = at(7 * DAY);
  const activities = [
    {
      ...base,
      _id: DEMO_ACTIVITY_PAST,
      kind: 'activity',
      category: 'environment',
      title: '楼道清扫志愿服务',
      startAt: pastStart,
      endAt: pastEnd,
      signUpBy: pastStart,
      place: '1号楼、2号楼楼道',
      capacity: 10,
      signedUp: PAST_ATTENDEES.length + 1,
      points: PAST_POINTS,
      area: 'environment',
      status: 'closed',
      attendedCount: PAST_ATTENDEES.length,
      closedAt: pastEnd,
    },
    {
      ...base,
      _id: DEMO_ACTIVITY_TODAY,
      kind: 'service',
      category: 'health',
      title: '健康义诊进社区',
      description: '社区卫生服务站医生免费量血压、测血糖，党员志愿者协助引导。',
      startAt: todayStart,
      endAt: at(20 * MIN + 180 * MIN),
      signUpBy: todayStart,
      place: '示范社区党群服务中心',
      placeId: 'place-demo-center',
      capacity: 30,
      signedUp: 2,
      points: 5,
      area: 'public_service',
      status: 'open',
      attendedCount: 0,
    },
    {
      ...base,
      _id: DEMO_ACTIVITY_CALL,
      kind: 'service',
      category: 'mediation',
      title: '邻里纠纷调解',
      description: '3号楼噪音纠纷，哪些同志有时间参与调解请报名。',
      startAt: callStart,
      endAt: at(3 * DAY + 120 * MIN),
      signUpBy: at(3 * DAY - 60 * MIN),
      place: '社区调解室',
      capacity: 5,
      signedUp: 1,
      points: 10,
      area: 'governance',
      callUp: { skills: ['mediation'], count: 3 },
      status: 'open',
      attendedCount: 0,
    },
    {
      ...base,
      _id: DEMO_ACTIVITY_SHOW,
      kind: 'activity',
      category: 'culture',
      title: '重阳节文艺汇演',
      startAt: showStart,
      endAt: at(7 * DAY + 150 * MIN),
      signUpBy: at(6 * DAY),
      place: '社区广场',
      capacity: 40,
      signedUp: 0,
      points: 3,
      area: 'virtue',
      status: 'open',
      attendedCount: 0,
    },
  ].map((a) => activityDoc.parse({ ...a, codeSecret: newSignInSecret() }));
  await store.insertMany('activities', activities);

  const endOf = new Map(activities.map((a) => [a._id, a.endAt]));
  const signup = (activityId: string, openid: string, signedAt: Date, rest: Record<string, unknown> = {}) => {
    const p = person(openid);
    return signupDoc.parse({
      _id: signupIdFor(activityId, p.userId),
      communityId: 'c-demo',
      activityId,
      userId: p.userId,
      name: p.name,
      status: 'signed',
      signedAt,
      endAt: endOf.get(activityId),
      attended: false,
      ...rest,
    });
  };
  const signedPast = at(-4 * DAY);
  const signups = [
    ...PAST_ATTENDEES.map(({ openid, minutes }) =>
      signup(DEMO_ACTIVITY_PAST, openid, signedPast, {
        attended: true,
        checkInAt: new Date(pastStart.getTime() - 5 * MIN),
        checkInVia: 'code',
        checkOutAt: new Date(pastStart.getTime() + minutes * MIN),
        checkOutVia: 'code',
        minutes,
        points: PAST_POINTS,
        awarded: true,
      }),
    ),
    signup(DEMO_ACTIVITY_PAST, 'demo-resident-2', signedPast, { absent: true }),
    signup(DEMO_ACTIVITY_TODAY, 'demo-resident-1', at(-DAY)),
    signup(DEMO_ACTIVITY_TODAY, 'demo-party-1', at(-DAY)),
    signup(DEMO_ACTIVITY_CALL, 'demo-party-1', at(-60 * MIN)),
  ];
  await store.insertMany('activity_signups', signups);

  // The past activity's hours and points, as postHours and postEntry write them.
  const hours = PAST_ATTENDEES.map(({ openid, minutes }) => {
    const p = person(openid);
    return {
      _id: hourCauses.activity(DEMO_ACTIVITY_PAST, p.userId),
      communityId: 'c-demo',
      userId: p.userId,
      unitId: unitOf(p.userId),
      minutes,
      source: 'activity',
      sourceId: DEMO_ACTIVITY_PAST,
      reason: '活动：楼道清扫志愿服务',
      actorId: host.userId,
      at: pastEnd,
    };
  });
  await store.insertMany('hour_entries', hours);
  await store.insertMany(
    'hour_accounts',
    hours.map((h) => ({
      _id: personHoursId('c-demo', h.userId),
      communityId: 'c-demo',
      holder: 'person',
      holderId: h.userId,
      totalMinutes: h.minutes,
      entryCount: 1,
      updatedAt: pastEnd,
    })),
  );
  const entries = PAST_ATTENDEES.map(({ openid }) => {
    const p = person(openid);
    return {
      _id: causes.activity(DEMO_ACTIVITY_PAST, p.userId),
      accountId: accountIdFor('c-demo', p.userId),
      communityId: 'c-demo',
      userId: p.userId,
      gridId: p.gridId,
      kind: 'earn',
      amount: PAST_POINTS,
      lifetimeDelta: PAST_POINTS,
      area: 'environment',
      reason: '参加活动：楼道清扫志愿服务',
      actorId: host.userId,
      balanceAfter: PAST_POINTS,
      at: pastEnd,
    };
  });
  await store.insertMany('point_entries', entries);
  await addCounters(store, entries, pastEnd);
  await store.insertMany(
    'point_accounts',
    entries.map((e) => ({
      _id: e.accountId,
      communityId: 'c-demo',
      userId: e.userId,
      gridId: e.gridId,
      balance: PAST_POINTS,
      lifetime: PAST_POINTS,
      entryCount: 1,
      createdAt: pastEnd,
      updatedAt: pastEnd,
    })),
  );
}
