/** A stored notice as the caller sees it. */
import type { NoticeView } from '../../types/notices';
import type { NoticeDoc } from './model';

export function noticeView(n: NoticeDoc, mine: { read: boolean; signedUp: boolean }): NoticeView {
  return {
    _id: n._id,
    kind: n.kind,
    scope: { kind: n.scope.kind, id: n.scope.id, label: n.scopeLabel },
    title: n.title,
    content: n.content,
    posterId: n.posterId,
    posterName: n.posterName,
    createdAt: n.createdAt.toISOString(),
    ...(n.capacity !== undefined ? { capacity: n.capacity } : {}),
    ...(n.deadline ? { deadline: n.deadline.toISOString() } : {}),
    signupCount: n.signupCount,
    photos: n.photos,
    unread: !mine.read,
    signedUp: mine.signedUp,
  };
}
