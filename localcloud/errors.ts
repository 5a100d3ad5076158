/**
 * Errors the database stand-in answers, in the shape the SDK reads.
 *
 * The real service answers HTTP 200 with `{ code: '<NAME>', message, requestId }`. The pinned
 * @cloudbase/node-sdk 3.17.2 throws that as a `TcbError` (an Error with `.code`, `.message`,
 * `.requestId`): its module-level `throwOnCode` stays true, since wx-server-sdk's
 * `throwOnCode: false` init option never reaches `setThrowOnCode` (node-sdk dist/utils/utils.js).
 * wx-server-sdk's wrappers (`maybeTransformError` / `checkError`) then map the name through
 * their table `TCB_ERR_CODE` (wx-server-sdk/index.js, "src/api/cloud/provider/tcb/config/
 * error.config.ts") into the numeric `errCode` callers see:
 *
 *   DATABASE_COLLECTION_NOT_EXIST → -502005     INVALID_PARAM → -501007
 *   DATABASE_REQUEST_FAILED       → -502001     any name not in the table → SYS_ERR -501001
 *
 * DATABASE_TRANSACTION_CONFLICT is *not* in that table, so a conflict reported at a write reaches
 * user code as an Error with errCode -501001. Only @cloudbase/database's `runTransaction` looks
 * at the raw name, and only on what commit throws (see transactions.ts). A non-200 status would
 * turn every error into -501001 with an HTTP message, so we never answer one.
 */
export type DbErrorCode =
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'DATABASE_REQUEST_FAILED'
  | 'INVALID_PARAM';

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DbError';
  }
}

export const collectionNotExist = (name: string): DbError =>
  new DbError(
    'DATABASE_COLLECTION_NOT_EXIST',
    `[ResourceNotFound] Db or Table not exist: ${name}. (local cloud: create it with the collections option or db.createCollection)`,
  );

export const conflict = (detail: string): DbError =>
  new DbError('DATABASE_TRANSACTION_CONFLICT', `[WriteConflict] ${detail}`);

export const invalidParam = (detail: string): DbError => new DbError('INVALID_PARAM', detail);
