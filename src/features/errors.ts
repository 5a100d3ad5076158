/** What a person reads when a call fails: the function's own message, else the code's default. */
import { DEFAULT_ERROR_MESSAGES, type AppError } from '../../types/envelope';

export function errorText(error: AppError | null | undefined): string {
  if (!error) return DEFAULT_ERROR_MESSAGES.INTERNAL;
  const own = error.message?.trim();
  return own || DEFAULT_ERROR_MESSAGES[error.code] || DEFAULT_ERROR_MESSAGES.INTERNAL;
}
