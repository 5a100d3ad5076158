/**
 * Who may do what with points. Everyone may read their own balance and ledger, redeem, cancel and
 * list their own redemptions, and see the items and boards of their community. Another community's
 * things never reach these checks: the function answers NOT_FOUND first.
 */
import { covers, hasRole, isCommunityAdmin, type Actor } from '../actor';

/** award, reverse, item.save, and reading a member's ledger or all redemptions: 社区两委. */
export const mayManagePoints = (a: Actor): boolean => isCommunityAdmin(a);

/** 核销 at the counter: community admins and the community's merchants. */
export const mayVerify = (a: Actor): boolean =>
  isCommunityAdmin(a) || covers(a, 'merchant', { communityId: a.communityId });

export const mayReadLedgerOf = (a: Actor, userId: string): boolean => a.userId === userId || mayManagePoints(a);

/** Party members see their points as 先锋积分. */
export const pointsLabelFor = (a: Actor): string => (hasRole(a, 'party_member') ? '先锋积分' : '积分');
