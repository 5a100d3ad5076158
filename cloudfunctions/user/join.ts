/**
 * Joining (issue 11 point 1). A newcomer joins the community of an invitation (a QR code or a link
 * the admin or a 楼栋长 shares; a building's invitation also claims that building), or picks one of
 * the communities open to newcomers. Whatever building is claimed stays 待认证 (domain/residence.ts)
 * until that building's 楼栋长 or an admin confirms it. The profile's `_id` is derived from the
 * openid, so two first joins at once still make one profile.
 */
import type { Page } from '../../types/envelope';
import type { CommunitySummary, InvitePeek, LoginResult } from '../../types/user';
import { userIdFor } from '../_shared/ids/user';
import { requireOpenid } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, BY_ID, orderedBy, pageFrom } from '../_shared/cursor';
import { AppFailure, refusal } from '../_shared/failure';
import {
  buildingDoc,
  communityDoc,
  invitationDoc,
  userDoc,
  type BuildingDoc,
  type CommunityDoc,
  type UserDoc,
} from '../_shared/models';
import { fetchDocs, findById, insertDoc } from '../_shared/records';
import { searchKeysOf } from '../_shared/search-keys';
import { loginView } from './view';

const NEWCOMER_NAME = '新居民';
const PAGE_SIZE = 20;

interface Target {
  community: CommunityDoc;
  building: BuildingDoc | null;
}

export async function join(input: { invite?: string; communityId?: string }): Promise<LoginResult> {
  if (Boolean(input.invite) === Boolean(input.communityId)) {
    throw new AppFailure('INVALID_ARGUMENT', '请通过邀请码或选择一个社区加入');
  }
  const openid = requireOpenid();
  const userId = userIdFor(openid);
  const target = input.invite ? await invitationTarget(input.invite) : await openCommunity(input.communityId as string);
  const existing = await findById('users', userId, userDoc);
  const user = existing ? await joinAgain(existing, target) : await createProfile(openid, userId, target);
  return loginView(user, target.community);
}

/** What an invitation is for, shown before joining: names only. */
export async function peekInvite(input: { invite: string }): Promise<InvitePeek> {
  requireOpenid();
  const { community, building } = await invitationTarget(input.invite);
  return { communityName: community.name, buildingName: building?.name ?? '' };
}

/** Communities open to newcomers (names only), 20 a page. */
export async function listOpenCommunities(input: { cursor?: string }): Promise<Page<CommunitySummary>> {
  requireOpenid();
  const _ = db().command;
  const conditions: object[] = [{ acceptsNewResidents: true }];
  if (input.cursor) conditions.push(afterCursor(input.cursor, BY_ID));
  const raw = await fetchDocs(
    orderedBy(db().collection('communities').where(_.and(conditions)), BY_ID).limit(PAGE_SIZE + 1),
  );
  return pageFrom(
    raw.map((d) => communityDoc.parse(d)),
    PAGE_SIZE,
    BY_ID,
    (c) => ({ _id: c._id, name: c.name }),
  );
}

async function invitationTarget(code: string): Promise<Target> {
  const invitation = await findById('invitations', code, invitationDoc);
  if (!invitation || !invitation.active) throw refusal('INVITE_INVALID');
  const community = await findById('communities', invitation.communityId, communityDoc);
  if (!community) throw refusal('INVITE_INVALID');
  if (!invitation.buildingId) return { community, building: null };
  const building = await findById('buildings', invitation.buildingId, buildingDoc);
  if (!building || building.communityId !== community._id) throw refusal('INVITE_INVALID');
  return { community, building };
}

async function openCommunity(communityId: string): Promise<Target> {
  const community = await findById('communities', communityId, communityDoc);
  if (!community || community.acceptsNewResidents !== true) throw refusal('REGISTRATION_CLOSED');
  return { community, building: null };
}

/**
 * Someone who already joined follows an invitation again: same community, nothing to do — except
 * that a building's invitation claims that building (待认证) for one who has not claimed any yet.
 * The claim is a conditional update on "no building yet", so it never overwrites one.
 */
async function joinAgain(user: UserDoc, target: Target): Promise<UserDoc> {
  if (user.communityId !== target.community._id) throw refusal('JOINED_ELSEWHERE');
  if (!target.building || user.buildingId) return user;
  const claim = { buildingId: target.building._id, room: '', addressStatus: 'pending' as const };
  const res = (await db()
    .collection('users')
    .where({ _id: user._id, buildingId: '' })
    .update({ data: { ...claim, updatedAt: db().serverDate() } })) as { stats: { updated: number } };
  if (res.stats.updated === 1) return { ...user, ...claim };
  return (await findById('users', user._id, userDoc)) ?? user;
}

async function createProfile(openid: string, userId: string, target: Target): Promise<UserDoc> {
  const fresh: UserDoc = {
    _id: userId,
    openid,
    communityId: target.community._id,
    name: NEWCOMER_NAME,
    phone: '',
    buildingId: target.building?._id ?? '',
    room: '',
    grants: [],
    ...(target.building ? { addressStatus: 'pending' as const } : {}),
    searchKeys: await searchKeysOf(NEWCOMER_NAME),
  };
  try {
    await insertDoc('users', { ...fresh, createdAt: db().serverDate() });
    return fresh;
  } catch (error) {
    // Another first join of the same person won the insert: theirs is the profile.
    const existing = await findById('users', userId, userDoc);
    if (existing) return joinAgain(existing, target);
    throw error;
  }
}
