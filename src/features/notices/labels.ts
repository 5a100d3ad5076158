/**
 * Words and states of a notice for the pages: the kind tag, the scope line, the 接龙 numbers, the
 * sign-up button (by the function's own rules, domain/notices/rules.ts mayTakePlace / mayWithdraw,
 * so nobody is offered a button that can only fail). Pure.
 */
import { NOTICE_KIND_LABELS, type HouseholdView, type NoticeView, type RemindResult } from '../../../types/notices';
import { mayTakePlace, mayWithdraw, signupClosed, type SignupState } from '../../../domain/notices/rules';
import { when } from '../orders/labels';

export const kindLabel = (n: Pick<NoticeView, 'kind'>): string => NOTICE_KIND_LABELS[n.kind];

/** "发给 1号楼" / "发给 网格一" / "发给 全社区". */
export const scopeText = (n: Pick<NoticeView, 'scope'>): string => `发给 ${n.scope.label}`;

/** "孙楼长 · 今天 14:05". */
export const posterLine = (n: Pick<NoticeView, 'posterName' | 'createdAt'>, now = new Date()): string =>
  `${n.posterName} · ${when(n.createdAt, now)}`;

/** "已报 3 / 5 人", or "已报 3 人" without a limit. */
export function countText(n: Pick<NoticeView, 'signupCount' | 'capacity'>): string {
  return n.capacity !== undefined ? `已报 ${n.signupCount} / ${n.capacity} 人` : `已报 ${n.signupCount} 人`;
}

type SignupFacts = Pick<NoticeView, 'kind' | 'deadline' | 'capacity' | 'signupCount'>;
/** A view's 接龙 facts as the domain rules read them (the deadline as an instant). */
const signupState = (n: SignupFacts): SignupState => ({
  kind: n.kind,
  capacity: n.capacity,
  deadline: n.deadline ? new Date(n.deadline) : undefined,
  signupCount: n.signupCount,
});

const isClosed = (n: Pick<NoticeView, 'deadline'>, now: Date): boolean =>
  signupClosed({ deadline: n.deadline ? new Date(n.deadline) : undefined }, now);

/** "截止 明天 18:00" / "已截止" / "" (no deadline). */
export function deadlineLine(n: Pick<NoticeView, 'deadline'>, now: Date = new Date()): string {
  if (!n.deadline) return '';
  return isClosed(n, now) ? `已截止（${when(n.deadline, now)}）` : `截止 ${when(n.deadline, now)}`;
}

export type SignupButton =
  | { kind: 'none' }
  | { kind: 'signup' }
  | { kind: 'withdraw' }
  /** Signed up, but past the deadline: no more changes. */
  | { kind: 'signed-closed'; text: string }
  | { kind: 'blocked'; text: string };

/** What the 接龙 part of the detail page offers this person now. */
export function signupButton(
  n: Pick<NoticeView, 'kind' | 'signedUp' | 'deadline' | 'capacity' | 'signupCount'>,
  now: Date = new Date(),
): SignupButton {
  if (n.kind !== 'signup') return { kind: 'none' };
  const state = signupState(n);
  if (n.signedUp) {
    return mayWithdraw(state, now).ok ? { kind: 'withdraw' } : { kind: 'signed-closed', text: '您已报名，接龙已截止' };
  }
  const take = mayTakePlace(state, now);
  return take.ok ? { kind: 'signup' } : { kind: 'blocked', text: take.message };
}

/** "1号楼 302室" (a home without a room: its building, 未填房号). */
export const householdPlace = (h: Pick<HouseholdView, 'buildingName' | 'room'>): string =>
  `${h.buildingName} ${h.room ? `${h.room}室` : '未填房号'}`.trim();

/** "2 人 · 今天 14:05 已读" / "2 人". */
export function householdNote(h: Pick<HouseholdView, 'members' | 'readAt'>, now = new Date()): string {
  const people = `${h.members} 人`;
  return h.readAt ? `${people} · ${when(h.readAt, now)} 已读` : people;
}

/** What 一键提醒 says after: how many were told, or that nobody unread accepted messages. */
export function remindText(result: Pick<RemindResult, 'sent'>): { title: string; done: boolean } {
  if (result.sent > 0) return { title: `已提醒 ${result.sent} 人`, done: true };
  return { title: '未读住户都没有订阅消息，请当面或电话提醒', done: false };
}
