/**
 * 志愿服务时长 (volunteer hours): a second figure beside points (issue 14). Hours are credited by
 * idempotent entries, like points, but are never spent and never lost: an entry is only ever added.
 * Tables are data (value, label) so the client and the functions read the same words.
 */
import { z } from 'zod';

/** What an hours entry is for: an activity attended, a 微心愿 fulfilled, an order done, an admin's entry. */
export const HOUR_SOURCES = ['activity', 'wish', 'order', 'manual'] as const;
export type HourSource = (typeof HOUR_SOURCES)[number];
export const HOUR_SOURCE_LABELS: Record<HourSource, string> = {
  activity: '活动',
  wish: '微心愿',
  order: '三单服务',
  manual: '补录',
};

/** One entry credits at most a day's hours: a bigger figure is a mistake, not a volunteer's day. */
export const MAX_ENTRY_MINUTES = 24 * 60;
export const hourMinutesSchema = z
  .number()
  .int('时长以分钟计，须为整数')
  .min(1, '时长至少 1 分钟')
  .max(MAX_ENTRY_MINUTES, '一次最多记 24 小时');
