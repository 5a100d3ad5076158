/**
 * Demo 在职党员报到 (issue 14), so `npm start` shows it working: 县财政局 (a 共建单位 of 示范社区) and
 * its admin 郭主任 (demo-unit); 张党员 and 陈党员 registered and confirmed, 刘党员 waiting for 报到审核;
 * this quarter's hours for 张党员 (an activity and a 微心愿, credited to the unit) with his person and
 * the unit's totals (Σ of every entry credited to it, as postHours keeps them) — 陈党员's hours are
 * the demo 微心愿's (demo-wishes.ts writes his entry, with his unit, and his account); 张党员 paired with 吴大爷 and one 建议, so their 1+X is
 * complete; and 张党员's 反馈卡 for this quarter signed off by 李书记, ready for the unit to download.
 */
import { DEMO_PEOPLE, DEMO_UNIT, DEMO_UNIT_ADMIN } from '../types/demo';
import { memberRegistrationSchema, registrationId } from '../types/members';
import { cardIdOf, COMMITMENT_KINDS } from '../types/party';
import { hourCauses } from '../domain/hours/credit';
import { periodRange } from '../domain/ledgers/period';
import { currentPeriod, servingUnitOf } from '../domain/party/rules';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { personHoursId, unitHoursId } from '../cloudfunctions/_shared/hours-ledger';
import { searchKeysOf } from '../cloudfunctions/_shared/search-keys';
import type { SeedTarget } from './demo-seed';
import type { CounterStore } from './demo-activities';

const C = 'c-demo';
const person = (openid: string) => DEMO_PEOPLE.find((p) => p.openid === openid)!;
const ORG = '县财政局机关党支部';

/**
 * The unit, its admin and the registrations: written before the other demo seeds, so the hours they
 * credit take the member's unit from the stored registration, as the functions do (demoUnitOf).
 */
export async function seedDemoMembers(store: SeedTarget, now = new Date()): Promise<void> {
  const period = currentPeriod(now);
  const quarterStart = (periodRange(period) as { from: Date }).from.getTime();
  const at = (hoursAgo: number) => new Date(Math.max(now.getTime() - hoursAgo * 3600_000, quarterStart + 60_000));
  const admin = userIdFor('demo-admin');
  const u = DEMO_UNIT_ADMIN;
  await store.insertMany('units', [{ ...DEMO_UNIT, communityIds: [...DEMO_UNIT.communityIds], createdAt: now }]);
  await store.insertMany('users', [
    {
      _id: userIdFor(u.openid),
      openid: u.openid,
      communityId: u.communityId,
      name: u.name,
      phone: u.phone,
      buildingId: '',
      room: '',
      grants: u.roles,
      searchKeys: await searchKeysOf(u.name),
      createdAt: now,
    },
  ]);

  const members = [
    {
      openid: 'demo-party-1',
      skills: ['legal', 'publicity'],
      note: '会计、财务咨询',
      times: ['saturday', 'sunday'],
      status: 'confirmed',
    },
    { openid: 'demo-party-2', skills: ['tutoring'], note: '', times: ['weekday_evening'], status: 'confirmed' },
    { openid: 'demo-party-3', skills: ['repair'], note: '家电小修', times: ['saturday'], status: 'pending' },
  ];
  await store.insertMany(
    'member_registrations',
    members.map((m, i) => {
      const userId = userIdFor(m.openid);
      const confirmed = m.status === 'confirmed' ? { confirmedAt: at(48 - i), confirmedBy: admin } : {};
      const base = { _id: registrationId(C, userId), communityId: C, userId, name: person(m.openid).name };
      const form = {
        unitId: DEMO_UNIT._id,
        partyOrg: ORG,
        skills: m.skills,
        skillsNote: m.note,
        availableTimes: m.times,
      };
      return { ...base, ...form, status: m.status, createdAt: at(72 - i), ...confirmed };
    }),
  );
}

/**
 * The 共建单位 a demo person's hours count for: their stored registration read through the rule
 * unitOfMember applies (servingUnitOf), so the seed cannot disagree with the functions.
 */
