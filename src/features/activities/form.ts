/**
 * 发布活动 as data (issue 14): the draft typed, the error under each field, and the event's
 * activity. Times are China time (a day and two clock times); limits are types/activities.ts and
 * the time rules domain/activities/rules.ts, the ones the function keeps. Pure.
 */
import {
  ACTIVITY_LIMITS,
  type ActivityCategory,
  type ActivityInput,
  type ActivityKind,
} from '../../../types/activities';
import { DAY_PATTERN, isRealDay } from '../../../types/meetings';
import type { Skill } from '../../../types/skills';
import { chinaDayAfter, chinaInstant } from '../../../domain/china-time';
import { timesProblem } from '../../../domain/activities/rules';
import { textError, wholeNumberError, type Errors } from '../form-checks';

export { hasErrors } from '../form-checks';

export interface PublishDraft {
  kind: ActivityKind;
  category: ActivityCategory;
  title: string;
  description: string;
  /** "YYYY-MM-DD", "HH:mm", "HH:mm" (China time). */
  day: string;
  start: string;
  end: string;
  place: string;
  capacity: string;
  points: string;
  /** 召集令: a skill wanted ('' for none) and how many people. */
  skill: Skill | '';
  callCount: string;
}

export const emptyPublish = (now: Date = new Date()): PublishDraft => ({
  kind: 'activity',
  category: 'volunteer',
  title: '',
  description: '',
  day: chinaDayAfter(1, now),
  start: '09:00',
  end: '11:00',
  place: '',
  capacity: '20',
  points: '5',
  skill: '',
  callCount: '3',
});

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function validatePublish(d: PublishDraft, now: Date = new Date()): Errors<keyof PublishDraft> {
  const dayOk = DAY_PATTERN.test(d.day.trim()) && isRealDay(d.day.trim());
  const clocksOk = CLOCK.test(d.start.trim()) && CLOCK.test(d.end.trim());
  let times = '';
  if (dayOk && clocksOk) {
    const start = new Date(chinaInstant(d.day.trim(), d.start.trim()));
    const end = new Date(chinaInstant(d.day.trim(), d.end.trim()));
    times = timesProblem(start, end, start, now)?.message ?? '';
  }
  return {
    title: textError(d.title, ACTIVITY_LIMITS.title, '标题'),
    description: d.description.trim().length > ACTIVITY_LIMITS.description ? '说明最多 300 个字' : '',
    day: dayOk ? '' : '日期请写成 2025-03-04 这样',
    start: CLOCK.test(d.start.trim()) ? '' : '时间请写成 09:00 这样',
    end: CLOCK.test(d.end.trim()) ? times : '时间请写成 11:00 这样',
    place: textError(d.place, ACTIVITY_LIMITS.place, '地点'),
    capacity: wholeNumberError(d.capacity, { min: 1, max: ACTIVITY_LIMITS.capacity }, '名额'),
    points: wholeNumberError(d.points, { min: 0, max: ACTIVITY_LIMITS.points }, '积分'),
    callCount: d.skill ? wholeNumberError(d.callCount, { min: 1, max: ACTIVITY_LIMITS.capacity }, '召集人数') : '',
  };
}

export function publishFields(d: PublishDraft): ActivityInput {
  const description = d.description.trim();
  return {
    kind: d.kind,
    category: d.category,
    title: d.title.trim(),
    ...(description ? { description } : {}),
    startAt: chinaInstant(d.day.trim(), d.start.trim()),
    endAt: chinaInstant(d.day.trim(), d.end.trim()),
    place: d.place.trim(),
    capacity: Number(d.capacity.trim()),
    points: Number(d.points.trim()),
    ...(d.skill ? { callUp: { skills: [d.skill], count: Number(d.callCount.trim()) } } : {}),
  };
}
