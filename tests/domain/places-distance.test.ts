/** Distance on foot for 服务阵地 and the 15-minute circle (domain/places/distance.ts). */
import fc from 'fast-check';
import {
  circleRadiusMeters,
  distanceLabel,
  distanceMeters,
  nearestFirst,
  walkMinutes,
  withinCircle,
} from '../../domain/places/distance';
import { wgs84ToGcj02 } from '../../domain/places/gcj02';

const point = fc.record({
  lat: fc.double({ min: 18, max: 53, noNaN: true }),
  lng: fc.double({ min: 73, max: 135, noNaN: true }),
});

describe('distance on foot', () => {
  it('measures known distances: one thousandth of a degree of latitude is about 111 m', () => {
    expect(distanceMeters({ lat: 30, lng: 120 }, { lat: 30.001, lng: 120 })).toBe(111);
    // Hangzhou to Shanghai (people's squares): about 165 km in a straight line
    const km = distanceMeters({ lat: 30.2741, lng: 120.1551 }, { lat: 31.2304, lng: 121.4737 }) / 1000;
    expect(km).toBeGreaterThan(160);
    expect(km).toBeLessThan(170);
  });

  it('is symmetric, zero only from a point to itself, and keeps the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(distanceMeters(a, b)).toBe(distanceMeters(b, a));
        expect(distanceMeters(a, a)).toBe(0);
        expect(distanceMeters(a, c)).toBeLessThanOrEqual(distanceMeters(a, b) + distanceMeters(b, c) + 1);
      }),
    );
  });

  it('walks the street, not the straight line: 1,000 m at 70 m a minute is 19 minutes, not 15', () => {
    expect(walkMinutes(1000, 70)).toBe(19);
    expect(walkMinutes(0, 70)).toBe(1);
    expect(withinCircle(15)).toBe(true);
    expect(withinCircle(16)).toBe(false);
  });

  it('the circle radius is exactly what 15 minutes reach', () => {
    for (const speed of [40, 60, 70, 80, 120]) {
      const r = circleRadiusMeters(speed);
      expect(withinCircle(walkMinutes(r, speed))).toBe(true);
      expect(withinCircle(walkMinutes(r + 2, speed))).toBe(false);
    }
  });

  it('reads as people say it', () => {
    expect(distanceLabel(350)).toBe('350 米');
    expect(distanceLabel(1234)).toBe('1.2 公里');
  });

  it('orders nearest first, unknown distances last, ties by id', () => {
    const sorted = nearestFirst([
      { _id: 'c' },
      { _id: 'b', distanceMeters: 500 },
      { _id: 'a', distanceMeters: 500 },
      { _id: 'd', distanceMeters: 20 },
    ]);
    expect(sorted.map((p) => p._id)).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('a browser’s GPS position on China’s maps (WGS-84 → GCJ-02)', () => {
  it('moves a point in China by the known few hundred metres, and leaves points abroad alone', () => {
    // Tiananmen: the offset in Beijing is about 0.0013° north and 0.0062° east
    const beijing = wgs84ToGcj02({ lat: 39.9042, lng: 116.4074 });
    expect(beijing.lat - 39.9042).toBeCloseTo(0.0013, 3);
    expect(beijing.lng - 116.4074).toBeCloseTo(0.0062, 3);
    expect(wgs84ToGcj02({ lat: 48.8584, lng: 2.2945 })).toEqual({ lat: 48.8584, lng: 2.2945 });
  });

  it('shifts every mainland point by 100–700 m, never more', () => {
    fc.assert(
      fc.property(point, (p) => {
        const moved = distanceMeters(p, wgs84ToGcj02(p));
        expect(moved).toBeGreaterThan(50);
        expect(moved).toBeLessThan(700);
      }),
    );
  });
});
