/**
 * Function `user`: joining (by invitation or by picking a community), sign-in, the home screen in
 * one call, one's own profile, the 认证 queue, and 人员管理 (search, roles) by community admins.
 */
import { userEventSchema, type UserEvent } from '../../types/user';
import { defineFunction } from '../_shared/define-function';
import { login } from './login';
import { home } from './home';
import { updateProfile } from './update-profile';
import { grantRole, revokeRole } from './manage-roles';
import { listMembers } from './list-members';
import { join, listOpenCommunities, peekInvite } from './join';
import { createInvite } from './invites';
import { listPending, verifyResident } from './verify-residents';

export const main = defineFunction<UserEvent>('user', userEventSchema, {
  login: () => login(),
  home: () => home(),
  'profile.update': (e) => updateProfile(e),
  'roles.grant': (e) => grantRole(e),
  'roles.revoke': (e) => revokeRole(e),
  'members.list': (e) => listMembers(e),
  join: (e) => join(e),
  'communities.list': (e) => listOpenCommunities(e),
  'invite.peek': (e) => peekInvite(e),
  'invites.create': (e) => createInvite(e),
  'residents.pending': (e) => listPending(e),
  'resident.verify': (e) => verifyResident(e),
});
