/**
 * The one answer shape of every cloud function (issue #2, point 3).
 * Success carries `data`; failure carries a stable `code` and a Chinese `message` for people.
 * No stack traces, internals or personal data ever go into `message`.
 */
import { z } from 'zod';
import { REFUSAL_NAMES, type RefusalName } from './refusals';

export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNAUTHENTICATED',
  'PERMISSION_DENIED',
  'NOT_FOUND',
  'CONFLICT',
  'FAILED_PRECONDITION',
  'RESOURCE_EXHAUSTED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a person sees when a page gets this code and no better message. */
export const DEFAULT_ERROR_MESSAGES: Record<ErrorCode, string> = {
  INVALID_ARGUMENT: '填写的内容有误，请检查后再试',
  UNAUTHENTICATED: '请先登录',
  PERMISSION_DENIED: '您没有权限进行此操作',
  NOT_FOUND: '找不到要查看的内容',
  CONFLICT: '操作冲突，请刷新后再试',
  FAILED_PRECONDITION: '当前状态下不能进行此操作',
  RESOURCE_EXHAUSTED: '数量不足，无法完成',
  INTERNAL: '系统繁忙，请稍后再试',
};

/**
 * `reason` names the refusal (types/refusals.ts) when the failure is an expected one, so a page can
 * act on which refusal it was; `code` and `message` stay as they were.
 */
export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  reason: z.enum(REFUSAL_NAMES).optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Ok<T> = { ok: true; data: T };
export type Fail = { ok: false; error: AppError };
export type Envelope<T> = Ok<T> | Fail;

export function ok<T>(data: T): Ok<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message?: string, reason?: RefusalName): Fail {
  const error: AppError = { code, message: message ?? DEFAULT_ERROR_MESSAGES[code] };
  if (reason) error.reason = reason;
  return { ok: false, error };
}

/** Every list answers one page; `nextCursor` is absent on the last page. */
export function pageSchema<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().optional() });
}
export type Page<T> = { items: T[]; nextCursor?: string };
