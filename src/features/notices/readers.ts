/**
 * The 阅读情况 screen's data: one paged list (features/list) of the chosen tab's households, whose
 * first 未读 page comes with the notice, the counts and the 接龙 list in the one `notices.follow`
 * call the screen opens with; further pages and the 已读 tab are `notices.readers` pages. Every
 * page carries both counts, so the tab titles follow what the last answer said. A long 接龙 list
 * comes 20 at a time too (更多报名).
 */
import { useCallback, useState } from 'react';
import type { AppError, Envelope } from '../../../types/envelope';
import type { NoticeView, ReaderCounts, ReadersPage, ReaderTab, SignupEntry } from '../../../types/notices';
import { usePagedList } from '../list/use-paged-list';
import { getFollow, getReaders, listSignups } from '@/services/notices';

export interface FollowHead {
  notice: NoticeView;
  /** The 接龙 list shown so far, and where the next page starts. */
  signups: SignupEntry[];
  signupsNext?: string;
}

/** The follow answer as the list's first page, handing the rest to `keep`. */
export async function followAsPage(
  noticeId: string,
  keep: (head: FollowHead, counts: ReaderCounts) => void,
): Promise<Envelope<ReadersPage>> {
  const res = await getFollow(noticeId);
  if (!res.ok) return res;
  const { items, nextCursor } = res.data.signups;
  keep({ notice: res.data.notice, signups: items, signupsNext: nextCursor }, res.data.readers.counts);
  return { ok: true, data: res.data.readers };
}

export function useReaders(noticeId: string) {
  const [tab, setTab] = useState<ReaderTab>('unread');
  const [head, setHead] = useState<FollowHead>();
  const [counts, setCounts] = useState<ReaderCounts>();

  const loadPage = useCallback(
    async (cursor?: string): Promise<Envelope<ReadersPage>> => {
      if (!cursor && tab === 'unread') {
        return followAsPage(noticeId, (h, c) => {
          setHead(h);
          setCounts(c);
        });
      }
      const res = await getReaders(noticeId, tab, cursor);
      if (res.ok) setCounts(res.data.counts);
      return res;
    },
    [noticeId, tab],
  );
  const list = usePagedList(loadPage);

  // 更多报名: the next 接龙 page, appended (a tap, so no second list fights for reaching the bottom).
  const [moreSignups, setMoreSignups] = useState<{ loading: boolean; error?: AppError }>({ loading: false });
  const loadMoreSignups = useCallback(async () => {
    if (!head?.signupsNext || moreSignups.loading) return;
    setMoreSignups({ loading: true });
    const res = await listSignups(noticeId, head.signupsNext);
    if (!res.ok) return setMoreSignups({ loading: false, error: res.error });
    setMoreSignups({ loading: false });
    setHead((h) => h && { ...h, signups: [...h.signups, ...res.data.items], signupsNext: res.data.nextCursor });
  }, [head, moreSignups.loading, noticeId]);
  return { tab, setTab, head, counts, list, moreSignups: { ...moreSignups, load: loadMoreSignups } };
}
