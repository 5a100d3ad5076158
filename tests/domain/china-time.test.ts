/** China time (domain/china-time.ts): the one place the +8 h offset is written. */
import fc from 'fast-check';
import {
  chinaDateTime,
  chinaDay,
  chinaDayAfter,
  chinaInstant,
  chinaWallClock,
  endOfChinaDay,
  fromChinaWallClock,
} from '../../domain/china-time';

describe('China time', () => {
  it('puts an instant on its China calendar day, whatever UTC says', () => {
    expect(chinaDay(new Date('2025-03-03T15:59:59Z'))).toBe('2025-03-03');
    expect(chinaDay(new Date('2025-03-03T16:00:00Z'))).toBe('2025-03-04'); // 00:00 in China
    expect(chinaDateTime(new Date('2024-05-01T01:30:00Z'))).toBe('2024-05-01 09:30');
  });

  it('counts days from China’s today and ends a day at 24:00 China time', () => {
    expect(chinaDayAfter(1, new Date('2025-03-03T20:00:00Z'))).toBe('2025-03-05');
    expect(chinaInstant('2025-03-05', '09:00')).toBe('2025-03-05T09:00:00+08:00');
    expect(endOfChinaDay('2025-03-10').toISOString()).toBe('2025-03-10T16:00:00.000Z');
  });

  it('reads the wall clock and back without losing a millisecond', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        (at) => {
          expect(fromChinaWallClock(chinaWallClock(at)).getTime()).toBe(at.getTime());
          expect(new Date(chinaInstant(chinaDay(at))).getTime()).toBeLessThanOrEqual(at.getTime());
        },
      ),
    );
  });
});
