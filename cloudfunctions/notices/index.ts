/** Function `notices`: 楼栋长发布 — notices, read receipts, 接龙 sign-ups, subscribe messages (issue #6). */
import { noticesEventSchema, type NoticesEvent } from '../../types/notices';
import { loadCallerUser } from '../_shared/actor';
import { defineFunction } from '../_shared/define-function';
import { addSubscriptions } from '../_shared/notify';
import { noticeFollow } from './follow';
import { postNotice } from './post';
import { getNotice, listNotices } from './read';
import { noticeReaders } from './readers';
import { remindUnread } from './remind';
import { listSignups, signUp, withdraw } from './signup';

export const main = defineFunction<NoticesEvent>('notices', noticesEventSchema, {
  post: (e) => postNotice(e),
  list: (e) => listNotices(e),
  get: (e) => getNotice(e),
  readers: (e) => noticeReaders(e),
  follow: (e) => noticeFollow(e),
  remind: (e) => remindUnread(e),
  signup: (e) => signUp(e),
  withdraw: (e) => withdraw(e),
  signups: (e) => listSignups(e),
  // After the client's requestSubscribeMessage: the kinds the person accepted (one message each).
  subscribe: async (e) => {
    const user = await loadCallerUser();
    await addSubscriptions(user, e.kinds);
    return { subscribed: e.kinds };
  },
});
