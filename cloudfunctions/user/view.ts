/** What a person sees of themselves: their own phone and room in full (it is theirs). */
import type { LoginResult, PublicUser } from '../../types/user';
import { rolesOf } from '../../domain/actor';
import { addressStatusOf } from '../../domain/residence';
import { actorFrom } from '../_shared/actor';
import type { CommunityDoc, UserDoc } from '../_shared/models';

export function ownView(user: UserDoc): PublicUser {
  return { _id: user._id, name: user.name, phone: user.phone, buildingId: user.buildingId, room: user.room };
}

export function loginView(user: UserDoc, community: CommunityDoc): LoginResult {
  return {
    user: ownView(user),
    addressStatus: addressStatusOf(user),
    roles: rolesOf(actorFrom(user)),
    community: { _id: community._id, name: community.name },
  };
}
