/**
 * 接龙: signup, withdraw, signups. The notice's `signupCount` and the person's sign-up record are
 * written in one transaction, so the capacity holds exactly however many sign up at once: racers
 * conflict on the notice document, rerun, and see the new count.
 */
import { mayTakePlace, mayWithdraw } from '../../domain/notices/rules';
import { NOTICE_PAGE_SIZE, type NoticeView, type SignupEntry } from '../../types/notices';
import type { Page } from '../../types/envelope';
import type { Actor } from '../../domain/actor';
import { loadActor } from '../_shared/actor';
import { failureOf } from '../_shared/failure';
import { fetchDocs } from '../_shared/records';
import { db } from '../_shared/cloud';
import { afterCursor, orderedBy, pageFrom, type KeysetOrder } from '../_shared/cursor';
import { inTransaction, txGet } from '../_shared/transaction';
import { noticeDoc, NOTICES, personalId, SIGNUPS, signupDoc, type NoticeDoc } from './model';
import { loadVisible } from './read';
import { loadFollowed } from './readers';
import { noticeView } from './view';

type Answer = Promise<{ notice: NoticeView }>;

export async function signUp(input: { noticeId: string; note?: string }): Answer {
  const actor = await loadActor();
  const seen = await loadVisible(input.noticeId, actor);
  const id = personalId(seen._id, actor.userId);
  const notice = await inTransaction(async (tx) => {
    const current = noticeDoc.parse(await txGet(tx, NOTICES, seen._id));
    const existing = await txGet(tx, SIGNUPS, id);
    if (existing && signupDoc.parse(existing).active) return current; // once per person: a retap is a no-op
    const now = new Date();
    refuseUnless(mayTakePlace(current, now));
    const signupCount = current.signupCount + 1;
    await tx.collection(NOTICES).doc(seen._id).update({ data: { signupCount } });
    const record = signupRecord(current, actor, input.note ?? '', now);
    await tx.collection(SIGNUPS).doc(id).set({ data: record });
    return { ...current, signupCount };
  });
  return { notice: noticeView(notice, { read: true, signedUp: true }) };
}

export async function withdraw(input: { noticeId: string }): Answer {
  const actor = await loadActor();
  const seen = await loadVisible(input.noticeId, actor);
  const id = personalId(seen._id, actor.userId);
  const notice = await inTransaction(async (tx) => {
    const current = noticeDoc.parse(await txGet(tx, NOTICES, seen._id));
    const existing = await txGet(tx, SIGNUPS, id);
    if (!existing || !signupDoc.parse(existing).active) return current; // nothing to withdraw
    refuseUnless(mayWithdraw(current, new Date()));
    const signupCount = Math.max(0, current.signupCount - 1);
    await tx.collection(NOTICES).doc(seen._id).update({ data: { signupCount } });
    await tx
      .collection(SIGNUPS)
      .doc(id)
      .update({ data: { active: false, at: new Date() } });
    return { ...current, signupCount };
  });
  return { notice: noticeView(notice, { read: true, signedUp: false }) };
}

/** Sign-up order: by when, then id (a keyset the one cursor codec holds). */
const SIGNUP_ORDER: KeysetOrder = { field: 'at', direction: 'asc' };

export async function listSignups(input: { noticeId: string; cursor?: string }): Promise<Page<SignupEntry>> {
  const actor = await loadActor();
  const notice = await loadFollowed(input.noticeId, actor, '只有发布人和社区管理员可以查看接龙名单');
  return signupsOf(notice, input.cursor);
}

/** One page of the 接龙 list in sign-up order: one indexed read of 21 (noticeId, active, at, _id). */
export async function signupsOf(notice: NoticeDoc, cursor?: string): Promise<Page<SignupEntry>> {
  const _ = db().command;
  const conditions: object[] = [{ noticeId: notice._id, active: true }];
  if (cursor) conditions.push(afterCursor(cursor, SIGNUP_ORDER));
  const docs = await fetchDocs(
    orderedBy(db().collection(SIGNUPS).where(_.and(conditions)), SIGNUP_ORDER).limit(NOTICE_PAGE_SIZE + 1),
  );
  return pageFrom(
    docs.map((d) => signupDoc.parse(d)),
    NOTICE_PAGE_SIZE,
    SIGNUP_ORDER,
    (s) => ({ userId: s.userId, name: s.name, note: s.note, at: s.at.toISOString() }),
  );
}

function signupRecord(notice: NoticeDoc, actor: Actor, note: string, at: Date) {
  return {
    noticeId: notice._id,
    communityId: notice.communityId,
    userId: actor.userId,
    name: actor.name,
    note,
    active: true,
    at,
  };
}

function refuseUnless(verdict: ReturnType<typeof mayTakePlace>): void {
  if (!verdict.ok) throw failureOf(verdict);
}
