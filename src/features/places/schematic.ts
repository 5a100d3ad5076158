/**
 * The 服务阵地 示意图 (H5 has no map without a map key): places drawn around the person's own point
 * on a square box, north up, at true scale, with the 15-minute circle and a scale bar. Pure, so the
 * positions are tested (tests/client/places-schematic.test.ts), not eyeballed.
 *
 * Projection: equirectangular around the centre (east = Δlng·cos(lat), north = Δlat, in metres on
 * the same sphere as domain/places/distance.ts). Within a few kilometres it differs from the
 * haversine distance by far less than a marker's width.
 */
import type { GeoPoint } from '../../../types/places';
import { EARTH_RADIUS_M } from '../../../domain/places/distance';

const METERS_PER_DEGREE = (Math.PI * EARTH_RADIUS_M) / 180;
/** Room around the circle and the farthest place, so neither touches the edge. */
const MARGIN = 1.15;
/**
 * The box never spans more than this many circle radii: the circle is what the map is for, so it
 * stays large; farther places sit on the edge in their direction, marked `beyond`.
 */
const MAX_RADII = 1.5;
const NICE_METERS = [50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];

/** Metres east and north of `center`. */
export function offsetMeters(center: GeoPoint, p: GeoPoint): { east: number; north: number } {
  return {
    east: (p.lng - center.lng) * METERS_PER_DEGREE * Math.cos((center.lat * Math.PI) / 180),
    north: (p.lat - center.lat) * METERS_PER_DEGREE,
  };
}

/** A point on the box: x from the left, y from the top, both 0–1; `beyond` = past the edge, pinned to it. */
export interface BoxPoint {
  x: number;
  y: number;
  beyond: boolean;
}

export interface Schematic {
  /** metres from the centre to the box's edge */
  halfSpanMeters: number;
  points: BoxPoint[];
  /** the circle's radius as a share of the box's width */
  circle: number;
  /** a round length (200 米) and its share of the box's width */
  scale: { meters: number; share: number };
}

export function layoutSchematic(center: GeoPoint, points: readonly GeoPoint[], radiusMeters: number): Schematic {
  const offsets = points.map((p) => offsetMeters(center, p));
  const farthest = Math.max(0, ...offsets.map((o) => Math.hypot(o.east, o.north)));
  const halfSpanMeters = Math.min(Math.max(radiusMeters, farthest), radiusMeters * MAX_RADII) * MARGIN;
  const span = 2 * halfSpanMeters;
  const edge = halfSpanMeters / MARGIN; // pin beyond-the-box places just inside the margin
  const placed = offsets.map(({ east, north }) => {
    const d = Math.hypot(east, north);
    const k = d > edge ? edge / d : 1;
    return { x: 0.5 + (east * k) / span, y: 0.5 - (north * k) / span, beyond: k < 1 };
  });
  const quarter = span / 4;
  const meters = [...NICE_METERS].reverse().find((m) => m <= quarter) ?? NICE_METERS[0];
  return { halfSpanMeters, points: placed, circle: radiusMeters / span, scale: { meters, share: meters / span } };
}

/** 200 米 / 1 公里, as the scale bar reads. */
export const scaleLabel = (meters: number) => (meters < 1000 ? `${meters} 米` : `${meters / 1000} 公里`);

/** A share of the box as a CSS percentage, for absolutely placed marks. */
export const pct = (share: number) => `${(share * 100).toFixed(3)}%`;
