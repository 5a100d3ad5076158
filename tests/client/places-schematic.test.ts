/**
 * The 服务阵地 示意图's projection (src/features/places/schematic.ts): places land where the map
 * would put them — north up, east right, at a distance from the centre that matches the haversine
 * distance the list shows — and the circle and scale bar are at the same scale.
 */
import { layoutSchematic, offsetMeters, scaleLabel } from '../../src/features/places/schematic';
import { circleRadiusMeters, distanceMeters } from '../../domain/places/distance';
import { DEMO_BUILDING_LOCATIONS, DEMO_PLACES } from '../../scripts/demo-places';

const HOME = DEMO_BUILDING_LOCATIONS['b-demo-1-1'];
const RADIUS = circleRadiusMeters(70);
const fromCentre = (p: { x: number; y: number }) => Math.hypot(p.x - 0.5, p.y - 0.5);

describe('offsetMeters', () => {
  it('agrees with the haversine distance within 0.5% at a town’s scale', () => {
    for (const place of DEMO_PLACES) {
      const o = offsetMeters(HOME, place.location);
      const d = distanceMeters(HOME, place.location);
      expect(Math.abs(Math.hypot(o.east, o.north) - d)).toBeLessThan(d * 0.005 + 1);
    }
  });

  it('shrinks a degree of longitude by cos(latitude)', () => {
    const east = offsetMeters({ lat: 60, lng: 10 }, { lat: 60, lng: 10.01 }).east;
    const north = offsetMeters({ lat: 60, lng: 10 }, { lat: 60.01, lng: 10 }).north;
    expect(east / north).toBeCloseTo(0.5, 6);
  });
});

describe('layoutSchematic', () => {
  const points = DEMO_PLACES.map((p) => p.location);
  const s = layoutSchematic(HOME, points, RADIUS);

  it('puts each place inside the box at its true distance, at the scale of the circle', () => {
    const edge = s.halfSpanMeters / 1.15;
    s.points.forEach((p, i) => {
      const metres = fromCentre(p) * 2 * s.halfSpanMeters;
      const d = distanceMeters(HOME, points[i]);
      expect(p.beyond).toBe(d > edge);
      // a place beyond the box is pinned at its edge: as far out as the drawing goes
      const want = p.beyond ? edge : d;
      expect(Math.abs(metres - want)).toBeLessThan(want * 0.005 + 1);
      for (const v of [p.x, p.y]) {
        expect(v).toBeGreaterThan(0);
        expect(v).toBeLessThan(1);
      }
    });
    expect(s.circle * 2 * s.halfSpanMeters).toBeCloseTo(RADIUS, 6);
    // the demo: most inside, the river station (1.9 km) pinned to the edge
    expect(s.points.filter((p) => p.beyond)).toHaveLength(1);
  });

  it('keeps the distance order: the nearest place is the one closest to the centre', () => {
    const wide = layoutSchematic(HOME, points, 10_000); // a circle wide enough that nothing is pinned
    const byMap = wide.points.map((p, i) => ({ i, r: fromCentre(p) })).sort((a, b) => a.r - b.r);
    const byDistance = points.map((p, i) => ({ i, d: distanceMeters(HOME, p) })).sort((a, b) => a.d - b.d);
    expect(byMap.map((e) => e.i)).toEqual(byDistance.map((e) => e.i));
  });

  it('draws north up and east to the right', () => {
    const [ne] = layoutSchematic(HOME, [{ lat: HOME.lat + 0.002, lng: HOME.lng + 0.002 }], RADIUS).points;
    expect(ne.x).toBeGreaterThan(0.5);
    expect(ne.y).toBeLessThan(0.5);
    const [sw] = layoutSchematic(HOME, [{ lat: HOME.lat - 0.002, lng: HOME.lng - 0.002 }], RADIUS).points;
    expect(sw.x).toBeLessThan(0.5);
    expect(sw.y).toBeGreaterThan(0.5);
  });

  it('with only near places, the circle still fits in the box', () => {
    const near = layoutSchematic(HOME, [{ lat: HOME.lat + 0.0005, lng: HOME.lng }], RADIUS);
    expect(near.circle).toBeLessThan(0.5);
    expect(near.circle).toBeGreaterThan(0.4);
  });

  it('pins a place far beyond the box to its edge, in its direction, marked beyond', () => {
    const far = { lat: HOME.lat, lng: HOME.lng + 0.2 }; // ~19 km east
    const laid = layoutSchematic(HOME, [points[0], far], RADIUS);
    const [near, pinned] = laid.points;
    expect(near.beyond).toBe(false);
    expect(pinned.beyond).toBe(true);
    expect(pinned.x).toBeGreaterThan(0.8);
    expect(pinned.x).toBeLessThan(1);
    expect(pinned.y).toBeCloseTo(0.5, 2);
  });

  it('picks a round scale bar of about a quarter of the box or less', () => {
    expect([100, 200, 250, 500]).toContain(s.scale.meters);
    expect(s.scale.share).toBeLessThanOrEqual(0.25);
    expect(s.scale.share).toBeGreaterThan(0.08);
    expect(s.scale.share * 2 * s.halfSpanMeters).toBeCloseTo(s.scale.meters, 6);
    expect(scaleLabel(200)).toBe('200 米');
    expect(scaleLabel(1000)).toBe('1 公里');
  });
});
