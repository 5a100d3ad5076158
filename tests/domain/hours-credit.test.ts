/** Volunteer hours: what an attendance earns is the part of it inside the activity's window. */
import fc from 'fast-check';
import { creditedMinutes, formatHours, hourCauses } from '../../domain/hours/credit';

const at = (hhmm: string) => new Date(`2026-12-05T${hhmm}:00+08:00`);

describe('creditedMinutes', () => {
  it('counts the whole stay when it is inside the window', () => {
    expect(creditedMinutes(at('09:10'), at('10:40'), at('09:00'), at('11:00'))).toBe(90);
  });
  it('caps early arrival and late departure at the activity length', () => {
    expect(creditedMinutes(at('08:00'), at('12:30'), at('09:00'), at('11:00'))).toBe(120);
  });
  it('is zero for a stay outside the window or a check-out before the check-in', () => {
    expect(creditedMinutes(at('11:30'), at('12:00'), at('09:00'), at('11:00'))).toBe(0);
    expect(creditedMinutes(at('10:00'), at('09:30'), at('09:00'), at('11:00'))).toBe(0);
  });
  it('never exceeds the window and never goes below zero (random times)', () => {
    const minute = fc.integer({ min: 0, max: 24 * 60 });
    fc.assert(
      fc.property(minute, minute, minute, minute, (a, b, c, d) => {
        const t = (m: number) => new Date(Date.UTC(2026, 11, 5, 0, m));
        const [start, end] = c <= d ? [c, d] : [d, c];
        const credited = creditedMinutes(t(a), t(b), t(start), t(end));
        return credited >= 0 && credited <= end - start && credited <= Math.max(0, b - a);
      }),
    );
  });
});

describe('formatHours', () => {
  it('shows hours with one decimal and drops a trailing .0', () => {
    expect(formatHours(150)).toBe('2.5 小时');
    expect(formatHours(60)).toBe('1 小时');
    expect(formatHours(20)).toBe('0.3 小时');
  });
});

describe('hourCauses', () => {
  it('names the same cause the same way and different people differently', () => {
    expect(hourCauses.activity('a1', 'u1')).toBe(hourCauses.activity('a1', 'u1'));
    expect(hourCauses.activity('a1', 'u1')).not.toBe(hourCauses.activity('a1', 'u2'));
    expect(hourCauses.wish('a1', 'u1')).not.toBe(hourCauses.activity('a1', 'u1'));
  });
});
