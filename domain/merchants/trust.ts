/**
 * 社区信得过 merchants: the rule that proposes candidates from a merchant's record. The community
 * names them (and may revoke); the rule only proposes, so staff judgement stays with staff.
 *
 * Over the last `months` calendar months (China time, this month included) a candidate has at least
 * `minConfirmations` confirmed services, at least `minRatings` ratings averaging `minAverage` or more,
 * and no 差评 (a rating of 2 or less) still waiting for the merchant's reply.
 */
import type { ShopRecord } from '../../types/merchants';
import { chinaWallClock } from '../china-time';

export interface TrustRule {
  months: number;
  minConfirmations: number;
  minRatings: number;
  minAverage: number;
}

export const DEFAULT_TRUST_RULE: TrustRule = { months: 6, minConfirmations: 10, minRatings: 3, minAverage: 4.5 };

/** A 差评: the merchant must reply before the record counts as clean again. */
export const isComplaint = (rating: number | undefined): boolean => rating !== undefined && rating <= 2;

/** One calendar month's figures, kept on the shop as confirmations happen. */
export interface MonthFigures {
  confirmations: number;
  ratings: number;
  ratingSum: number;
}

/** The month key a confirmation counts in: m202612 (China time). */
export const monthKey = (at: Date): string => 'm' + chinaWallClock(at).toISOString().slice(0, 7).replace('-', '');

/** The keys of the `months` calendar months ending with the one `now` is in. */
export function windowKeys(now: Date, months: number): string[] {
  const wall = chinaWallClock(now);
  const keys: string[] = [];
  for (let i = 0; i < months; i++) {
    const d = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() - i, 1));
    keys.push('m' + d.toISOString().slice(0, 7).replace('-', ''));
  }
  return keys;
}

/** The merchant's record over the rule's window, from the per-month figures. */
export function recordOver(
  months: Readonly<Record<string, Partial<MonthFigures>>>,
  openComplaints: number,
  now: Date,
  rule: TrustRule = DEFAULT_TRUST_RULE,
): ShopRecord {
  let confirmations = 0;
  let ratings = 0;
  let ratingSum = 0;
  for (const key of windowKeys(now, rule.months)) {
    const m = months[key];
    confirmations += m?.confirmations ?? 0;
    ratings += m?.ratings ?? 0;
    ratingSum += m?.ratingSum ?? 0;
  }
  const averageRating = ratings ? Math.round((ratingSum / ratings) * 100) / 100 : null;
  return { confirmations, ratings, averageRating, openComplaints: Math.max(0, openComplaints) };
}

/** One condition of the rule against a record, in words an admin reads at a glance. */
export interface TrustCheck {
  label: string;
  /** what the record has, e.g. "4 次" */
  have: string;
  /** what the rule asks, e.g. "至少 10 次" */
  need: string;
  met: boolean;
}

/**
 * The rule's conditions one by one against the record, so the admin sees which one a merchant
 * misses (and by how much) instead of comparing a sentence with the figures in their head.
 */
export function trustChecks(record: ShopRecord, rule: TrustRule = DEFAULT_TRUST_RULE): TrustCheck[] {
  const avg = record.averageRating;
  return [
    {
      label: `近 ${rule.months} 个月确认服务`,
      have: `${record.confirmations} 次`,
      need: `至少 ${rule.minConfirmations} 次`,
      met: record.confirmations >= rule.minConfirmations,
    },
    {
      label: '居民评价',
      have: `${record.ratings} 个`,
      need: `至少 ${rule.minRatings} 个`,
      met: record.ratings >= rule.minRatings,
    },
    {
      label: '平均评分',
      have: avg === null ? '还没有' : `${avg} 星`,
      need: `不低于 ${rule.minAverage} 星`,
      met: avg !== null && avg >= rule.minAverage,
    },
    {
      label: '未回复的差评',
      have: `${record.openComplaints} 个`,
      need: '没有',
      met: record.openComplaints === 0,
    },
  ];
}

/** Does the rule propose this merchant as 社区信得过? Every condition is met. */
export function isTrustCandidate(record: ShopRecord, rule: TrustRule = DEFAULT_TRUST_RULE): boolean {
  return trustChecks(record, rule).every((c) => c.met);
}

/** The rule in words, for the admin page. */
export const trustRuleText = (rule: TrustRule = DEFAULT_TRUST_RULE): string =>
  `近 ${rule.months} 个月确认服务不少于 ${rule.minConfirmations} 次、至少 ${rule.minRatings} 个评价且平均不低于 ${rule.minAverage} 星、没有未回复的差评`;
