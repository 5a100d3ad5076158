/**
 * 阅读情况 (poster while they hold the role, and admins): the notice's households, 未读 or 已读, 20 a
 * page in room order, with both counts. Each page is one indexed read of 21 household records
 * (noticeId, read, _id) and two indexed counts, whatever the size of the building.
 */
import { mayFollowUp } from '../../domain/notices/rules';
import {
  NOTICE_PAGE_SIZE,
  type HouseholdView,
  type ReaderCounts,
  type ReadersPage,
  type ReaderTab,
} from '../../types/notices';
import type { Actor } from '../../domain/actor';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, BY_ID, orderedBy, pageFrom } from '../_shared/cursor';
import { denied } from '../_shared/failure';
import { fetchDocs } from '../_shared/records';
import { HOUSEHOLDS, householdDoc, type HouseholdDoc, type NoticeDoc } from './model';
import { loadVisible } from './read';

export const FOLLOW_DENIED = '只有发布人和社区管理员可以查看阅读情况';

/** The notice, if the caller may follow it up now (their grants as they are at this call). */
export async function loadFollowed(noticeId: string, actor: Actor, message = FOLLOW_DENIED): Promise<NoticeDoc> {
  const notice = await loadVisible(noticeId, actor);
  if (!mayFollowUp(actor, notice)) throw denied(message);
  return notice;
}

export async function noticeReaders(input: {
  noticeId: string;
  tab?: ReaderTab;
  cursor?: string;
}): Promise<ReadersPage> {
  const actor = await loadActor();
  const notice = await loadFollowed(input.noticeId, actor);
  return readersPage(notice, input.tab ?? 'unread', input.cursor);
}

export async function readersPage(notice: NoticeDoc, tab: ReaderTab, cursor?: string): Promise<ReadersPage> {
  const _ = db().command;
  const conditions: object[] = [{ noticeId: notice._id, read: tab === 'read' }];
  if (cursor) conditions.push(afterCursor(cursor, BY_ID));
  const [docs, counts] = await Promise.all([
    fetchDocs(orderedBy(db().collection(HOUSEHOLDS).where(_.and(conditions)), BY_ID).limit(NOTICE_PAGE_SIZE + 1)),
    readerCounts(notice._id),
  ]);
  const page = pageFrom(
    docs.map((d) => householdDoc.parse(d)),
    NOTICE_PAGE_SIZE,
    BY_ID,
    householdView,
  );
  return { ...page, counts };
}

async function countWhere(noticeId: string, read: boolean): Promise<number> {
  const res = (await db().collection(HOUSEHOLDS).where({ noticeId, read }).count()) as { total: number };
  return res.total;
}

export async function readerCounts(noticeId: string): Promise<ReaderCounts> {
  const [read, unread] = await Promise.all([countWhere(noticeId, true), countWhere(noticeId, false)]);
  return { read, unread };
}

function householdView(h: HouseholdDoc): HouseholdView {
  return {
    _id: h._id,
    buildingName: h.buildingName,
    room: h.room,
    members: h.memberIds.length,
    ...(h.readAt ? { readAt: h.readAt.toISOString() } : {}),
  };
}
