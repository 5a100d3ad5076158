/** Typed calls of the `user` cloud function. Events and results are the types in types/user.ts. */
import type { Envelope, Page } from '../../types/envelope';
import type { Role, Scope } from '../../types/roles';
import type {
  CommunitySummary,
  HomeResult,
  Invitation,
  InvitePeek,
  LoginResult,
  Member,
  PendingResident,
  PublicUser,
  UserEvent,
} from '../../types/user';
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

export function updateProfile(
  input: ProfileInput,
): Promise<Envelope<{ user: PublicUser; addressStatus: NonNullable<LoginResult['addressStatus']> }>> {
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

/** 人员管理: members whose name, pinyin or initials start with `q` (all when empty), 20 a page. */
export function searchMembers(q: string, cursor?: string): Promise<Envelope<Page<Member>>> {
  return callCloud('user', {
    action: 'members.list',
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(cursor ? { cursor } : {}),
  });
}

/** Join by an invitation code, or by picking an open community. */
export function joinCommunity(via: { invite: string } | { communityId: string }): Promise<Envelope<LoginResult>> {
  return callCloud<LoginResult>('user', { action: 'join', ...via });
}

export function peekInvite(invite: string): Promise<Envelope<InvitePeek>> {
  return callCloud<InvitePeek>('user', { action: 'invite.peek', invite });
}

export function listOpenCommunities(cursor?: string): Promise<Envelope<Page<CommunitySummary>>> {
  return callCloud('user', cursor ? { action: 'communities.list', cursor } : { action: 'communities.list' });
}

/** The invitation to share: the community's (no building) or a building's. */
export function createInvite(buildingId?: string): Promise<Envelope<{ invitation: Invitation }>> {
  return callCloud('user', buildingId ? { action: 'invites.create', buildingId } : { action: 'invites.create' });
}

/** The 认证 queue of the caller's buildings (楼栋长) or community (admin). */
export function listPendingResidents(cursor?: string): Promise<Envelope<Page<PendingResident>>> {
  return callCloud('user', cursor ? { action: 'residents.pending', cursor } : { action: 'residents.pending' });
}

export function verifyResident(
  claim: Pick<PendingResident, '_id' | 'buildingId' | 'room'>,
  decision: 'confirm' | 'reject',
): Promise<Envelope<{ userId: string; addressStatus: 'confirmed' | 'rejected' }>> {
  return callCloud('user', {
    action: 'resident.verify',
    userId: claim._id,
    buildingId: claim.buildingId,
    room: claim.room,
    decision,
  });
}
