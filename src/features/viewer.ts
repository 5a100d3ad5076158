/**
 * The signed-in person as the domain rules see them (domain/actor.ts Actor), so a page asks the
 * very questions the functions ask (domain/orders/actions.ts, domain/meetings/permissions.ts,
 * domain/notices/rules.ts) instead of restating them. Pure.
 */
import { actorOf, type Actor } from '../../domain/actor';
import type { LoginResult } from '../../types/user';

export const viewerOf = (login: LoginResult): Actor => actorOf(login.user, login.roles, login.community._id);

/**
 * Views carry no community id: everything a caller is shown is of their own community (the
 * functions answer NOT_FOUND otherwise), so it is placed there for the domain's questions.
 */
export const inCommunityOf = <T extends object>(view: T, viewer: Pick<Actor, 'communityId'>) => ({
  ...view,
  communityId: viewer.communityId,
});
