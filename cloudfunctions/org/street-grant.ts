/**
 * street.grant: makes a person 街道管理员 over several communities (one street_admin grant each),
 * by the operator only — like community.create it runs only when called WITHOUT an OPENID
 * (`npm run street:grant`, or the 云开发控制台's 云端测试). No community admin can grant it
 * (domain/grants.ts): it reaches beyond their community. The person must have signed in once.
 * Idempotent (addToSet); `revoke: true` takes the listed grants away.
 */
import { userIdFor } from '../_shared/ids/user';
import { callerOpenid, db } from '../_shared/cloud';
import { denied, notFound } from '../_shared/failure';
import { communityDoc, userDoc } from '../_shared/models';
import { findById } from '../_shared/records';

interface Input {
  openid: string;
  communityIds: string[];
  revoke?: boolean;
}

export async function grantStreet(input: Input): Promise<{ userId: string; communityIds: string[] }> {
  if (callerOpenid()) throw denied('街道管理员只能由运维人员在云开发控制台或命令行授予');
  const userId = userIdFor(input.openid);
  const user = await findById('users', userId, userDoc);
  if (!user) throw notFound('该用户（请先让其登录一次小程序）');
  for (const id of input.communityIds) if (!(await findById('communities', id, communityDoc))) throw notFound('社区');
  const grants = input.communityIds.map((communityId) => ({ role: 'street_admin' as const, scope: { communityId } }));
  const _ = db().command;
  for (const grant of grants)
    await db()
      .collection('users')
      .doc(userId)
      .update({ data: { grants: input.revoke ? _.pull(grant) : _.addToSet(grant) } });
  const after = await findById('users', userId, userDoc);
  const held = (after?.grants ?? []).filter((g) => g.role === 'street_admin').map((g) => g.scope.communityId ?? '');
  return { userId, communityIds: held };
}
