/**
 * The merchant rules in domain/merchants: the 社区信得过 candidate rule over a window of months,
 * and who runs a place.
 */
import {
  isTrustCandidate,
  trustChecks,
  recordOver,
  windowKeys,
  monthKey,
  isComplaint,
  DEFAULT_TRUST_RULE,
} from '../../domain/merchants/trust';
import { runsPlace, servicePointsOf, DEFAULT_SERVICE_POINTS } from '../../domain/merchants/access';
import type { Actor } from '../../domain/actor';

const NOW = new Date('2026-12-02T10:00:00+08:00');
const month = (confirmations: number, ratings: number, ratingSum: number) => ({ confirmations, ratings, ratingSum });

describe('the 信得过 window', () => {
  it('counts the last six calendar months, China time, this one included', () => {
    expect(windowKeys(NOW, 6)).toEqual(['m202612', 'm202611', 'm202610', 'm202609', 'm202608', 'm202607']);
    // 1 Jan 00:30 in Beijing is still 31 Dec in UTC: the China month counts
    expect(monthKey(new Date('2027-01-01T00:30:00+08:00'))).toBe('m202701');
  });

  it('ignores months outside the window', () => {
    const record = recordOver({ m202612: month(4, 2, 10), m202606: month(100, 100, 500) }, 0, NOW);
    expect(record).toEqual({ confirmations: 4, ratings: 2, averageRating: 5, openComplaints: 0 });
  });
});

describe('isTrustCandidate', () => {
  const good = recordOver({ m202612: month(6, 3, 14), m202610: month(5, 2, 9) }, 0, NOW); // 11, 5 ratings, 4.6
  it('proposes enough confirmations, enough ratings averaging 4.5 or more, no open 差评', () => {
    expect(good).toMatchObject({ confirmations: 11, ratings: 5, averageRating: 4.6 });
    expect(isTrustCandidate(good)).toBe(true);
  });
  it('does not propose below any threshold', () => {
    expect(isTrustCandidate({ ...good, confirmations: DEFAULT_TRUST_RULE.minConfirmations - 1 })).toBe(false);
    expect(isTrustCandidate({ ...good, averageRating: 4.49 })).toBe(false);
    expect(isTrustCandidate({ ...good, ratings: 2 })).toBe(false);
    expect(isTrustCandidate({ ...good, averageRating: null })).toBe(false);
    expect(isTrustCandidate({ ...good, openComplaints: 1 })).toBe(false);
  });
  it('names each condition with what the record has and what the rule asks, marking the missed ones', () => {
    const checks = trustChecks({ confirmations: 4, ratings: 4, averageRating: 4.75, openComplaints: 0 });
    expect(checks.map((c) => [c.label, c.have, c.need, c.met])).toEqual([
      ['近 6 个月确认服务', '4 次', '至少 10 次', false],
      ['居民评价', '4 个', '至少 3 个', true],
      ['平均评分', '4.75 星', '不低于 4.5 星', true],
      ['未回复的差评', '0 个', '没有', true],
    ]);
    expect(trustChecks({ ...good, averageRating: null })[2]).toMatchObject({ have: '还没有', met: false });
    expect(trustChecks({ ...good, openComplaints: 2 })[3]).toMatchObject({ have: '2 个', met: false });
    expect(trustChecks(good).every((c) => c.met)).toBe(true);
  });
  it('a 差评 is a rating of 2 or less', () => {
    expect([1, 2, 3, undefined].map(isComplaint)).toEqual([true, true, false, false]);
  });
});

describe('runsPlace', () => {
  const merchant: Actor = {
    userId: 'u1',
    name: '张师傅',
    communityId: 'c1',
    buildingId: '',
    grants: [{ role: 'merchant', scope: { communityId: 'c1' } }],
  };
  const place = { communityId: 'c1', type: 'merchant' as const, merchantId: 'u1' };
  it('only the linked merchant, in their community, holding the role', () => {
    expect(runsPlace(merchant, place)).toBe(true);
    expect(runsPlace(merchant, { ...place, merchantId: 'u2' })).toBe(false);
    expect(runsPlace(merchant, { ...place, merchantId: undefined })).toBe(false);
    expect(runsPlace(merchant, { ...place, communityId: 'c2' })).toBe(false);
    expect(runsPlace({ ...merchant, grants: [] }, place)).toBe(false);
  });
  it('the amount per confirmation is the community’s setting, within bounds, else the default', () => {
    expect(servicePointsOf({ servicePoints: 8 })).toBe(8);
    expect(servicePointsOf(undefined)).toBe(DEFAULT_SERVICE_POINTS);
    expect(servicePointsOf({ servicePoints: -1 })).toBe(DEFAULT_SERVICE_POINTS);
    expect(servicePointsOf({ servicePoints: 2.5 })).toBe(DEFAULT_SERVICE_POINTS);
  });
});
