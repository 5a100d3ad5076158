/**
 * Who is acting, and what their grants cover. Plain TypeScript: no SDK, no Taro (a dependency rule
 * keeps it so). Every function loads the actor from the database on every call and asks these
 * questions; nothing about roles is ever taken from the event.
 */
import type { Role, RoleGrant } from '../types/roles';
import type { PublicUser } from '../types/user';

export interface Actor {
  userId: string;
  name: string;
  communityId: string;
  /** The building they live in ('' until they set it). */
  buildingId: string;
  /** Grants stored on the user; `resident` is derived from where they live, never stored. */
  grants: RoleGrant[];
}

/**
 * A person as the client knows them (the `user.login` answer, a `members.list` row) as an Actor, so
 * the pages ask the same questions the functions ask. Everyone a client is shown belongs to the
 * caller's community (the functions answer NOT_FOUND otherwise), hence `communityId` from the caller.
 */
export function actorOf(
  person: Pick<PublicUser, '_id' | 'name' | 'buildingId'>,
  grants: readonly RoleGrant[],
  communityId: string,
): Actor {
  return { userId: person._id, name: person.name, communityId, buildingId: person.buildingId, grants: [...grants] };
}

/** The place an action touches, as far as it is known. */
export interface Place {
  communityId: string;
  gridId?: string;
  buildingId?: string;
}

/** Everyone is a resident of where they live (or of the community until they choose a building). */
export function rolesOf(actor: Actor): RoleGrant[] {
  const resident: RoleGrant = actor.buildingId
    ? { role: 'resident', scope: { buildingId: actor.buildingId } }
    : { role: 'resident', scope: { communityId: actor.communityId } };
  return [resident, ...actor.grants];
}

/**
 * Does a grant of `role` cover `place`? A community-wide grant covers everything in the actor's
 * community; a grid grant covers its grid and the buildings in it; a building grant its building.
 * Grants are only ever written inside the holder's community, so a matching id is enough.
 */
export function covers(actor: Actor, role: Role, place: Place): boolean {
  if (place.communityId !== actor.communityId) return false;
  return rolesOf(actor).some(({ role: r, scope }) => {
    if (r !== role) return false;
    if (scope.communityId) return scope.communityId === place.communityId;
    if (scope.gridId) return scope.gridId === place.gridId;
    if (scope.buildingId) return scope.buildingId === place.buildingId;
    // A unit grant (共建单位) covers no place of a community: its reach is its unit's members only.
    return false;
  });
}

export function hasRole(actor: Actor, role: Role): boolean {
  return rolesOf(actor).some((g) => g.role === role);
}

export function isCommunityAdmin(actor: Actor): boolean {
  return covers(actor, 'community_admin', { communityId: actor.communityId });
}

/** Grants compare equal when role and scope ids match, whatever the key order. */
export function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  return (
    a.role === b.role &&
    (a.scope.communityId ?? '') === (b.scope.communityId ?? '') &&
    (a.scope.gridId ?? '') === (b.scope.gridId ?? '') &&
    (a.scope.buildingId ?? '') === (b.scope.buildingId ?? '') &&
    (a.scope.unitId ?? '') === (b.scope.unitId ?? '')
  );
}
