/**
 * 台账 exports (issue 13): the `ledgers` function's events and answers. Each export builds one file
 * (Excel for the 三单、积分、议事 台账, Word for a meeting's 纪要) into cloud storage and answers its
 * file id and a short-lived download link for the caller alone.
 */
import { z } from 'zod';
import { idSchema } from './roles';

export const LEDGER_KINDS = ['orders', 'points', 'meetings'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
export const LEDGER_LABELS: Record<LedgerKind | 'minutes', string> = {
  orders: '三单台账',
  points: '积分台账',
  meetings: '议事台账',
  minutes: '会议纪要',
};

export const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

/** "2026-11" (month), "2026-Q4" (quarter) or "2026" (year), China time. */
export const periodSchema = z.string().regex(PERIOD_PATTERN, '时段应为 2026-11、2026-Q4 或 2026');

const ledgerFields = {
  period: periodSchema,
  /** One grid only; the whole community when absent. */
  gridId: idSchema.optional(),
  /** The community; the caller's own when absent. */
  communityId: idSchema.optional(),
};

/** A file id this environment's storage gave an export (cloud:// online, the local stand-in's locally). */
export const ledgerFileIdSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(/^cloud:\/\/[\w.-]+\/ledgers\/[\w-]+\/[\w.-]+\.(xlsx|docx)$/, '文件地址不正确');

export const ledgersEventSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('orders'), ...ledgerFields }).strict(),
  z.object({ action: z.literal('points'), ...ledgerFields }).strict(),
  z.object({ action: z.literal('meetings'), ...ledgerFields }).strict(),
  z.object({ action: z.literal('minutes'), meetingId: idSchema }).strict(),
  /** The communities the caller may export, with their grids (the 台账导出 page's pickers). */
  z.object({ action: z.literal('scope') }).strict(),
  /** A fresh download link for a file the caller exported earlier (links expire). */
  z.object({ action: z.literal('link'), fileId: ledgerFileIdSchema }).strict(),
]);
export type LedgersEvent = z.infer<typeof ledgersEventSchema>;

/** What every export answers. */
export interface LedgerFile {
  fileId: string;
  /** valid for LEDGER_LINK_SECONDS, for the caller only */
  url: string;
  /** 三单台账-阳光社区-2026年11月.xlsx */
  name: string;
  /** data rows written (orders, people, meetings; topics for a 纪要) */
  rows: number;
}

export const LEDGER_LINK_SECONDS = 10 * 60;

/** A community the caller may export: its grids, and whether rows name residents or mask them. */
export interface LedgerCommunity {
  _id: string;
  name: string;
  personal: 'named' | 'masked';
  grids: { _id: string; name: string }[];
}
