/**
 * Distance on foot, for 服务阵地 and the 15-minute circle (issue 15). Pure: the functions and the
 * pages use the same numbers.
 *
 * Distance is the great-circle (haversine) distance between two GCJ-02 points: within a town the
 * offset of GCJ-02 is the same for both, so it cancels, and the straight line is what a resident
 * reads as "650 米". A walk is that distance at the community's walking speed, times a detour factor
 * (streets are not straight): 1.3, the usual ratio of street to straight-line distance in Chinese
 * towns' grid-like blocks. Without it, "15 分钟" would promise less walking than it takes.
 */
import { CIRCLE_MINUTES, type GeoPoint } from '../../types/places';

export const EARTH_RADIUS_M = 6_371_000;
export const DETOUR_FACTOR = 1.3;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Metres between two points, rounded to the metre. */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** Whole minutes on foot (at least 1) for a straight-line distance at `metersPerMinute`. */
export function walkMinutes(meters: number, metersPerMinute: number): number {
  return Math.max(1, Math.ceil((meters * DETOUR_FACTOR) / metersPerMinute));
}

export const withinCircle = (minutes: number) => minutes <= CIRCLE_MINUTES;

/** The straight-line radius of the circle: what 15 minutes' walk reaches. */
export const circleRadiusMeters = (metersPerMinute: number) =>
  Math.floor((CIRCLE_MINUTES * metersPerMinute) / DETOUR_FACTOR);

/** How a distance reads on a card: 350 米, 1.2 公里. */
export function distanceLabel(meters: number): string {
  return meters < 1000 ? `${meters} 米` : `${(meters / 1000).toFixed(1)} 公里`;
}

/**
 * Nearest first; places whose distance is unknown keep their given order after the rest. Ties by
 * `_id`, so a page boundary is stable.
 */
export function nearestFirst<T extends { _id: string; distanceMeters?: number }>(places: readonly T[]): T[] {
  return [...places].sort((a, b) => {
    const da = a.distanceMeters ?? Infinity;
    const db = b.distanceMeters ?? Infinity;
    return da - db || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);
  });
}
