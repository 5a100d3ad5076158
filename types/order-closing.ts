/** A leaf module (no imports from types/): types/org.ts and types/orders.ts both read it. */
import { z } from 'zod';

/**
 * Nobody waits forever (issue 11.7): a community's days (working days) for the resident to rate a
 * completed order, and to confirm a 整改 reply, before the order closes by itself. Stored on the
 * community document (`settings.orders.closing`); an admin changes them (`org` `settings.closing`).
 */
export const closingSettingsSchema = z
  .object({
    unratedDays: z.number().int().min(1, '至少 1 个工作日').max(30, '至多 30 个工作日'),
    rectifyConfirmDays: z.number().int().min(1, '至少 1 个工作日').max(30, '至多 30 个工作日'),
  })
  .strict();
export type ClosingSettings = z.infer<typeof closingSettingsSchema>;
export const DEFAULT_CLOSING: ClosingSettings = { unratedDays: 7, rectifyConfirmDays: 7 };
