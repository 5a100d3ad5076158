/**
 * What a person reads when a call fails: the function's own message, else the code's default.
 * `reason` (types/refusals.ts) says WHICH refusal it was, so a page can act on it — drop a card
 * someone else grabbed, say that an order was cancelled — without matching message strings.
 */
import { DEFAULT_ERROR_MESSAGES, type AppError } from '../../types/envelope';
import type { RefusalName } from '../../types/refusals';

export function errorText(error: AppError | null | undefined): string {
  if (!error) return DEFAULT_ERROR_MESSAGES.INTERNAL;
  const own = error.message?.trim();
  return own || DEFAULT_ERROR_MESSAGES[error.code] || DEFAULT_ERROR_MESSAGES.INTERNAL;
}

/** The refusal's name, if the failure was a named refusal. */
export function reasonOf(error: AppError | null | undefined): RefusalName | undefined {
  return error?.reason;
}

/**
 * A page's own words for the refusals it cares about (e.g. the grab hall's "someone was quicker"),
 * else the function's message.
 */
export function refusalText(error: AppError | null | undefined, words: Partial<Record<RefusalName, string>>): string {
  const reason = reasonOf(error);
  return (reason && words[reason]) || errorText(error);
}
