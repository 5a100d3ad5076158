/**
 * Loads the calling person from the database on every call. The openid comes from the cloud
 * context only; roles come from the user record only.
 */
import type { Actor } from '../../domain/actor';
import { userIdFor } from './ids/user';
import { callerOpenid } from './cloud';
import { refusal } from './failure';
import { findById } from './records';
import { userDoc, type UserDoc } from './models';

export function actorFrom(user: UserDoc): Actor {
  return {
    userId: user._id,
    name: user.name,
    communityId: user.communityId,
    buildingId: user.buildingId,
    grants: user.grants,
  };
}

export function requireOpenid(): string {
  const openid = callerOpenid();
  if (!openid) throw refusal('NOT_SIGNED_IN');
  return openid;
}

/** The caller's user record, or UNAUTHENTICATED if they have never logged in. */
export async function loadCallerUser(): Promise<UserDoc> {
  const user = await findById('users', userIdFor(requireOpenid()), userDoc);
  if (!user) throw refusal('NOT_SIGNED_IN');
  return user;
}

export async function loadActor(): Promise<Actor> {
  return actorFrom(await loadCallerUser());
}
