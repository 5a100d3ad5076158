/** 数据看板 rules: periods in China time, medians from buckets, the rates and what an order adds. */
import { monthsOf, periodLabel, previousPeriodKey, statsPeriodKeysOf } from '../../domain/stats/periods';
import { bucketLabel, bucketOf, medianBucket } from '../../domain/stats/durations';
import { ratesOf } from '../../domain/stats/rates';
import { orderFacts, orderScopes, type CountedOrder } from '../../domain/stats/order-facts';
import { decisionFacts, meetingFacts } from '../../domain/stats/civic-facts';
import { ESCALATED_NOTE } from '../../domain/orders/deadlines';
import { dashboardCommunities } from '../../domain/stats/permissions';
import { normaliseGrant } from '../../domain/grants';
import type { RoleGrant } from '../../types/roles';

const HOUR = 3600_000;

test('periods are China-time months, quarters and years; the one before crosses the year', () => {
  // 2026-12-31 17:00 UTC is already 2027-01-01 01:00 in China
  expect(statsPeriodKeysOf(new Date('2026-12-31T17:00:00Z'))).toEqual(['m2027-01', 'q2027-1', 'y2027']);
  expect(statsPeriodKeysOf(new Date('2026-12-31T15:00:00Z'))).toEqual(['m2026-12', 'q2026-4', 'y2026']);
  expect(previousPeriodKey('m2027-01')).toBe('m2026-12');
  expect(previousPeriodKey('q2027-1')).toBe('q2026-4');
  expect(previousPeriodKey('q2026-3')).toBe('q2026-2');
  expect(previousPeriodKey('y2026')).toBe('y2025');
  expect(monthsOf('q2026-4')).toEqual(['m2026-10', 'm2026-11', 'm2026-12']);
  expect(monthsOf('y2026')).toHaveLength(12);
  expect(periodLabel('q2026-4')).toBe('2026年第4季度');
});

test('the median is the bucket holding the middle duration, read the same from counts as from raw', () => {
  const durations = [0.5, 0.7, 3, 5, 30].map((h) => h * HOUR);
  const counts = Array(14).fill(0);
  for (const d of durations) counts[bucketOf(d)] += 1;
  expect(medianBucket(counts)).toBe(bucketOf(3 * HOUR));
  expect(bucketLabel(medianBucket(counts))).toBe('4 小时内');
  expect(bucketLabel(medianBucket(Array(14).fill(0)))).toBe('暂无');
  expect(bucketLabel(bucketOf(40 * 24 * HOUR))).toBe('30 天以上');
});

test('rates: nothing to judge is 暂无 (null), never 0% or 100%', () => {
  expect(ratesOf({}).satisfaction).toEqual({ numerator: 0, denominator: 0, percent: null });
  const r = ratesOf({ done: 4, rated: 3, satisfied: 2, resolved: 3, respondDue: 5, respondedInTime: 4 });
  expect(r.satisfaction.percent).toBe(66.7);
  expect(r.unrated).toMatchObject({ numerator: 1, denominator: 4, percent: 25 });
  expect(r.resolution.percent).toBe(75);
  expect(r.response.percent).toBe(80);
});

const at = (h: number) => new Date(Date.UTC(2026, 10, 10) + h * HOUR);
const base: CountedOrder = {
  communityId: 'c',
  gridId: 'g1',
  category: 'elderly',
  status: 'submitted',
  residentId: 'u1',
  takeBy: at(2),
  createdAt: at(0),
  timeline: [{ at: at(0), action: 'submit' }],
};

test('an order taken late, escalated, done, rated 2: overdue, escalated, responded late, 整改 not resolved', () => {
  const o: CountedOrder = {
    ...base,
    status: 'rectifying',
    dispatchKind: 'self',
    rating: { score: 2 },
    timeline: [
      ...base.timeline,
      { at: at(0), action: 'dispatch' },
      { at: at(2.1), action: 'overdue', note: '已超时，提醒本网格网格员' },
      { at: at(4.1), action: 'overdue', note: ESCALATED_NOTE },
      { at: at(5), action: 'grab' },
      { at: at(30), action: 'complete' },
      { at: at(31), action: 'rate' },
    ],
  };
  const f = orderFacts(o);
  expect(f).toMatchObject({
    orders: 1,
    overdue: 1,
    escalated: 1,
    responded: 1,
    respondDue: 1,
    done: 1,
    rated: 1,
    rectified: 1,
  });
  expect(f.respondedInTime).toBeUndefined();
  expect(f.resolved).toBeUndefined();
  expect(f.satisfied).toBeUndefined();
  // once the resident confirms the 整改, it is resolved
  expect(orderFacts({ ...o, status: 'closed', rectifyConfirmedAt: at(60) })).toMatchObject({
    resolved: 1,
    rectifyConfirmed: 1,
  });
  expect(orderScopes(o)).toEqual(['all', 'cat:elderly', 'grid:g1', 'kind:self']);
});

test('an answer (回复解释类) responds and is done at the answer; a cancelled order owes no response', () => {
  const answered = orderFacts({
    ...base,
    status: 'answered',
    dispatchKind: 'reply',
    timeline: [...base.timeline, { at: at(1), action: 'dispatch' }],
  });
  expect(answered).toMatchObject({ responded: 1, respondedInTime: 1, done: 1 });
  const cancelled = orderFacts({
    ...base,
    status: 'cancelled',
    timeline: [...base.timeline, { at: at(3), action: 'overdue' }],
  });
  expect(cancelled).toMatchObject({ cancelled: 1, overdue: 1 });
  expect(cancelled.respondDue).toBeUndefined();
});

test('a meeting is held once past deliberation; a decision is on time when done by its due end', () => {
  expect(meetingFacts({ type: 'five_step', step: 'deliberate' })).toEqual({ meetings: 1 });
  expect(meetingFacts({ type: 'five_step', step: 'publish' })).toEqual({ meetings: 1, meetingsHeld: 1 });
  expect(meetingFacts({ type: 'tea', step: 'finished' })).toEqual({ meetings: 1, meetingsHeld: 1 });
  const due = at(48);
  expect(decisionFacts({ done: true, dueAt: due, progress: [{ at: at(47), done: true }] })).toEqual({
    decisions: 1,
    decisionsDone: 1,
    decisionsOnTime: 1,
  });
  expect(decisionFacts({ done: true, dueAt: due, progress: [{ at: at(49), done: true }] })).toEqual({
    decisions: 1,
    decisionsDone: 1,
  });
});

test('who sees which dashboard: an admin their community, a 街道 each granted one; nobody grants 街道 in the app', () => {
  const actor = (grants: RoleGrant[]) => ({ userId: 'u', name: '', communityId: 'c1', buildingId: 'b', grants });
  expect(dashboardCommunities(actor([]))).toEqual([]);
  expect(dashboardCommunities(actor([{ role: 'grid_worker', scope: { gridId: 'g' } }]))).toEqual([]);
  expect(dashboardCommunities(actor([{ role: 'community_admin', scope: { communityId: 'c1' } }]))).toEqual(['c1']);
  const street: RoleGrant[] = [
    { role: 'street_admin', scope: { communityId: 'c3' } },
    { role: 'street_admin', scope: { communityId: 'c2' } },
  ];
  expect(dashboardCommunities(actor(street))).toEqual(['c2', 'c3']);
  expect(normaliseGrant({ role: 'street_admin', scope: { communityId: 'c1' } }, 'c1')).toMatchObject({
    ok: false,
    reason: 'STREET_ADMIN_NOT_GRANTABLE',
  });
});
