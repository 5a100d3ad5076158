import fc from 'fast-check';
import { nextStep, stepAllows, stepsOf } from '../../domain/meetings/steps';
import { nextFixedDay, isOverdue } from '../../domain/meetings/schedule';
import { endOfChinaDay } from '../../domain/china-time';
import { MEETING_STEPS, MEETING_TYPES, type MeetingStep, type MeetingType } from '../../types/meetings';

/** The steps per type, written out independently of types/meetings.ts STEP_TABLE. */
const ORDER: Record<MeetingType, MeetingStep[]> = {
  five_step: ['collect', 'review', 'deliberate', 'publish', 'implement', 'finished'],
  tea: ['ask', 'speak', 'discuss', 'check', 'finished'],
  fixed_day: ['speak', 'discuss', 'act', 'check', 'finished'],
  joint: ['collect', 'discuss', 'assign', 'check', 'finished'],
  other: ['collect', 'discuss', 'publish', 'implement', 'finished'],
};
const LABELS = {
  five_step: ['议题征集', '议题审议', '协商议事', '公布决策', '议题落实', '已结束'],
  tea: ['提前问事', '群众说事', '集中议事', '事后查事', '已结束'],
};

describe.each(MEETING_TYPES)('the %s state machine', (type) => {
  it('advances each step to the next one and nothing else', () => {
    for (const from of MEETING_STEPS) {
      const at = ORDER[type].indexOf(from);
      const res = nextStep(type, from);
      if (at >= 0 && at < ORDER[type].length - 1) expect(res).toEqual({ ok: true, to: ORDER[type][at + 1] });
      else expect(res).toMatchObject({ ok: false, code: 'FAILED_PRECONDITION' });
    }
  });

  it('lists its steps in order', () => {
    expect(stepsOf(type).map((r) => r.step)).toEqual(ORDER[type]);
  });

  it('takes nothing but progress once finished', () => {
    for (const action of ['propose', 'attend', 'record', 'decide', 'publish'] as const) {
      expect(stepAllows(type, 'finished', action)).toMatchObject({ reason: 'MEETING_FINISHED', message: '会议已结束' });
    }
  });

  it('visits every step exactly once whatever stale taps race (fast-check)', () => {
    // Each tap carries the step its caller read (maybe stale); the store moves only when it matches,
    // like the conditional update in cloudfunctions/meetings/advance.ts.
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 6 }), { maxLength: 40 }), (lags) => {
        const visited: MeetingStep[] = [ORDER[type][0]];
        for (const lag of lags) {
          const current = visited[visited.length - 1];
          const read = visited[Math.max(0, visited.length - 1 - lag)];
          const res = nextStep(type, read);
          if (res.ok && read === current) visited.push(res.to);
        }
        expect(visited).toEqual(ORDER[type].slice(0, visited.length));
        expect(new Set(visited).size).toBe(visited.length);
      }),
    );
  });
});

describe('step labels and what each step allows', () => {
  it('names the five steps and the tea steps as the issue does', () => {
    expect(stepsOf('five_step').map((r) => r.label)).toEqual(LABELS.five_step);
    expect(stepsOf('tea').map((r) => r.label)).toEqual(LABELS.tea);
  });

  it('five_step: topics before deliberation, decisions from it, publishing from 公布决策', () => {
    const allowed = (step: MeetingStep, a: Parameters<typeof stepAllows>[2]) =>
      stepAllows('five_step', step, a) === null;
    expect(ORDER.five_step.map((s) => allowed(s, 'propose'))).toEqual([true, true, false, false, false, false]);
    expect(ORDER.five_step.map((s) => allowed(s, 'decide'))).toEqual([false, false, true, true, true, false]);
    expect(ORDER.five_step.map((s) => allowed(s, 'publish'))).toEqual([false, false, false, true, true, false]);
  });

  it('tea has no publish step, so it publishes from deliberation on', () => {
    expect(ORDER.tea.map((s) => stepAllows('tea', s, 'publish') === null)).toEqual([false, true, true, true, false]);
  });
});

describe('逢四说事 dates (China time)', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ['2025-03-04T19:00:00+08:00', '2025-03-14T19:00:00+08:00'],
    ['2025-03-13T19:00:00+08:00', '2025-03-14T19:00:00+08:00'],
    ['2025-03-24T19:00:00+08:00', '2025-04-04T19:00:00+08:00'],
    ['2025-12-30T09:00:00+08:00', '2026-01-04T09:00:00+08:00'],
    // 01:00 on the 4th in China is still the 3rd in UTC: the China day counts.
    ['2025-03-04T01:00:00+08:00', '2025-03-14T01:00:00+08:00'],
  ])('after %s comes %s', (from, to) => {
    expect(nextFixedDay(at(from), [4, 14, 24]).toISOString()).toBe(at(to).toISOString());
  });

  it('is always strictly later, on a listed day (fast-check)', () => {
    const days = fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.date({ min: at('2020-01-01'), max: at('2035-01-01'), noInvalidDate: true }), days, (d, ds) => {
        const next = nextFixedDay(d, ds);
        expect(next.getTime()).toBeGreaterThan(d.getTime());
        expect(ds).toContain(new Date(next.getTime() + 8 * 3600_000).getUTCDate());
      }),
    );
  });

  it('a decision is overdue from the end of its due day until done', () => {
    const dueAt = endOfChinaDay('2025-03-10');
    expect(isOverdue({ dueAt, done: false }, at('2025-03-10T23:59:00+08:00'))).toBe(false);
    expect(isOverdue({ dueAt, done: false }, at('2025-03-11T00:00:00+08:00'))).toBe(true);
    expect(isOverdue({ dueAt, done: true }, at('2025-04-01T00:00:00+08:00'))).toBe(false);
  });
});