export function demoUnitOf(store: CounterStore): (userId: string) => string {
  return (userId) => {
    const [doc] = store.find('member_registrations', { _id: registrationId(C, userId) });
    return servingUnitOf(doc ? memberRegistrationSchema.parse(doc) : null);
  };
}

export async function seedDemoParty(store: CounterStore, now = new Date()): Promise<void> {
  const period = currentPeriod(now);
  const quarterStart = (periodRange(period) as { from: Date }).from.getTime();
  const at = (hoursAgo: number) => new Date(Math.max(now.getTime() - hoursAgo * 3600_000, quarterStart + 60_000));
  const admin = userIdFor('demo-admin');
  const zhang = userIdFor('demo-party-1');
  const unitOf = demoUnitOf(store);
  const entry = (
    userId: string,
    source: 'activity' | 'wish',
    sourceId: string,
    minutes: number,
    reason: string,
    hoursAgo: number,
  ) => ({
    _id: hourCauses[source](sourceId, userId),
    communityId: C,
    userId,
    unitId: unitOf(userId),
    minutes,
    source,
    sourceId,
    reason,
    actorId: admin,
    at: at(hoursAgo),
  });
  const entries = [
    entry(zhang, 'activity', 'demo-party-act-1', 120, '示范：楼道清扫志愿服务', 30),
    entry(zhang, 'wish', 'demo-party-wish-1', 60, '示范：为独居老人代买药品', 20),
  ];
  await store.insertMany('hour_entries', entries);
  const sum = (userId?: string) => entries.filter((e) => !userId || e.userId === userId);
  // The unit's account sums every stored entry credited to it, whichever seed wrote it (陈党员's
  // 微心愿 hours come from demo-wishes.ts): this seed runs after the others that credit hours.
  const unitEntries = store.find('hour_entries', { communityId: C, unitId: DEMO_UNIT._id }) as {
    minutes: number;
    at: Date;
  }[];
  const account = (
    _id: string,
    holder: 'person' | 'unit',
    holderId: string,
    list: { minutes: number; at: Date }[],
  ) => ({
    _id,
    communityId: C,
    holder,
    holderId,
    totalMinutes: list.reduce((s, e) => s + e.minutes, 0),
    entryCount: list.length,
    updatedAt: new Date(Math.max(...list.map((e) => new Date(e.at).getTime()))),
  });
  await store.insertMany('hour_accounts', [
    account(personHoursId(C, zhang), 'person', zhang, sum(zhang)),
    account(unitHoursId(C, DEMO_UNIT._id), 'unit', DEMO_UNIT._id, unitEntries),
  ]);

  const wu = person('demo-resident-2');
  await store.insertMany('member_pairings', [
    {
      _id: `${C}_${zhang}_${period}`,
      communityId: C,
      userId: zhang,
      period,
      householdId: userIdFor(wu.openid),
      householdName: wu.name,
      buildingName: '1号楼',
      room: wu.room,
      pairedBy: admin,
      at: at(40),
    },
  ]);
  const suggestions = [
    {
      _id: `sg_${zhang}_demo-1`,
      communityId: C,
      userId: zhang,
      period,
      text: '建议在小区门口增设休息座椅',
      at: at(10),
    },
  ];
  await store.insertMany('member_suggestions', suggestions);

  const mine = sum(zhang);
  await store.insertMany('feedback_cards', [
    {
      _id: cardIdOf(C, zhang, period),
      communityId: C,
      communityName: '示范社区',
      userId: zhang,
      memberName: person('demo-party-1').name,
      unitId: DEMO_UNIT._id,
      unitName: DEMO_UNIT.name,
      partyOrg: ORG,
      period,
      services: [...mine].reverse().map((e) => ({ at: e.at, source: e.source, reason: e.reason, minutes: e.minutes })),
      totalMinutes: mine.reduce((s, e) => s + e.minutes, 0),
      rating: null,
      progress: COMMITMENT_KINDS.map((kind) => ({ kind, count: 1, met: true })),
      suggestions: suggestions.map((sg) => ({ text: sg.text, at: sg.at })),
      remark: '服务热情，积极参加社区活动，结对帮扶认真负责。',
      signedAt: at(2),
      signedBy: admin,
    },
  ]);
}
