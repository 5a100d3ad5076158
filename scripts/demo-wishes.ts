/**
 * Demo 微心愿 (issue 14), so a newcomer sees every step right after `npm start`:
 *   待审核 — 郑阿姨 (3号楼) wants her grandson helped with homework: in 李书记's 心愿审核;
 *   待认领 — 周奶奶 wants to learn video calls; 孙楼长 posted one for 吴大爷 (a walking frame): on the wall;
 *   已认领 — 张党员 claimed 孙楼长's wish for 吴大爷 (fix an old radio): in his 我认领的;
 *   待确认 — 张党员 fulfilled 周奶奶's wish (a new light in the stairwell at home): she can 确认圆梦;
 *   已圆梦 — 陈党员 fulfilled 吴大爷's wish (reading glasses), confirmed: with its points entry, hours
 *            entry and the community's 圆梦 count, written as the function would have written them.
 * Stored wishes hold ids only, never a name or room (cloudfunctions/wishes/model.ts).
 */
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { accountIdFor } from '../cloudfunctions/_shared/ids/points';
import { personHoursId } from '../cloudfunctions/_shared/hours-ledger';
import { causes } from '../domain/points/causes';
import { hourCauses } from '../domain/hours/credit';
import type { countersOf } from '../domain/points/boards';
import { chinaDayAfter } from '../domain/china-time';
import { DEFAULT_WISH_SETTINGS } from '../domain/wishes/settings';
import type { WishCategory, WishStatus } from '../types/wishes';
import type { SeedTarget } from './demo-seed';

const HOUR = 3600_000;
const uid = userIdFor;

interface DemoWish {
  _id: string;
  title: string;
  description: string;
  category: WishCategory;
  status: WishStatus;
  poster: string;
  beneficiary: string;
  buildingId: string;
  gridId: string;
  claimer?: string;
  note?: string;
  minutes?: number;
  /** hours before now it was posted */
  age: number;
}

export const DEMO_WISHES: DemoWish[] = [
  {
    _id: 'w-demo-homework',
    title: '孙子作业想请人辅导',
    description: '孙子上三年级，数学作业我辅导不了，想请人每周帮忙辅导一次。',
    category: 'child',
    status: 'pending_review',
    poster: 'demo-resident-3',
    beneficiary: 'demo-resident-3',
    buildingId: 'b-demo-2-1',
    gridId: 'g-demo-2',
    age: 3,
  },
  {
    _id: 'w-demo-video-call',
    title: '想学用手机视频通话',
    description: '孩子在外地工作，想学会用微信和他们视频，看看孙女。',
    category: 'elderly',
    status: 'open',
    poster: 'demo-resident-1',
    beneficiary: 'demo-resident-1',
    buildingId: 'b-demo-1-1',
    gridId: 'g-demo-1',
    age: 30,
  },
  {
    _id: 'w-demo-walker',
    title: '需要一个助行器',
    description: '腿脚不便，下楼走路需要扶着东西，想要一个带座的助行器。',
    category: 'disabled',
    status: 'open',
    poster: 'demo-leader-1',
    beneficiary: 'demo-resident-2',
    buildingId: 'b-demo-1-1',
    gridId: 'g-demo-1',
    age: 20,
  },
  {
    _id: 'w-demo-radio',
    title: '老收音机想修一修',
    description: '用了二十多年的收音机不响了，每天要听戏，想请人帮忙看看。',
    category: 'elderly',
    status: 'claimed',
    poster: 'demo-leader-1',
    beneficiary: 'demo-resident-2',
    buildingId: 'b-demo-1-1',
    gridId: 'g-demo-1',
    claimer: 'demo-party-1',
    age: 50,
  },
  {
    _id: 'w-demo-light',
    title: '家里灯坏了想换个灯',
    description: '厨房的灯不亮了，自己够不着，想请人帮忙换一个。',
    category: 'elderly',
    status: 'fulfilled',
    poster: 'demo-resident-1',
    beneficiary: 'demo-resident-1',
    buildingId: 'b-demo-1-1',
    gridId: 'g-demo-1',
    claimer: 'demo-party-1',
    note: '已买好 LED 灯换上，顺便检查了厨房电线，一切正常。',
    minutes: 60,
    age: 72,
  },
  {
    _id: 'w-demo-glasses',
    title: '想要一副老花镜',
    description: '眼睛花了看不清报纸，想要一副 300 度的老花镜。',
    category: 'elderly',
    status: 'confirmed',
    poster: 'demo-resident-2',
    beneficiary: 'demo-resident-2',
    buildingId: 'b-demo-1-1',
    gridId: 'g-demo-1',
    claimer: 'demo-party-2',
    note: '陪大爷去眼镜店验光配好了老花镜。',
    minutes: 120,
    age: 120,
  },
];

