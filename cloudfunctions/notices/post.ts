/**
 * post: a building leader to the buildings they lead, a grid worker to their grid, an admin to the
 * community. The title and text have passed WeChat's content check before this runs (defineFunction,
 * types/people-text.ts); the subscribe messages go out only after the notice is saved.
 */
import { mayPostTo, scopeKey } from '../../domain/notices/rules';
import type { NoticeScopeInput, NoticeView } from '../../types/notices';
import { loadCallerUser, actorFrom } from '../_shared/actor';
import { denied, refusal } from '../_shared/failure';
import { notify } from '../_shared/notify';
import { ownPhotos } from '../_shared/photos';
import { insertDoc } from '../_shared/records';
import { noticeMessage } from '../_shared/templates';
import { NOTICES, resolveScope, type NoticeDoc } from './model';
import { buildingsOf, recordHouseholds, residentsOf } from './households';
import { noticeView } from './view';
import { countNotice } from '../_shared/stats/civic';
import { noticeFacts } from '../../domain/stats/civic-facts';

interface PostInput {
  scope: NoticeScopeInput;
  kind: 'notice' | 'signup';
  title: string;
  content: string;
  capacity?: number;
  deadline?: string;
  photos?: string[];
}

export async function postNotice(input: PostInput): Promise<{ notice: NoticeView }> {
  const user = await loadCallerUser();
  const actor = actorFrom(user);
  const photos = ownPhotos(input.photos, actor.userId);
  const { scope, label } = await resolveScope(input.scope, actor);
  if (!mayPostTo(actor, scope)) throw denied('只能向自己负责的楼栋、网格发布通知');
  const now = new Date();
  const deadline = input.deadline ? new Date(input.deadline) : undefined;
  if (deadline && deadline.getTime() <= now.getTime()) {
    throw refusal('DEADLINE_IN_PAST');
  }
  const doc: Omit<NoticeDoc, '_id'> = {
    communityId: actor.communityId,
    scope,
    scopeKey: scopeKey(scope),
    scopeLabel: label,
    kind: input.kind,
    title: input.title,
    content: input.content,
    ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
    ...(deadline ? { deadline } : {}),
    signupCount: 0,
    photos,
    posterId: actor.userId,
    posterName: actor.name,
    createdAt: now,
  };
  const notice: NoticeDoc = { _id: await insertDoc(NOTICES, doc), ...doc };
  // The households it reached, each unread until a member opens it (阅读情况 pages these).
  const buildings = await buildingsOf(actor.communityId, scope);
  const residents = await residentsOf(actor.communityId, buildings);
  const reached = await recordHouseholds(notice, residents, buildings);
  await countNotice(notice, noticeFacts(reached, 0)); // 数据看板 (never throws)
  // Saved: now tell the households that asked to be told (a failed send changes nothing).
  const recipients = residents.filter((r) => r._id !== actor.userId).map((r) => ({ userId: r._id, openid: r.openid }));
  await notify(actor.communityId, recipients, noticeMessage(notice, now));
  return { notice: noticeView(notice, { read: true, signedUp: false }) };
}
