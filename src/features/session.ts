/** Who is signed in (the `user.login` answer) and their community's org tree, shared by pages. */
import { login } from '@/services/user';
import { getTree } from '@/services/org';
import type { LoginResult, PublicUser } from '../../types/user';
import { createResource } from './resource';

export const session = createResource(login);
export const orgTree = createResource(getTree);

/** After profile.update: keep roles and community, replace the user (and their address's 认证 status). */
export function replaceSessionUser(user: PublicUser, addressStatus?: LoginResult['addressStatus']): void {
  const s = session.get();
  if (s.data) session.set({ ...s.data, user, ...(addressStatus ? { addressStatus } : {}) } satisfies LoginResult);
}

/** The H5 dev sign-in switched person: forget everything about the previous one. */
export function resetAll(): void {
  session.reset();
  orgTree.reset();
}
