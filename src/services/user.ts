/** Typed calls of the `user` cloud function. Events and results are the types in types/user.ts. */
import type { Envelope, Page } from '../../types/envelope';
import type { Role, Scope } from '../../types/roles';
import type { HomeResult, LoginResult, Member, PublicUser, UserEvent } from '../../types/user';
import { callCloud } from './cloud';

type Fields<A extends UserEvent['action']> = Omit<Extract<UserEvent, { action: A }>, 'action'>;

export type ProfileInput = Fields<'profile.update'>;

/** Who am I: the user, their role grants and their community (creates the user on first call). */
export function login(): Promise<Envelope<LoginResult>> {
  return callCloud<LoginResult>('user', { action: 'login' });
}

/** The home screen in one call: login's answer, one's building name, points and unread notices. */
export function loadHome(): Promise<Envelope<HomeResult>> {
  return callCloud<HomeResult>('user', { action: 'home' });
}

export function updateProfile(input: ProfileInput): Promise<Envelope<{ user: PublicUser }>> {
  return callCloud('user', { action: 'profile.update', ...input });
}

export function grantRole(userId: string, role: Role, scope: Scope): Promise<Envelope<{ member: Member }>> {
  return callCloud('user', { action: 'roles.grant', userId, role, scope });
}

export function revokeRole(userId: string, role: Role, scope: Scope): Promise<Envelope<{ member: Member }>> {
  return callCloud('user', { action: 'roles.revoke', userId, role, scope });
}

export function listMembers(cursor?: string): Promise<Envelope<Page<Member>>> {
  return callCloud('user', cursor ? { action: 'members.list', cursor } : { action: 'members.list' });
}
