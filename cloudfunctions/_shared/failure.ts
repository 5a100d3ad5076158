/**
 * An expected failure raised inside a handler (not found, no permission, wrong state…).
 * `defineFunction` turns it into `{ ok:false, error:{ code, message } }`. Anything else thrown is a bug
 * and becomes INTERNAL with a generic message, so no internals leak to the client.
 */
import type { ErrorCode } from '../../types/envelope';

export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

export const notFound = (what = '内容') => new AppFailure('NOT_FOUND', `找不到该${what}`);
export const denied = (message = '您没有权限进行此操作') => new AppFailure('PERMISSION_DENIED', message);
