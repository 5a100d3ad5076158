/**
 * Working days by China's official calendar (domain/working-days.ts), from the `chinese-days`
 * package's data: 国庆 2026 (10-01 to 10-07 off), its 调休 Saturday 10-10 and Sunday 09-20 worked.
 */
import fc from 'fast-check';
import { addWorkingDays, calendarCovers, isWorkingDay } from '../../domain/working-days';
import { chinaDay } from '../../domain/china-time';

const china = (s: string) => new Date(`${s}+08:00`);

describe('working days', () => {
  it('knows 国庆 is off and its 调休 weekend days are worked', () => {
    expect(isWorkingDay('2026-09-30')).toBe(true); // Wednesday
    for (let d = 1; d <= 7; d += 1) expect(isWorkingDay(`2026-10-0${d}`)).toBe(false);
    expect(isWorkingDay('2026-10-08')).toBe(true);
    expect(isWorkingDay('2026-10-10')).toBe(true); // Saturday, 补班
    expect(isWorkingDay('2026-10-11')).toBe(false); // Sunday
    expect(isWorkingDay('2026-09-20')).toBe(true); // Sunday, 补班
    expect(isWorkingDay('2026-09-19')).toBe(false); // an ordinary Saturday
  });

  it('counts across 国庆: filed the day before, one working day is the day after the holiday', () => {
    expect(addWorkingDays(china('2026-09-30T10:00:00'), 1)).toEqual(china('2026-10-08T10:00:00'));
    expect(addWorkingDays(china('2026-09-30T10:00:00'), 3)).toEqual(china('2026-10-10T10:00:00'));
  });

  it('counts a 调休 Saturday as a working day', () => {
    expect(addWorkingDays(china('2026-10-09T15:00:00'), 1)).toEqual(china('2026-10-10T15:00:00'));
    expect(addWorkingDays(china('2026-10-10T15:00:00'), 1)).toEqual(china('2026-10-12T15:00:00'));
  });

  it('skips an ordinary weekend and keeps the clock time', () => {
    expect(addWorkingDays(china('2026-11-19T15:00:00'), 1)).toEqual(china('2026-11-20T15:00:00')); // Thu → Fri
    expect(addWorkingDays(china('2026-11-20T15:00:00'), 1)).toEqual(china('2026-11-23T15:00:00')); // Fri → Mon
    expect(addWorkingDays(china('2026-11-20T15:00:00'), 7)).toEqual(china('2026-12-01T15:00:00'));
  });

  it('starts a clock begun on a day off at the next working day’s start', () => {
    // filed during 国庆: one working day is the whole of 10-08
    expect(addWorkingDays(china('2026-10-03T22:00:00'), 1)).toEqual(china('2026-10-09T00:00:00'));
    // filed on a Saturday evening: the end of Monday
    expect(addWorkingDays(china('2026-11-21T20:00:00'), 1)).toEqual(china('2026-11-24T00:00:00'));
  });

  it('uses China days whatever the instant’s UTC day is', () => {
    // 2026-10-09T20:00Z is already Saturday 10-10 04:00 in China: a 调休 working day
    expect(addWorkingDays(new Date('2026-10-09T20:00:00Z'), 1)).toEqual(china('2026-10-12T04:00:00'));
  });

  it('outside the years the package covers, only weekends are off (and says which years it covers)', () => {
    expect(calendarCovers(2026)).toBe(true);
    expect(calendarCovers(2004)).toBe(true);
    expect(calendarCovers(2003)).toBe(false);
    expect(calendarCovers(2199)).toBe(false);
    expect(isWorkingDay('2199-01-05')).toBe(false); // a Saturday
    expect(isWorkingDay('2199-01-01')).toBe(true); // a Tuesday: its holidays are not yet published
    if (!calendarCovers(2027)) {
      // from 2026-12-30 (Wednesday), 3 working days: Thursday, Friday 01-01 (not yet published), Monday
      expect(addWorkingDays(china('2026-12-30T10:00:00'), 3)).toEqual(china('2027-01-04T10:00:00'));
    }
  });

  it('always lands on a working day, later than it started, by at least the days asked', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2004-01-01T00:00:00Z'), max: new Date('2030-12-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 20 }),
        (at, days) => {
          const due = addWorkingDays(at, days);
          expect(due.getTime()).toBeGreaterThanOrEqual(at.getTime() + days * 24 * 3600_000 - 1);
          // the due instant is on a working day, or exactly 00:00 after one (a clock begun on a day off)
          const day = chinaDay(due);
          const before = chinaDay(new Date(due.getTime() - 1));
          expect(isWorkingDay(day) || isWorkingDay(before)).toBe(true);
        },
      ),
    );
  });
});
