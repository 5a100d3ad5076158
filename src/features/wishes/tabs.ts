/**
 * The 微心愿 page's tabs for one viewer: everyone has 心愿墙, 我的心愿 and 已圆梦; party members (who
 * claim: domain/wishes/permissions.ts) also 我认领的; community admins also 待审核. Pure.
 */
import type { WishTab } from '../../../types/wishes';
import { WISH_TABS } from '../../../types/wishes';
import { hasRole, isCommunityAdmin, type Actor } from '../../../domain/actor';

export const WISH_TAB_TITLES: Record<WishTab, string> = {
  open: '心愿墙',
  mine: '我的心愿',
  claims: '我认领的',
  dreams: '已圆梦',
  review: '待审核',
};

export function wishTabsFor(viewer: Actor): WishTab[] {
  return WISH_TABS.filter((t) => {
    if (t === 'claims') return hasRole(viewer, 'party_member');
    if (t === 'review') return isCommunityAdmin(viewer);
    return true;
  });
}

/** The tab a link asked for, if this viewer has it; else the first. */
export function chosenTab(asked: string | undefined, tabs: readonly WishTab[]): WishTab {
  return tabs.find((t) => t === asked) ?? tabs[0];
}

/** What an empty tab says. */
export const WISH_EMPTY: Record<WishTab, string> = {
  open: '暂时没有待认领的心愿。',
  mine: '您还没有许过心愿。点「许个心愿」试试。',
  claims: '您还没有认领心愿。去「心愿墙」看看吧。',
  dreams: '还没有圆梦的心愿。',
  review: '没有待审核的心愿。',
};
