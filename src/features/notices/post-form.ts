/**
 * The 发布通知 form as data: the draft, its checks (the same limits as types/notices.ts, said in
 * plain words before anything is sent), and the `post` event it becomes. Deadlines are a few big
 * choices ("明天 18:00") rather than a date wheel: quicker for a busy leader and hard to get wrong. Pure.
 */
import { chinaDayAfter, chinaInstant } from '../../../domain/china-time';
import { NOTICE_LIMITS, type NoticeKind } from '../../../types/notices';
import type { PostInput } from '@/services/notices';
import type { ScopeChoice } from './scopes';

/** The schema's own limits (types/notices.ts), so the form and the function refuse the same. */
export const MAX_TITLE = NOTICE_LIMITS.title;
export const MAX_CONTENT = NOTICE_LIMITS.content;
export const MAX_NOTICE_PHOTOS = NOTICE_LIMITS.photos;
const MAX_CAPACITY = NOTICE_LIMITS.capacity;

export interface PostDraft {
  scope: string;
  kind: NoticeKind;
  title: string;
  content: string;
  /** Digits as typed; blank means 不限. */
  capacity: string;
  /** A DEADLINE_CHOICES value; '' means 不设截止. */
  deadline: string;
  /** Uploaded photos' file ids (the picker uploads as they are chosen). */
  photos: string[];
}

export type PostErrors = Partial<Record<keyof PostDraft, string>>;

export const emptyDraft = (scope = ''): PostDraft => ({
  scope,
  kind: 'notice',
  title: '',
  content: '',
  capacity: '',
  deadline: '',
  photos: [],
});

export interface DeadlineChoice {
  value: string;
  label: string;
  /** The instant, from now; undefined for 不设截止. */
  at(now: Date): Date | undefined;
}

/** `hour` o'clock China time, `days` after China's today (domain/china-time.ts), whatever the phone's zone. */
const at = (days: number, hour: number) => (now: Date) =>
  new Date(chinaInstant(chinaDayAfter(days, now), `${String(hour).padStart(2, '0')}:00`));

export const DEADLINE_CHOICES: DeadlineChoice[] = [
  { value: '', label: '不设截止', at: () => undefined },
  { value: 'today-20', label: '今天 20:00', at: at(0, 20) },
  { value: 'tomorrow-18', label: '明天 18:00', at: at(1, 18) },
  { value: 'day3-18', label: '3 天后 18:00', at: at(3, 18) },
  { value: 'week-18', label: '一周后 18:00', at: at(7, 18) },
];

/** Each problem in words; an empty object means it may be sent. */
export function validatePost(d: PostDraft, choices: readonly ScopeChoice[], now: Date = new Date()): PostErrors {
  const e: PostErrors = {};
  if (!choices.some((c) => c.value === d.scope)) e.scope = '请选择发给谁';
  if (!d.title.trim()) e.title = '请填写标题';
  else if (d.title.trim().length > MAX_TITLE) e.title = `标题最多 ${MAX_TITLE} 个字`;
  if (!d.content.trim()) e.content = '请填写通知内容';
  else if (d.content.trim().length > MAX_CONTENT) e.content = `内容最多 ${MAX_CONTENT} 个字`;
  if (d.kind === 'signup') {
    const cap = d.capacity.trim();
    if (cap && (!/^\d+$/.test(cap) || Number(cap) < 1 || Number(cap) > MAX_CAPACITY)) {
      e.capacity = `人数请填 1 到 ${MAX_CAPACITY} 之间的整数，不限就不填`;
    }
    const deadline = DEADLINE_CHOICES.find((c) => c.value === d.deadline)?.at(now);
    if (deadline && deadline.getTime() <= now.getTime()) e.deadline = '这个时间已经过了，请选晚一点的';
  }
  return e;
}

export const firstError = (e: PostErrors): string | undefined => Object.values(e).find(Boolean);

/** The `post` event; a plain 通知 carries no capacity or deadline (the function refuses them). */
export function postFields(d: PostDraft, choices: readonly ScopeChoice[], now: Date = new Date()): PostInput {
  const scope = choices.find((c) => c.value === d.scope)!.scope;
  const base = {
    scope,
    kind: d.kind,
    title: d.title.trim(),
    content: d.content.trim(),
    ...(d.photos.length ? { photos: d.photos } : {}),
  };
  if (d.kind !== 'signup') return base;
  const deadline = DEADLINE_CHOICES.find((c) => c.value === d.deadline)?.at(now);
  return {
    ...base,
    ...(d.capacity.trim() ? { capacity: Number(d.capacity.trim()) } : {}),
    ...(deadline ? { deadline: deadline.toISOString() } : {}),
  };
}
