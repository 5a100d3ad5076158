/**
 * list (what reaches my home, newest first, unread marked), get (opens it: a read receipt with a
 * deterministic id, so opening twice writes once, and the reader's household marked read).
 */
import { maySee, reaches, type Home } from '../../domain/notices/rules';
import { NOTICE_PAGE_SIZE, type NoticeView, type Page } from '../../types';
import type { Actor } from '../../domain/actor';
import { actorFrom, loadActor, loadCallerUser } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, newestFirst, orderedBy, pageFrom } from '../_shared/cursor';
import { notFound } from '../_shared/failure';
import { fetchDocs } from '../_shared/records';
import { personalMarks, reachingHome } from '../_shared/notice-feed';
import { homeOf, loadNotice, noticeDoc, personalId, READS, SIGNUPS, type NoticeDoc } from './model';
import { markHouseholdRead } from './households';
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
  const user = await loadCallerUser();
  const actor = actorFrom(user);
  const home = await homeOf(actor);
  const notice = await loadVisible(input.noticeId, actor, home);
  const id = personalId(notice._id, actor.userId);
  const [signup] = await fetchDocs(db().collection(SIGNUPS).where({ _id: id, active: true }).limit(1));
  // Keyed by notice and person, and set() upserts by id: opening twice, even at once, is one receipt.
  // The household is marked first, so a receipt always means its household is marked too.
  const [receipt] = await fetchDocs(db().collection(READS).where({ _id: id }).limit(1));
  if (!receipt) {
    await markHouseholdRead(notice, user, reaches(notice.scope, home));
    const data = { noticeId: notice._id, userId: actor.userId, communityId: actor.communityId, at: new Date() };
    await db().collection(READS).doc(id).set({ data });
  }
  return { notice: noticeView(notice, { read: true, signedUp: Boolean(signup) }) };
}

/** A notice the caller may open; one outside their reach answers NOT_FOUND, as a missing one does. */
export async function loadVisible(noticeId: string, actor: Actor, home?: Home): Promise<NoticeDoc> {
  const notice = await loadNotice(noticeId, actor);
  if (!maySee(actor, notice, home ?? (await homeOf(actor)))) throw notFound('通知');
  return notice;
}
