/**
 * An expected failure raised inside a handler (not found, no permission, wrong state…).
 * `defineFunction` turns it into `{ ok:false, error:{ code, message, reason } }`. Anything else thrown
 * is a bug and becomes INTERNAL with a generic message, so no internals leak to the client.
 * `reason` is the refusal's name from the one table (types/refusals.ts) when it has one.
 */
import type { ErrorCode } from '../../types/envelope';
import { REFUSALS, type Refusal, type RefusalName } from '../../types/refusals';

export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly reason?: RefusalName,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

/** The failure for a refusal a domain rule answered (`{ ok:false, reason, code, message }`). */
export const failureOf = (r: Refusal) => new AppFailure(r.code, r.message, r.reason);

/** The failure for a named refusal, with the table's code and message (or a more specific sentence). */
export const refusal = (reason: RefusalName, message?: string) =>
  new AppFailure(REFUSALS[reason].code, message ?? REFUSALS[reason].message, reason);

export const notFound = (what = '内容') => new AppFailure('NOT_FOUND', `找不到该${what}`);
export const denied = (message = '您没有权限进行此操作') => new AppFailure('PERMISSION_DENIED', message);
