/**
 * Typed calls of the `notices` cloud function (楼栋通知, 接龙, read receipts, subscribe messages).
 * Events and results are the types in types/notices.ts; every call answers an Envelope, never throws.
 */
import type { Envelope, Page } from '../../types/envelope';
import type {
  NoticeFollow,
  NoticeView,
  NoticesEvent,
  ReadersPage,
  ReaderTab,
  RemindResult,
  SignupEntry,
  SubscribeKind,
} from '../../types/notices';
import { callCloud } from './cloud';

type Fields<A extends NoticesEvent['action']> = Omit<Extract<NoticesEvent, { action: A }>, 'action'>;
type NoticeAnswer = Promise<Envelope<{ notice: NoticeView }>>;

export type PostInput = Fields<'post'>;

export type { SignupEntry };

/** Drops undefined and empty fields: the function's schemas are strict. */
function event(action: NoticesEvent['action'], fields: object = {}): object {
  const out: Record<string, unknown> = { action };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/**
 * 发布. The text is checked in the cloud first: flagged text answers INVALID_ARGUMENT
 * "内容含有不当信息，请修改后再提交" and nothing is saved.
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

/** One page of a notice's 未读 or 已读 households, with both counts (poster and admins only). */
export const getReaders = (noticeId: string, tab: ReaderTab, cursor?: string): Promise<Envelope<ReadersPage>> =>
  callCloud('notices', event('readers', { noticeId, tab, cursor }));

/** 一键提醒: a message to the unread households' members who accepted one (once an hour a notice). */
export const remindUnread = (noticeId: string): Promise<Envelope<RemindResult>> =>
  callCloud('notices', event('remind', { noticeId }));

/** 我要报名. Full → RESOURCE_EXHAUSTED; after the deadline → FAILED_PRECONDITION; a retap is a no-op. */
export const signUp = (noticeId: string, note?: string): NoticeAnswer =>
  callCloud('notices', event('signup', { noticeId, note: note?.trim() }));

/** 取消报名, before the deadline. */
export const withdrawSignup = (noticeId: string): NoticeAnswer => callCloud('notices', event('withdraw', { noticeId }));

/** 阅读情况 in one call (poster and admins only): the notice, the first 未读 page and counts, the 接龙 list. */
export const getFollow = (noticeId: string): Promise<Envelope<NoticeFollow>> =>
  callCloud('notices', event('follow', { noticeId }));

/** The 接龙 list in sign-up order (poster and admins only). */
export const listSignups = (noticeId: string, cursor?: string): Promise<Envelope<Page<SignupEntry>>> =>
  callCloud('notices', event('signups', { noticeId, cursor }));

/** After WeChat's requestSubscribeMessage said yes: one message of each kind may be sent. */
export const subscribe = (kinds: SubscribeKind[]): Promise<Envelope<{ subscribed: SubscribeKind[] }>> =>
  callCloud('notices', event('subscribe', { kinds }));
