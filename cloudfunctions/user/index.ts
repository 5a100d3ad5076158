/** Function `user`: sign-in, the home screen in one call, one's own profile, and role management by community admins. */
import { userEventSchema, type UserEvent } from '../../types/user';
import { defineFunction } from '../_shared/define-function';
import { login } from './login';
import { home } from './home';
import { updateProfile } from './update-profile';
import { grantRole, revokeRole } from './manage-roles';
import { listMembers } from './list-members';

export const main = defineFunction<UserEvent>('user', userEventSchema, {
  login: () => login(),
  home: () => home(),
  'profile.update': (e) => updateProfile(e),
  'roles.grant': (e) => grantRole(e),
  'roles.revoke': (e) => revokeRole(e),
  'members.list': (e) => listMembers(e),
});
