/**
 * Typed calls of the `notices` cloud function (楼栋通知, 接龙, read receipts, subscribe messages).
 * Events and results are the types in types/notices.ts; every call answers an Envelope, never throws.
 */
import type { Envelope, Page } from '../../types/envelope';
import type { Household, NoticeView, NoticesEvent, SubscribeKind } from '../../types/notices';
import { callCloud } from './cloud';

type Fields<A extends NoticesEvent['action']> = Omit<Extract<NoticesEvent, { action: A }>, 'action'>;
type NoticeAnswer = Promise<Envelope<{ notice: NoticeView }>>;

export type PostInput = Fields<'post'>;

/** One person's place on a 接龙 (poster and admins only). */
export interface SignupEntry {
  userId: string;
  name: string;
  note: string;
  at: string;
}

/** Drops undefined and empty fields: the function's schemas are strict. */
function event(action: NoticesEvent['action'], fields: object = {}): object {
  const out: Record<string, unknown> = { action };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/**
 * 发布. The text is checked in the cloud first: flagged text answers INVALID_ARGUMENT
 * "内容含有不当信息，请修改后再发布" and nothing is saved.
 */
export const postNotice = (input: PostInput): NoticeAnswer => callCloud('notices', event('post', input));

/** What reaches my home (building, grid, community), 20 a page, newest first, `unread` marked. */
export const listNotices = (cursor?: string): Promise<Envelope<Page<NoticeView>>> =>
  callCloud('notices', event('list', { cursor }));

/** 我的发布: what I posted, wherever it went, newest first. */
export const listMyNotices = (cursor?: string): Promise<Envelope<Page<NoticeView>>> =>
  callCloud('notices', event('list', { mine: true, cursor }));

/** Opens one notice; this is what marks it read. */
export const getNotice = (noticeId: string): NoticeAnswer => callCloud('notices', event('get', { noticeId }));

/** Households of the notice's scope, read and not yet (poster and admins only). */
export const getReaders = (noticeId: string): Promise<Envelope<{ read: Household[]; unread: Household[] }>> =>
  callCloud('notices', event('readers', { noticeId }));

/** 我要报名. Full → RESOURCE_EXHAUSTED; after the deadline → FAILED_PRECONDITION; a retap is a no-op. */
export const signUp = (noticeId: string, note?: string): NoticeAnswer =>
  callCloud('notices', event('signup', { noticeId, note: note?.trim() }));

/** 取消报名, before the deadline. */
export const withdrawSignup = (noticeId: string): NoticeAnswer => callCloud('notices', event('withdraw', { noticeId }));

/** The 接龙 list in sign-up order (poster and admins only). */
/** 阅读情况 in one call (poster and admins only): the notice, its readers and a 接龙's sign-ups. */
export const getFollow = (
  noticeId: string,
): Promise<Envelope<{ notice: NoticeView; read: Household[]; unread: Household[]; signups: SignupEntry[] }>> =>
  callCloud('notices', event('follow', { noticeId }));

export const listSignups = (noticeId: string): Promise<Envelope<{ signups: SignupEntry[] }>> =>
  callCloud('notices', event('signups', { noticeId }));

/** After WeChat's requestSubscribeMessage said yes: one message of each kind may be sent. */
export const subscribe = (kinds: SubscribeKind[]): Promise<Envelope<{ subscribed: SubscribeKind[] }>> =>
  callCloud('notices', event('subscribe', { kinds }));
