/**
 * list (what reaches my home, newest first, unread marked), get (opens it: a read receipt with a
 * deterministic id, so opening twice writes once), readers (poster and admins: read and unread
 * households of the scope).
 */
import { z } from 'zod';
import { mayFollowUp, maySee } from '../../domain/notices/rules';
import { NOTICE_PAGE_SIZE, type Household, type NoticeView, type Page } from '../../types';
import type { Actor } from '../../domain/actor';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, newestFirst, orderedBy, pageFrom } from '../_shared/cursor';
import { denied, notFound } from '../_shared/failure';
import { fetchDocs, findAll } from '../_shared/records';
import { personalMarks, reachingHome } from '../_shared/notice-feed';
import { homeOf, loadNotice, noticeDoc, personalId, READS, SIGNUPS, type NoticeDoc } from './model';
import { residentsOf } from './households';
import { noticeView } from './view';

/** Newest first, stable while new notices arrive. */
const NEWEST = newestFirst('createdAt');

export async function listNotices(input: { mine?: boolean; cursor?: string }): Promise<Page<NoticeView>> {
  const actor = await loadActor();
  const _ = db().command;
  // 我的发布 lists what one posted wherever it went; otherwise what reaches one's home.
  const scope = input.mine
    ? { communityId: actor.communityId, posterId: actor.userId }
    : reachingHome(await homeOf(actor));
  const conditions: object[] = [scope];
  if (input.cursor) conditions.push(afterCursor(input.cursor, NEWEST));
  const docs = await fetchDocs(
    orderedBy(db().collection('notices').where(_.and(conditions)), NEWEST).limit(NOTICE_PAGE_SIZE + 1),
  );
  const page = pageFrom(
    docs.map((d) => noticeDoc.parse(d)),
    NOTICE_PAGE_SIZE,
    NEWEST,
    (n) => n,
  );
  const mine = await personalMarks(
    actor,
    page.items.map((n) => n._id),
  );
  return { ...page, items: page.items.map((n) => noticeView(n, mine(n._id))) };
}

export async function getNotice(input: { noticeId: string }): Promise<{ notice: NoticeView }> {
  const actor = await loadActor();
  const notice = await loadVisible(input.noticeId, actor);
  const id = personalId(notice._id, actor.userId);
  const [signup] = await fetchDocs(db().collection(SIGNUPS).where({ _id: id, active: true }).limit(1));
  // Keyed by notice and person, and set() upserts by id: opening twice, even at once, is one receipt.
  const [receipt] = await fetchDocs(db().collection(READS).where({ _id: id }).limit(1));
  if (!receipt) {
    const data = { noticeId: notice._id, userId: actor.userId, communityId: actor.communityId, at: new Date() };
    await db().collection(READS).doc(id).set({ data });
  }
  return { notice: noticeView(notice, { read: true, signedUp: Boolean(signup) }) };
}

export async function noticeReaders(input: { noticeId: string }): Promise<{ read: Household[]; unread: Household[] }> {
  const actor = await loadActor();
  const notice = await loadVisible(input.noticeId, actor);
  if (!mayFollowUp(actor, notice)) throw denied('只有发布人和社区管理员可以查看阅读情况');
  const receipts = await findAll(READS, { noticeId: notice._id }, noticeReadIds);
  const readers = new Set(receipts.map((r) => r.userId));
  const residents = await residentsOf(notice.communityId, notice.scope);
  const read: Household[] = [];
  const unread: Household[] = [];
  for (const { household } of residents) (readers.has(household.userId) ? read : unread).push(household);
  return { read, unread };
}

const noticeReadIds = z.object({ userId: z.string() });

/** A notice the caller may open; one outside their reach answers NOT_FOUND, as a missing one does. */
export async function loadVisible(noticeId: string, actor: Actor): Promise<NoticeDoc> {
  const notice = await loadNotice(noticeId, actor);
  if (!maySee(actor, notice, await homeOf(actor))) throw notFound('通知');
  return notice;
}
