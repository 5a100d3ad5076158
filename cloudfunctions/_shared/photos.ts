/**
 * The one rule for the photos a function stores (orders submit and complete, notices): a photo is
 * accepted only when it is the caller's own upload (issue 12, point 7). An upload lives in this
 * environment's storage, in a folder named by the uploader's user id:
 *
 *   cloud://<env>.<bucket>/<folder>/<userId>/<…>    weapp: the client puts it there (src/services/storage.ts)
 *   local://uploads/<userId>/<32 hex>.<ext>          the local cloud puts it there (localcloud/storage.ts)
 *
 * Anything else — another environment's file, someone else's folder, a path with '..' in it — is
 * refused with PHOTO_NOT_YOURS, and nothing is stored.
 */
import { currentEnv } from './cloud';
import { refusal } from './failure';

const LOCAL = /^local:\/\/uploads\/([A-Za-z0-9_-]{1,64})\/[a-f0-9]{32}\.(?:jpg|png|webp|gif)$/;
const CLOUD = /^cloud:\/\/([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+\/(.+)$/;
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

/** The user id whose upload `fileId` is, or undefined when it is no upload of this environment. */
export function uploaderOf(fileId: string, env: string): string | undefined {
  const local = LOCAL.exec(fileId);
  if (local) return local[1];
  const remote = CLOUD.exec(fileId);
  if (!remote || remote[1] !== env) return undefined;
  const segments = remote[2].split('/');
  if (segments.length < 3 || !segments.every((s) => SEGMENT.test(s) && !s.includes('..'))) return undefined;
  return segments[1];
}

/** The photos, when every one is `userId`'s own upload; PHOTO_NOT_YOURS otherwise. */
export function ownPhotos(photos: readonly string[] | undefined, userId: string): string[] {
  const env = currentEnv();
  for (const fileId of photos ?? []) {
    if (uploaderOf(fileId, env) !== userId) throw refusal('PHOTO_NOT_YOURS');
  }
  return [...(photos ?? [])];
}