/** The timeline each status implies: roles only, an hour apart. */
function timelineOf(w: DemoWish, posted: Date) {
  const at = (h: number) => new Date(posted.getTime() + h * HOUR);
  const steps: { action: string; role: string }[] = [
    { action: 'post', role: w.poster === w.beneficiary ? '居民' : '楼栋长' },
  ];
  if (w.status !== 'pending_review') steps.push({ action: 'approve', role: '社区' });
  if (w.claimer) steps.push({ action: 'claim', role: '党员' });
  if (w.status === 'fulfilled' || w.status === 'confirmed') steps.push({ action: 'fulfil', role: '党员' });
  if (w.status === 'confirmed') steps.push({ action: 'confirm', role: '居民' });
  return steps.map((s, i) => ({ ...s, at: at(i) }));
}

/**
 * Writes the wishes and the confirmed one's ledgers (the hours entry takes the claimer's 共建单位 from
 * `unitOf`, demo-party.ts demoUnitOf: '' when the demo has no registrations); answers its points entries, whose 红榜 counters
 * the caller writes together with the other demo entries' (the counters are shared sums).
 */
export async function seedDemoWishes(
  store: SeedTarget,
  now: Date,
  unitOf: (userId: string) => string,
): Promise<BoardEntry[]> {
  const docs = DEMO_WISHES.map((w) => {
    const posted = new Date(now.getTime() - w.age * HOUR);
    const timeline = timelineOf(w, posted);
    const last = timeline[timeline.length - 1].at;
    const step = (action: string) => timeline.find((t) => t.action === action)?.at;
    const poster = uid(w.poster);
    const beneficiary = uid(w.beneficiary);
    return {
      _id: w._id,
      communityId: 'c-demo',
      gridId: w.gridId,
      buildingId: w.buildingId,
      category: w.category,
      title: w.title,
      description: w.description,
      photos: [],
      dueDate: chinaDayAfter(14, now),
      status: w.status,
      posterId: poster,
      postedByLeader: poster !== beneficiary,
      beneficiaryId: beneficiary,
      people: poster === beneficiary ? [poster] : [poster, beneficiary],
      ...(w.claimer ? { claimerId: uid(w.claimer), claimedAt: step('claim') } : {}),
      ...(w.note
        ? { fulfilNote: w.note, fulfilPhotos: [], fulfilMinutes: w.minutes, fulfilledAt: step('fulfil') }
        : {}),
      ...(w.status === 'confirmed' ? { confirmedAt: step('confirm') } : {}),
      requestId: `demo-${w._id}`,
      timeline,
      createdAt: posted,
      updatedAt: last,
    };
  });
  await store.insertMany('wishes', docs);
  const confirmed = docs.filter((d) => d.status === 'confirmed');
  await store.insertMany('wish_counters', [{ _id: 'wc_c-demo', communityId: 'c-demo', confirmed: confirmed.length }]);
  return seedConfirmedLedgers(store, unitOf, confirmed);
}

type BoardEntry = Parameters<typeof countersOf>[0][number];

/** The confirmed wish's earnings, as confirm.ts writes them: one points entry, one hours entry. */
async function seedConfirmedLedgers(
  store: SeedTarget,
  unitOf: (userId: string) => string,
  confirmed: { _id: string; title: string; claimerId?: string; fulfilMinutes?: number; confirmedAt?: Date }[],
): Promise<BoardEntry[]> {
  const { points, area } = DEFAULT_WISH_SETTINGS;
  const entries = confirmed.map((w) => ({
    _id: causes.wish(w._id),
    accountId: accountIdFor('c-demo', w.claimerId!),
    communityId: 'c-demo',
    userId: w.claimerId!,
    gridId: 'g-demo-1',
    kind: 'earn',
    amount: points,
    lifetimeDelta: points,
    area,
    reason: `微心愿圆梦：${w.title}`,
    actorId: uid('demo-resident-2'),
    balanceAfter: points,
    at: w.confirmedAt!,
  }));
  // Each demo claimer of a confirmed wish (陈党员) has no other seeded points: the account is theirs alone.
  await store.insertMany('point_entries', entries);
  await store.insertMany(
    'point_accounts',
    entries.map((e) => ({
      _id: e.accountId,
      communityId: 'c-demo',
      userId: e.userId,
      gridId: e.gridId,
      balance: e.amount,
      lifetime: e.amount,
      entryCount: 1,
      createdAt: e.at,
      updatedAt: e.at,
    })),
  );
  const hours = confirmed.map((w) => ({
    _id: hourCauses.wish(w._id, w.claimerId!),
    communityId: 'c-demo',
    userId: w.claimerId!,
    unitId: unitOf(w.claimerId!),
    minutes: w.fulfilMinutes!,
    source: 'wish',
    sourceId: w._id,
    reason: `微心愿：${w.title}`,
    actorId: uid('demo-resident-2'),
    at: w.confirmedAt!,
  }));
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
      updatedAt: h.at,
    })),
  );
  return entries;
}
