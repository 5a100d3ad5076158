/**
 * follow: the 阅读情况 screen in one call (poster while they hold the role, and admins): the notice,
 * both household counts with the first 未读 page, and for a 接龙 its first page of sign-ups. More
 * come through `readers` and `signups` pages. Opening this screen is not reading the notice, so unlike `get` it writes
 * no read receipt.
 */
import type { NoticeFollow } from '../../types/notices';
import { loadActor } from '../_shared/actor';
import { loadFollowed, readersPage } from './readers';
import { signupsOf } from './signup';
import { noticeView } from './view';

export async function noticeFollow(input: { noticeId: string }): Promise<NoticeFollow> {
  const actor = await loadActor();
  const notice = await loadFollowed(input.noticeId, actor);
  const [readers, signups] = await Promise.all([
    readersPage(notice, 'unread'),
    notice.kind === 'signup' ? signupsOf(notice) : Promise.resolve({ items: [] }),
  ]);
  return { notice: noticeView(notice, { read: true, signedUp: false }), readers, signups };
}
