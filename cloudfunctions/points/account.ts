/**
 * balance: one's own two figures (余额 and 累计, 兑换后不清零), labelled 先锋积分 for party members.
 * ledger: one's own entries, 20 a page, newest first; an admin may read a member's (to reverse one).
 * Each page carries the holder's figures too, so 我的积分 and 居民积分 are one call a screen.
 */
import type { AccountView, EntryView } from '../../types/points';
import type { Page } from '../../types/envelope';
import { accountIdFor } from '../_shared/ids/points';
import { mayReadLedgerOf } from '../../domain/points/permissions';
import type { Actor } from '../../domain/actor';
import { actorFrom, loadActor } from '../_shared/actor';
import { userDoc } from '../_shared/models';
import { db } from '../_shared/cloud';
import { denied, notFound } from '../_shared/failure';
import { ENTRIES, entryDoc } from '../_shared/points-ledger';
import { balanceOf } from '../_shared/points-balance';
import { fetchDocs, findById } from '../_shared/records';
import { after, pageOf, PAGE_SIZE } from './paging';
import { entryView } from './view';
import { pendingOrderPoints } from '../_shared/points/pending';

export async function readBalance(input: { userId?: string } = {}): Promise<AccountView> {
  const actor = await loadActor();
  const userId = input.userId ?? actor.userId;
  if (!mayReadLedgerOf(actor, userId)) throw denied('只能查看自己的积分');
  return balanceOf(actor.communityId, await holderFor(actor, userId));
}

/** Whose points: oneself, or (already permitted) a member of one's own community. */
async function holderFor(actor: Actor, userId: string): Promise<Actor> {
  if (userId === actor.userId) return actor;
  const member = await findById('users', userId, userDoc);
  if (!member || member.communityId !== actor.communityId) throw notFound('居民');
  return actorFrom(member);
}

export async function readLedger(input: {
  userId?: string;
  cursor?: string;
}): Promise<Page<EntryView> & { account: AccountView }> {
  const actor = await loadActor();
  const userId = input.userId ?? actor.userId;
  if (!mayReadLedgerOf(actor, userId)) throw denied('只能查看自己的积分明细');
  const holder = await holderFor(actor, userId);
  const conditions: object[] = [{ accountId: accountIdFor(actor.communityId, userId) }];
  if (input.cursor) conditions.push(after(input.cursor, 'at'));
  const [docs, account] = await Promise.all([
    fetchDocs(
      db()
        .collection(ENTRIES)
        .where(db().command.and(conditions))
        .orderBy('at', 'desc')
        .orderBy('_id', 'desc')
        .limit(PAGE_SIZE + 1),
    ),
    balanceOf(actor.communityId, holder),
  ]);
  const page = pageOf(
    docs.map((d) => entryDoc.parse(d)),
    (e) => e.at,
    entryView,
  );
  // 待确认 on one's own first page: what finished orders will bring once they close.
  const pending = !input.cursor && userId === actor.userId ? await pendingOrderPoints(actor.communityId, userId) : null;
  return { ...page, account: pending?.orders ? { ...account, pending } : account };
}
