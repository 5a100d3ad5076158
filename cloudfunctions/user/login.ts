/**
 * login: the caller's profile, roles and community. An openid that has not joined a community yet
 * answers NOT_JOINED: a newcomer joins by an invitation or by picking a community (`join`), never
 * by landing in whichever community happens to accept newcomers.
 */
import type { LoginResult } from '../../types/user';
import { userIdFor } from '../_shared/ids/user';
import { requireOpenid } from '../_shared/actor';
import { refusal } from '../_shared/failure';
import { communityDoc, userDoc, type CommunityDoc, type UserDoc } from '../_shared/models';
import { findById } from '../_shared/records';
import { loginView } from './view';

export async function login(): Promise<LoginResult> {
  const { user, community } = await signIn();
  return loginView(user, community);
}

/** The caller's profile and community: what login and home start from. NOT_JOINED before `join`. */
export async function signIn(): Promise<{ user: UserDoc; community: CommunityDoc }> {
  const openid = requireOpenid();
  const user = await findById('users', userIdFor(openid), userDoc);
  if (!user) throw refusal('NOT_JOINED');
  const community = await findById('communities', user.communityId, communityDoc);
  if (!community) throw refusal('COMMUNITY_GONE');
  return { user, community };
}
