/**
 * Stored notice records, parsed on every read, and the loads every action starts with:
 *   notices          one per post; `scopeKey` (building:<id> | grid:<id> | community:<id>) is what
 *                    residents' lists match on; `signupCount` counts active sign-ups (接龙).
 *   notice_reads     read receipts, _id `<noticeId>_<userId>` (opening twice writes once).
 *   notice_signups   one per person and notice, _id `<noticeId>_<userId>`; withdrawing marks it so.
 *   notice_households one per household the notice reached (domain/notices/households.ts), `read`
 *                    set when a member first opens it; the 阅读情况 lists and counts read these.
 */
import { z } from 'zod';
import type { Actor } from '../../domain/actor';
import type { NoticeScope } from '../../domain/notices/rules';
import type { NoticeScopeInput } from '../../types/notices';
import { NOTICE_KINDS } from '../../types/notices';
import { notFound } from '../_shared/failure';
import { buildingDoc, gridDoc } from '../_shared/models';
import { findById } from '../_shared/records';

// The feed's collections, ids and the caller's home are shared with user.home (its 未读 count).
import { NOTICES } from '../_shared/notice-feed';
export { homeOf, NOTICES, personalId, READS, SIGNUPS } from '../_shared/notice-feed';

const date = z.coerce.date();

const scopeDoc = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('building'), id: z.string(), gridId: z.string() }),
  z.object({ kind: z.literal('grid'), id: z.string() }),
  z.object({ kind: z.literal('community'), id: z.string() }),
]);

export const noticeDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  scope: scopeDoc,
  scopeKey: z.string(),
  /** The building's or grid's name when posted, so lists need no extra reads. */
  scopeLabel: z.string(),
  kind: z.enum(NOTICE_KINDS),
  title: z.string(),
  content: z.string(),
  capacity: z.number().optional(),
  deadline: date.optional(),
  signupCount: z.number(),
  photos: z.array(z.string()).default([]),
  /** The last 一键提醒 (at most one an hour). */
  remindedAt: date.optional(),
  posterId: z.string(),
  posterName: z.string(),
  createdAt: date,
});
export type NoticeDoc = z.infer<typeof noticeDoc>;

export const signupDoc = z.object({
  _id: z.string(),
  noticeId: z.string(),
  communityId: z.string(),
  userId: z.string(),
  name: z.string(),
  note: z.string(),
  active: z.boolean(),
  at: date,
});
export type SignupDoc = z.infer<typeof signupDoc>;

export const HOUSEHOLDS = 'notice_households';

export const householdDoc = z.object({
  _id: z.string(),
  noticeId: z.string(),
  communityId: z.string(),
  buildingId: z.string(),
  buildingName: z.string(),
  room: z.string(),
  memberIds: z.array(z.string()),
  read: z.boolean(),
  readAt: date.optional(),
});
export type HouseholdDoc = z.infer<typeof householdDoc>;

/** Another community's notice, or one outside the caller's reach, answers NOT_FOUND like a missing one. */
export async function loadNotice(noticeId: string, actor: Actor): Promise<NoticeDoc> {
  const notice = await findById(NOTICES, noticeId, noticeDoc);
  if (!notice || notice.communityId !== actor.communityId) throw notFound('通知');
  return notice;
}

/** The scope asked for, checked to exist in the caller's community (else NOT_FOUND), with its label. */
export async function resolveScope(
  input: NoticeScopeInput,
  actor: Actor,
): Promise<{ scope: NoticeScope; label: string }> {
  if ('buildingId' in input) {
    const b = await findById('buildings', input.buildingId, buildingDoc);
    if (!b || b.communityId !== actor.communityId) throw notFound('楼栋');
    return { scope: { kind: 'building', id: b._id, gridId: b.gridId }, label: b.name };
  }
  if ('gridId' in input) {
    const g = await findById('grids', input.gridId, gridDoc);
    if (!g || g.communityId !== actor.communityId) throw notFound('网格');
    return { scope: { kind: 'grid', id: g._id }, label: g.name };
  }
  return { scope: { kind: 'community', id: actor.communityId }, label: '全社区' };
}
