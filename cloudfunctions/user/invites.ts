/**
 * invites.create: the invitation an admin (the community's, or any building's) or a 楼栋长 (their
 * own building's) shares as a QR code or a link. One active invitation per community or building:
 * asking again answers the same code, so the QR code pinned in the building's WeChat group keeps
 * working. Codes are random (not derived from ids), so nobody can guess another building's.
 * Following one only joins and claims — the claim still waits for 认证 (domain/residence.ts).
 */
import { JOIN_PAGE, type Invitation } from '../../types/user';
import { mayInvite } from '../../domain/residence';
import { newInviteCode } from '../_shared/ids/invite';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { denied, notFound } from '../_shared/failure';
import { buildingDoc, communityDoc, invitationDoc } from '../_shared/models';
import { findById, findOne } from '../_shared/records';

export async function createInvite(input: { buildingId?: string }): Promise<{ invitation: Invitation }> {
  const actor = await loadActor();
  if (!mayInvite(actor, input.buildingId)) {
    throw denied(input.buildingId ? '只有本楼栋的楼栋长或社区管理员可以邀请' : '只有社区管理员可以发出社区邀请');
  }
  const community = await findById('communities', actor.communityId, communityDoc);
  if (!community) throw notFound('社区');
  let buildingName = '';
  if (input.buildingId) {
    const building = await findById('buildings', input.buildingId, buildingDoc);
    if (!building || building.communityId !== actor.communityId) throw notFound('楼栋');
    buildingName = building.name;
  }
  const buildingId = input.buildingId ?? '';
  const where = { communityId: actor.communityId, buildingId, active: true };
  const existing = await findOne('invitations', where, invitationDoc);
  let code = existing?._id;
  if (!code) {
    code = newInviteCode();
    await db()
      .collection('invitations')
      .doc(code)
      .set({ data: { ...where, createdBy: actor.userId, createdAt: db().serverDate() } });
  }
  return {
    invitation: { code, communityName: community.name, buildingId, buildingName, path: invitePath(code) },
  };
}

export const invitePath = (code: string) => `${JOIN_PAGE}?invite=${code}`;
