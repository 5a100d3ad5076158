/**
 * Loads the calling person from the database on every call. The openid comes from the cloud
 * context only; roles come from the user record only.
 */
import { isCommunityAdmin, type Actor } from '../../domain/actor';
import { countedBuildingId } from '../../domain/residence';
import { userIdFor } from './ids/user';
import { callerOpenid } from './cloud';
import { refusal } from './failure';
import { findById } from './records';
import { userDoc, type UserDoc } from './models';

/**
 * The person as an Actor. Their `buildingId` is the one that counts (domain/residence.ts): '' while
 * the claimed address waits for 认证, so nothing keyed on where one lives (building and grid notices,
 * the resident role of a building) is granted by a mere claim.
 */
export function actorFrom(user: UserDoc): Actor {
  return {
    userId: user._id,
    name: user.name,
    communityId: user.communityId,
    buildingId: countedBuildingId(user),
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

/** The caller, when they are an admin of their community; else NOT_ADMIN with `message` (what only admins may do). */
export async function loadAdmin(message: string): Promise<Actor> {
  const actor = await loadActor();
  if (!isCommunityAdmin(actor)) throw refusal('NOT_ADMIN', message);
  return actor;
}
