/**
 * 活动清单 and what a person reads (issue 14): the community's activities by kind and category —
 * upcoming (not yet ended, soonest end first) or past (latest end first) — 20 a page by the one
 * keyset cursor; one activity's detail with places left; 我的报名; and 我的时长 (the hours account
 * and its entries, newest first). Anyone of the community may read the lists; nobody's name is in them.
 */
import {
  ACTIVITY_LIMITS,
  SIGNUP_STATE_LABELS,
  type ActivityCategory,
  type ActivityKind,
  type ActivityView,
  type MySignupView,
} from '../../types/activities';
import { signupStateOf } from '../../domain/activities/rules';
import type { Page } from '../../types/envelope';
import { HOUR_SOURCE_LABELS } from '../../types/hours';
import type { HoursPage } from '../../types/activities';
import { loadActor } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { afterCursor, newestFirst, orderedBy, pageFrom, type KeysetOrder } from '../_shared/cursor';
import { HOUR_ENTRIES, hourEntryDoc, personHoursId, hourAccountDoc, HOUR_ACCOUNTS } from '../_shared/hours-ledger';
import { fetchDocs, findById } from '../_shared/records';
import { ACTIVITIES, SIGNUPS, activityDoc, activityView, detailFor, signupDoc, signupView } from './model';

const SIZE = ACTIVITY_LIMITS.pageSize;
const SOONEST_END: KeysetOrder = { field: 'endAt', direction: 'asc' };
const LATEST_END = newestFirst('endAt');

async function page(collection: string, conditions: object[], order: KeysetOrder, cursor?: string) {
  const _ = db().command;
  const all = cursor ? [...conditions, afterCursor(cursor, order)] : conditions;
  return fetchDocs(orderedBy(db().collection(collection).where(_.and(all)), order).limit(SIZE + 1));
}

export async function listActivities(input: {
  when: 'upcoming' | 'past';
  kind?: ActivityKind;
  category?: ActivityCategory;
  cursor?: string;
}): Promise<Page<ActivityView>> {
  const actor = await loadActor();
  const _ = db().command;
  const now = new Date();
  const base: Record<string, unknown> = { communityId: actor.communityId };
  if (input.kind) base.kind = input.kind;
  if (input.category) base.category = input.category;
  const upcoming = input.when === 'upcoming';
  const order = upcoming ? SOONEST_END : LATEST_END;
  const range = { endAt: upcoming ? _.gte(now) : _.lt(now) };
  const docs = await page(ACTIVITIES, [base, range], order, input.cursor);
  return pageFrom(
    docs.map((d) => activityDoc.parse(d)),
    SIZE,
    order,
    activityView,
  );
}

export async function getActivity(input: { activityId: string }) {
  return detailFor(await loadActor(), input.activityId);
}

/**
 * 我的报名: the caller's sign-ups (not the withdrawn), upcoming (soonest end first) or past (latest
 * end first), each with its activity and where they stand (已报名, 已签到, 已签退, 缺席) and its hours.
 */
export async function mySignups(input: { when: 'upcoming' | 'past'; cursor?: string }): Promise<Page<MySignupView>> {
  const actor = await loadActor();
  const _ = db().command;
  const now = new Date();
  const upcoming = input.when === 'upcoming';
  const order = upcoming ? SOONEST_END : LATEST_END;
  const mine = { communityId: actor.communityId, userId: actor.userId, status: 'signed' };
  const range = { endAt: upcoming ? _.gte(now) : _.lt(now) };
  const signups = (await page(SIGNUPS, [mine, range], order, input.cursor)).map((d) => signupDoc.parse(d));
  const activities = await Promise.all(
    signups.slice(0, SIZE).map((s) => findById(ACTIVITIES, s.activityId, activityDoc)),
  );
  const byId = new Map(activities.filter((a) => a !== null).map((a) => [a._id, a]));
  const shown = pageFrom(signups, SIZE, order, (s) => {
    const a = byId.get(s.activityId);
    if (!a) return null;
    const state = signupStateOf(s, a, now);
    const stateLabel = SIGNUP_STATE_LABELS[state];
    return { _id: s._id, activity: activityView(a), signup: signupView(s), state, stateLabel };
  });
  return { ...shown, items: shown.items.filter((i) => i !== null) };
}

/** 我的时长: the caller's total (the account: never spent, never lost) and entries, newest first. */
export async function myHours(input: { cursor?: string }): Promise<HoursPage> {
  const actor = await loadActor();
  const order = newestFirst('at');
  const [account, docs] = await Promise.all([
    findById(HOUR_ACCOUNTS, personHoursId(actor.communityId, actor.userId), hourAccountDoc),
    page(HOUR_ENTRIES, [{ communityId: actor.communityId, userId: actor.userId }], order, input.cursor),
  ]);
  const shown = pageFrom(
    docs.map((d) => hourEntryDoc.parse(d)),
    SIZE,
    order,
    (e) => ({
      _id: e._id,
      minutes: e.minutes,
      source: e.source,
      sourceLabel: HOUR_SOURCE_LABELS[e.source],
      reason: e.reason,
      at: e.at.toISOString(),
    }),
  );
  return { totalMinutes: account?.totalMinutes ?? 0, entryCount: account?.entryCount ?? 0, ...shown };
}
