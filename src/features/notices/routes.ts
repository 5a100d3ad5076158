/**
 * Where the notice pages live (app.config.ts subpackage `packages/notices`). Pure: the workbench
 * tiles use these too. The detail path is also in the cloud's subscribe-message template
 * (cloudfunctions/_shared/templates.ts): keep them the same.
 */
export const NOTICE_PAGES = {
  list: '/packages/notices/list/index',
  post: '/packages/notices/post/index',
  mine: '/packages/notices/mine/index',
} as const;

/** Without the leading slash: a share card's `path` is written this way. */
export const detailPath = (noticeId: string): string =>
  `packages/notices/detail/index?noticeId=${encodeURIComponent(noticeId)}`;

export const noticeDetailUrl = (noticeId: string): string => `/${detailPath(noticeId)}`;

/** 阅读情况 and 接龙名单 of one notice, for its poster and admins. */
export const noticeFollowUrl = (noticeId: string): string =>
  `/packages/notices/follow/index?noticeId=${encodeURIComponent(noticeId)}`;
