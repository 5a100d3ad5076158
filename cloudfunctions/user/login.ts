/**
 * login: the caller's profile, roles and community. A new openid gets a resident profile in the
 * community that accepts newcomers; the profile's `_id` is derived from the openid, so two first
 * logins at once still make one profile.
 */
import type { LoginResult } from '../../types/user';
import { userIdFor } from '../_shared/ids/user';
import { requireOpenid } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { refusal } from '../_shared/failure';
import { communityDoc, userDoc, type CommunityDoc, type UserDoc } from '../_shared/models';
import { findById, findOne, insertDoc } from '../_shared/records';
import { loginView } from './view';

export async function login(): Promise<LoginResult> {
  const { user, community } = await signIn();
  return loginView(user, community);
}

/** The caller's profile (made on first sign-in) and community: what login and home start from. */
export async function signIn(): Promise<{ user: UserDoc; community: CommunityDoc }> {
  const openid = requireOpenid();
  const userId = userIdFor(openid);
  const user = (await findById('users', userId, userDoc)) ?? (await createProfile(openid, userId));
  const community = await findById('communities', user.communityId, communityDoc);
  if (!community) throw refusal('COMMUNITY_GONE');
  return { user, community };
}

async function createProfile(openid: string, userId: string): Promise<UserDoc> {
  const home = await findOne('communities', { acceptsNewResidents: true }, communityDoc);
  if (!home) throw refusal('REGISTRATION_CLOSED');
  const fresh: UserDoc = {
    _id: userId,
    openid,
    communityId: home._id,
    name: '新居民',
    phone: '',
    buildingId: '',
    room: '',
    grants: [],
  };
  try {
    await insertDoc('users', { ...fresh, createdAt: db().serverDate() });
    return fresh;
  } catch (error) {
    // Another first login of the same person won the insert: theirs is the profile.
    const existing = await findById('users', userId, userDoc);
    if (existing) return existing;
    throw error;
  }
}
