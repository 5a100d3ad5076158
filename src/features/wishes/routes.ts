/** Where the 微心愿 pages live (app.config.ts subpackage `packages/wishes`). Pure: the tiles use these too. */
import type { WishTab } from '../../../types/wishes';

export const WISH_PAGES = {
  list: '/packages/wishes/list/index',
  post: '/packages/wishes/post/index',
  detail: '/packages/wishes/detail/index',
} as const;

export const wishListUrl = (tab: WishTab): string => `${WISH_PAGES.list}?tab=${tab}`;
export const wishDetailUrl = (wishId: string): string => `${WISH_PAGES.detail}?wishId=${encodeURIComponent(wishId)}`;
