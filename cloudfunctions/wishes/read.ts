/**
 * get: one wish as the caller may see it. list: 20 a page, newest change first, by one indexed
 * query each — 心愿墙 (open, everyone), 我的心愿 (posted by me or for me), 我认领的, 已圆梦
 * (confirmed), 待审核 (admins) — each page with the community's 圆梦 count (one counter read).
 * List items are summaries: they never carry a person, whoever asks.
 */
import type { WishPage, WishTab, WishView } from '../../types/wishes';
import { WISH_LIMITS } from '../../types/wishes';
import { isCommunityAdmin, type Actor } from '../../domain/actor';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, newestFirst, orderedBy, pageFrom } from '../_shared/cursor';
import { refusal } from '../_shared/failure';
import { buildingDoc } from '../_shared/models';
import { fetchDocs, findAll, findById } from '../_shared/records';
import { dreamsCounterId, loadWish, WISH_COUNTERS, wishCounterDoc, wishDoc, WISHES } from './model';
import { wishDetail, wishSummary } from './view';

const NEWEST = newestFirst('updatedAt');

export async function getWish(input: { wishId: string }): Promise<{ wish: WishView }> {
  const actor = await loadActor();
  const { wish } = await loadWish(input.wishId, actor);
  return { wish: await wishDetail(wish, actor) };
}

function scopeOf(tab: WishTab, actor: Actor): object {
  const communityId = actor.communityId;
  switch (tab) {
    case 'open':
      return { communityId, status: 'open' };
    case 'dreams':
      return { communityId, status: 'confirmed' };
    case 'mine':
      return { communityId, people: actor.userId };
    case 'claims':
      return { communityId, claimerId: actor.userId };
    case 'review':
      if (!isCommunityAdmin(actor)) throw refusal('NOT_ADMIN', '只有社区管理员可以审核心愿');
      return { communityId, status: 'pending_review' };
  }
}

export async function dreamsOf(communityId: string): Promise<number> {
  const counter = await findById(WISH_COUNTERS, dreamsCounterId(communityId), wishCounterDoc);
  return counter?.confirmed ?? 0;
}

export async function listWishes(input: { tab: WishTab; cursor?: string }): Promise<WishPage> {
  const actor = await loadActor();
  const conditions: object[] = [scopeOf(input.tab, actor)];
  if (input.cursor) conditions.push(afterCursor(input.cursor, NEWEST));
  const _ = db().command;
  const [docs, buildings, dreams] = await Promise.all([
    fetchDocs(orderedBy(db().collection(WISHES).where(_.and(conditions)), NEWEST).limit(WISH_LIMITS.pageSize + 1)),
    findAll('buildings', { communityId: actor.communityId }, buildingDoc),
    dreamsOf(actor.communityId),
  ]);
  const names = new Map(buildings.map((b) => [b._id, b.name]));
  const page = pageFrom(
    docs.map((d) => wishDoc.parse(d)),
    WISH_LIMITS.pageSize,
    NEWEST,
    (w) => wishSummary(w, actor, names.get(w.buildingId) ?? ''),
  );
  return { ...page, dreams };
}
