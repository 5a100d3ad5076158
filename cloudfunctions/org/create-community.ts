/**
 * community.create: a new community and its first admin, by a one-off command — never by editing
 * the database in the console (issue 11 point 2). It runs only when called WITHOUT an OPENID: from
 * the 云开发控制台's 云端测试 or `tcb fn invoke` in the WeChat cloud, or `npm run community:create`
 * against the local cloud. A call from the mini-program always carries the caller's OPENID, so no
 * user can make themselves an admin through it.
 *
 * Idempotent: the community's `_id` is derived from its name, so running the command again finds
 * the same community, re-grants the admin (addToSet) and answers the same invitation.
 */
import type { CreatedCommunity } from '../../types/org';
import { hex24 } from '../_shared/ids/hash';
import { newInviteCode } from '../_shared/ids/invite';
import { userIdFor } from '../_shared/ids/user';
import { callerOpenid, db } from '../_shared/cloud';
import { denied, refusal } from '../_shared/failure';
import { communityDoc, invitationDoc, userDoc } from '../_shared/models';
import { findById, findOne } from '../_shared/records';
import { searchKeysOf } from '../_shared/search-keys';

interface Input {
  name: string;
  adminOpenid: string;
  adminName?: string;
  acceptsNewResidents?: boolean;
}

export async function createCommunity(input: Input): Promise<CreatedCommunity> {
  if (callerOpenid()) throw denied('新建社区只能由运维人员在云开发控制台或命令行执行');
  const communityId = 'c_' + hex24(`community:${input.name}`);
  const existing = await findById('communities', communityId, communityDoc);
  if (!existing) {
    await db()
      .collection('communities')
      .doc(communityId)
      .set({
        data: {
          name: input.name,
          acceptsNewResidents: input.acceptsNewResidents ?? false,
          createdAt: db().serverDate(),
        },
      });
  }
  const adminUserId = await ensureAdmin(communityId, input);
  const invite = await ensureInvite(communityId, adminUserId);
  return { community: { _id: communityId, name: input.name }, adminUserId, invite, created: !existing };
}

async function ensureAdmin(communityId: string, input: Input): Promise<string> {
  const userId = userIdFor(input.adminOpenid);
  const grant = { role: 'community_admin' as const, scope: { communityId } };
  const user = await findById('users', userId, userDoc);
  if (user) {
    if (user.communityId !== communityId) throw refusal('JOINED_ELSEWHERE', '该微信用户已加入另一个社区');
    await db()
      .collection('users')
      .doc(userId)
      .update({ data: { grants: db().command.addToSet(grant) } });
    return userId;
  }
  const name = input.adminName ?? '社区管理员';
  await db()
    .collection('users')
    .doc(userId)
    .set({
      data: {
        openid: input.adminOpenid,
        communityId,
        name,
        phone: '',
        buildingId: '',
        room: '',
        grants: [grant],
        searchKeys: await searchKeysOf(name),
        createdAt: db().serverDate(),
      },
    });
  return userId;
}

async function ensureInvite(communityId: string, adminUserId: string): Promise<string> {
  const where = { communityId, buildingId: '', active: true };
  const found = await findOne('invitations', where, invitationDoc);
  if (found) return found._id;
  const code = newInviteCode();
  await db()
    .collection('invitations')
    .doc(code)
    .set({ data: { ...where, createdBy: adminUserId, createdAt: db().serverDate() } });
  return code;
}
