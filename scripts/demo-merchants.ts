/**
 * Demo 商家 (issue 15.4): 张师傅 (demo-merchant) runs 老张理发店, named 社区信得过, with three services
 * and a few past confirmations by the demo residents, each of which earned him 便民服务积分 (the
 * entries go into the ledger with the other opening entries, scripts/demo-seed.ts). The shop's
 * secret is random per seed, so no demo code works anywhere else.
 */
import { randomBytes } from 'node:crypto';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { hex24 } from '../cloudfunctions/_shared/ids/hash';
import { causes } from '../domain/points/causes';
import { chinaDay } from '../domain/china-time';
import { monthKey } from '../domain/merchants/trust';
import { DEFAULT_SERVICE_POINTS } from '../domain/merchants/access';
import { DEMO_COMMUNITY, DEMO_PEOPLE } from '../types/demo';
import type { SeedTarget } from './demo-seed';

export const DEMO_MERCHANT_PLACE = 'place-demo-barber';
export const DEMO_MERCHANT_OPENID = 'demo-merchant';
const merchantId = userIdFor(DEMO_MERCHANT_OPENID);

/** What the demo places get from this module: their merchant and 信得过 (demo-places.ts merges it in). */
export const DEMO_PLACE_MERCHANTS: Record<string, { merchantId: string; trusted?: boolean; description?: string }> = {
  [DEMO_MERCHANT_PLACE]: {
    merchantId,
    trusted: true,
    description: '三十年老手艺，60岁以上老人每周二免费理发。',
  },
};

export const DEMO_SERVICES = [
  {
    _id: 'msv-demo-elderly-cut',
    title: '老人免费理发',
    description: '每周二上午，60岁以上老人免费理发',
    audience: 'elderly',
  },
  { _id: 'msv-demo-points-cut', title: '积分抵扣理发', description: '凭爱心超市积分，理发立减 5 元', audience: 'all' },
  { _id: 'msv-demo-home-cut', title: '上门理发', description: '行动不便的老人，电话预约上门', audience: 'disabled' },
] as const;

const DAY = 86_400_000;
/** Past confirmations: who, which service, how many days ago, rating. */
const PAST = [
  { openid: 'demo-resident-1', service: 0, daysAgo: 3, rating: 5 },
  { openid: 'demo-resident-2', service: 0, daysAgo: 10, rating: 5 },
  { openid: 'demo-resident-3', service: 1, daysAgo: 20, rating: 4 },
] as const;

/** The ledger entries the past confirmations earned the merchant (for scripts/demo-seed.ts). */
export function demoMerchantEarnings(now: Date) {
  return PAST.map((c) => {
    const at = new Date(now.getTime() - c.daysAgo * DAY);
    const service = DEMO_SERVICES[c.service];
    return {
      openid: DEMO_MERCHANT_OPENID,
      _id: causes.merchantService(service._id, userIdFor(c.openid), chinaDay(at)),
      amount: DEFAULT_SERVICE_POINTS,
      area: 'public_service',
      reason: `便民服务：${service.title}`,
      actorId: userIdFor(c.openid),
      at,
    };
  });
}

export async function seedDemoMerchants(store: SeedTarget, now: Date, withPoints: boolean): Promise<void> {
  const communityId = DEMO_COMMUNITY._id;
  await store.insertMany(
    'merchant_services',
    DEMO_SERVICES.map((s) => ({ ...s, communityId, placeId: DEMO_MERCHANT_PLACE, createdAt: now })),
  );
  const records = PAST.map((c) => {
    const at = new Date(now.getTime() - c.daysAgo * DAY);
    const service = DEMO_SERVICES[c.service];
    const resident = DEMO_PEOPLE.find((p) => p.openid === c.openid)!;
    const cause = causes.merchantService(service._id, userIdFor(c.openid), chinaDay(at));
    return {
      _id: 'mc_' + hex24(cause),
      communityId,
      placeId: DEMO_MERCHANT_PLACE,
      serviceId: service._id,
      serviceTitle: service.title,
      merchantId,
      residentId: userIdFor(c.openid),
      residentName: resident.name,
      day: chinaDay(at),
      at,
      rating: c.rating,
      points: withPoints ? DEFAULT_SERVICE_POINTS : 0,
      complaintOpen: false,
    };
  });
  await store.insertMany('merchant_confirmations', records);
  const months: Record<string, { confirmations: number; ratings: number; ratingSum: number }> = {};
  for (const r of records) {
    const m = (months[monthKey(r.at)] ??= { confirmations: 0, ratings: 0, ratingSum: 0 });
    m.confirmations += 1;
    m.ratings += 1;
    m.ratingSum += r.rating;
  }
  await store.insertMany('merchant_shops', [
    {
      _id: DEMO_MERCHANT_PLACE,
      communityId,
      secret: randomBytes(16).toString('hex'),
      months,
      openComplaints: 0,
      pointsEarned: records.reduce((n, r) => n + r.points, 0),
    },
  ]);
}
