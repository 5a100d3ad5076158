/**
 * 许个心愿 (and 代发心愿) as a pure form: the draft, its checks in Chinese, and the event fields.
 * The limits are the schema's (types/wishes.ts WISH_LIMITS), so the page and the function agree.
 */
import { WISH_LIMITS, type WishCategory } from '../../../types/wishes';
import { chinaDay, chinaDayAfter } from '../../../domain/china-time';

export interface WishDraft {
  title: string;
  description: string;
  category: WishCategory;
  dueDate: string;
  photos: string[];
  /** 代发: the resident it is for ('' = oneself) */
  forUserId: string;
}

export type WishErrors = Partial<Record<keyof WishDraft, string>>;

export const emptyWish = (now = new Date()): WishDraft => ({
  title: '',
  description: '',
  category: 'elderly',
  dueDate: chinaDayAfter(14, now),
  photos: [],
  forUserId: '',
});

/** By when: a few choices an elder can tap, instead of a calendar. */
export const DUE_CHOICES = [
  { days: 7, label: '一周内' },
  { days: 14, label: '两周内' },
  { days: 30, label: '一个月内' },
] as const;

export function validateWish(d: WishDraft, now = new Date()): WishErrors {
  const e: WishErrors = {};
  if (!d.title.trim()) e.title = '请写下心愿';
  else if (d.title.trim().length > WISH_LIMITS.title) e.title = `最多 ${WISH_LIMITS.title} 个字`;
  if (!d.description.trim()) e.description = '请说说具体需要什么';
  else if (d.description.trim().length > WISH_LIMITS.description)
    e.description = `最多 ${WISH_LIMITS.description} 个字`;
  if (d.dueDate < chinaDay(now)) e.dueDate = '期望日期不能早于今天';
  return e;
}

export const firstWishError = (e: WishErrors): string | undefined => Object.values(e).find(Boolean);

export function wishFields(d: WishDraft, requestId: string) {
  return {
    requestId,
    title: d.title.trim(),
    description: d.description.trim(),
    category: d.category,
    dueDate: d.dueDate,
    ...(d.photos.length ? { photos: d.photos } : {}),
    ...(d.forUserId ? { forUserId: d.forUserId } : {}),
  };
}
