/**
 * Who may do what with a merchant place. A merchant runs only the place they are linked to, in
 * their own community, and only while they hold the `merchant` role; a resident confirms a service
 * of another's place, never their own. Plain TypeScript: the pages ask the same questions.
 */
import { MERCHANT_PLACE_TYPES, MERCHANT_CODE_PERIOD_MS } from '../../types/merchants';
import type { PlaceType } from '../../types/places';
import { covers, type Actor } from '../actor';

export interface MerchantPlace {
  communityId: string;
  type: PlaceType;
  /** the linked merchant's user id, when the place has one */
  merchantId?: string;
}

/** Only 商家 and 便民网点 places have a merchant. */
export const mayHaveMerchant = (type: PlaceType): boolean => MERCHANT_PLACE_TYPES.includes(type);

/** The caller runs this place: it is theirs, in their community, and they still hold `merchant`. */
export function runsPlace(actor: Actor, place: MerchantPlace): boolean {
  return (
    place.communityId === actor.communityId &&
    !!place.merchantId &&
    place.merchantId === actor.userId &&
    covers(actor, 'merchant', { communityId: place.communityId })
  );
}

/** A merchant cannot earn points by confirming their own service. */
export const isOwnPlace = (actor: Actor, place: MerchantPlace): boolean => place.merchantId === actor.userId;

/** What a confirmation earns the merchant, from the community's setting over the default. */
export const DEFAULT_SERVICE_POINTS = 5;
export function servicePointsOf(settings: unknown): number {
  const v = (settings as { servicePoints?: unknown } | undefined)?.servicePoints;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100 ? v : DEFAULT_SERVICE_POINTS;
}

/** The code's period number at `at`; the code of this period and of the one before are accepted. */
export const merchantCodePeriod = (at: Date): number => Math.floor(at.getTime() / MERCHANT_CODE_PERIOD_MS);
export const merchantCodeRefreshAt = (at: Date): Date =>
  new Date((merchantCodePeriod(at) + 1) * MERCHANT_CODE_PERIOD_MS);

/** The page a scanned merchant code opens (H5: the same link, or the code typed on the shop page). */
export const confirmPath = (placeId: string, code: string): string =>
  `/packages/places/shop/index?id=${encodeURIComponent(placeId)}&code=${encodeURIComponent(code)}`;
