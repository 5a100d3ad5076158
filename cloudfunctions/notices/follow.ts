/**
 * follow: the 阅读情况 screen in one call (poster and admins): the notice, its read and unread
 * households, and for a 接龙 its sign-ups. Opening this screen is not reading the notice, so unlike
 * `get` it writes no read receipt for the poster.
 */
import { mayFollowUp } from '../../domain/notices/rules';
import type { Household, NoticeView } from '../../types/notices';
import { loadActor } from '../_shared/actor';
import { denied } from '../_shared/failure';
import { loadVisible, noticeReaders } from './read';
import { listSignups } from './signup';
import { noticeView } from './view';

type Signup = Awaited<ReturnType<typeof listSignups>>['signups'][number];

export async function noticeFollow(input: {
  noticeId: string;
}): Promise<{ notice: NoticeView; read: Household[]; unread: Household[]; signups: Signup[] }> {
  const actor = await loadActor();
  const notice = await loadVisible(input.noticeId, actor);
  if (!mayFollowUp(actor, notice)) throw denied('只有发布人和社区管理员可以查看阅读情况');
  const [readers, signups] = await Promise.all([
    noticeReaders(input),
    notice.kind === 'signup' ? listSignups(input).then((s) => s.signups) : Promise.resolve([]),
  ]);
  return { notice: noticeView(notice, { read: true, signedUp: false }), ...readers, signups };
}
