/**
 * Who may upload photos to the local cloud's storage stand-in (LocalCloudOptions.uploadOwner): a
 * person the app knows, i.e. one with a profile (made at their first sign-in). Their uploads go to
 * a folder named by their user id, which is how a function knows a photo is the caller's own
 * (cloudfunctions/_shared/photos.ts). Used by `npm start` and the tests' local cloud alike.
 */
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import type { Store } from '../localcloud';

export function uploadOwner(openid: string, store: Store): string | undefined {
  const userId = userIdFor(openid);
  return store.hasCollection('users') && store.get('users', userId) ? userId : undefined;
}
