/**
 * The subscribe messages we send, in one place: which template (types/notices.ts TEMPLATE_IDS, or a
 * community's override in `communities.settings.notices.templateIds`), which page a tap opens, and
 * the template's fields.
 *
 * Deployment: pick templates in the console whose keywords match these fields, or change the keys
 * here to the chosen template's (thing = ≤20 chars of text, name = ≤10 chars, time = a date-time,
 * phrase = ≤5 chars of status). The values are cut to WeChat's lengths here, since a too-long value
 * makes the whole send fail (47003).
 */
import { z } from 'zod';
import { SUBSCRIBE_KINDS, TEMPLATE_IDS, type SubscribeKind } from '../../types/notices';
import { chinaDateTime } from '../../domain/china-time';
import { communityDoc } from './models';
import { findById } from './records';

type Fields = Record<string, { value: string }>;
export interface Message {
  kind: SubscribeKind;
  page: string;
  data: Fields;
  /** Sent at most once per person under this key (notify.ts): `<kind>:<orderId>[:<stage>]`. */
  once?: string;
}

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/** China time, as WeChat's `time` keywords want it: 2024-05-01 09:30. */
const chinaTime = chinaDateTime;

export function orderTakenMessage(order: { _id: string; content: string; takerName?: string }, at: Date): Message {
  return {
    kind: 'order_taken',
    page: `packages/orders/detail/index?id=${order._id}`,
    data: {
      thing1: { value: cut(order.content, 20) },
      name2: { value: cut(order.takerName ?? '工作人员', 10) },
      time3: { value: chinaTime(at) },
      phrase4: { value: '办理中' },
    },
  };
}

export function orderDoneMessage(order: { _id: string; content: string }, at: Date): Message {
  return {
    kind: 'order_done',
    page: `packages/orders/detail/index?id=${order._id}`,
    data: {
      thing1: { value: cut(order.content, 20) },
      time2: { value: chinaTime(at) },
      phrase3: { value: '已办结' },
    },
  };
}

export function noticeMessage(notice: { _id: string; title: string; posterName: string }, at: Date): Message {
  return {
    kind: 'building_notice',
    // The detail page reads `noticeId` (src/features/notices/routes.ts).
    page: `packages/notices/detail/index?noticeId=${notice._id}`,
    data: {
      thing1: { value: cut(notice.title, 20) },
      name2: { value: cut(notice.posterName, 10) },
      time3: { value: chinaTime(at) },
    },
  };
}

/** 一键提醒: the same 楼栋通知 template, its title marked as a reminder. */
export function noticeReminderMessage(notice: { _id: string; title: string; posterName: string }, at: Date): Message {
  const message = noticeMessage(notice, at);
  return { ...message, data: { ...message.data, thing1: { value: cut(`【提醒】${notice.title}`, 20) } } };
}

export const WISH_DETAIL_PAGE = 'packages/wishes/detail/index';
/** The moves of a 微心愿 its poster's side is told of, in the words of the message's status field. */
export const WISH_PROGRESS_PHRASES = {
  approve: '审核通过',
  reject: '未通过',
  claim: '已被认领',
  fulfil: '待确认',
} as const;
export type WishProgressStep = keyof typeof WISH_PROGRESS_PHRASES;

/**
 * 微心愿 moved (issue 14), to whoever posted it (the resident, or the 楼栋长 who posted for them):
 * the wish's title, its new state and when. `step` is the timeline's length after the move, so a wish
 * claimed, given back and claimed again is told each time, a retry never twice.
 */
export function wishProgressMessage(
  wish: { _id: string; title: string },
  move: WishProgressStep,
  step: number,
  at: Date,
): Message {
  return {
    kind: 'wish_progress',
    page: `${WISH_DETAIL_PAGE}?wishId=${encodeURIComponent(wish._id)}`,
    data: {
      thing1: { value: cut(wish.title, 20) },
      phrase2: { value: WISH_PROGRESS_PHRASES[move] },
      time3: { value: chinaTime(at) },
    },
    once: `wish_progress:${wish._id}:${step}`,
  };
}

/**
 * The wish a party member fulfilled is confirmed (圆梦), to the claimer: the title only (the public
 * card's words) — never the resident's name, room or phone — the points it earned, and when.
 */
export function wishConfirmedMessage(wish: { _id: string; title: string }, points: number, at: Date): Message {
  return {
    kind: 'wish_confirmed',
    page: `${WISH_DETAIL_PAGE}?wishId=${encodeURIComponent(wish._id)}`,
    data: {
      thing1: { value: cut(wish.title, 20) },
      phrase2: { value: '已圆梦' },
      thing3: { value: cut(points > 0 ? `获得 ${points} 积分和服务时长` : '服务时长已记入', 20) },
      time4: { value: chinaTime(at) },
    },
    once: `wish_confirmed:${wish._id}`,
  };
}

/**
 * The community cancelled the person's booking: where and when, and why. The tap opens 我的预约 on
 * that booking. Sent once per booking however often the cancel is retried.
 */
export function bookingCancelledMessage(b: {
  _id: string;
  placeName: string;
  roomName: string;
  startAt: Date;
  reason: string;
}): Message {
  return {
    kind: 'booking_cancelled',
    page: `packages/places/bookings/index?bookingId=${encodeURIComponent(b._id)}`,
    data: {
      thing1: { value: cut(`${b.placeName}${b.roomName}`, 20) },
      time2: { value: chinaTime(b.startAt) },
      thing3: { value: cut(b.reason, 20) },
      phrase4: { value: '已取消' },
    },
    once: `booking_cancelled:${b._id}`,
  };
}

const overrides = z.object({ templateIds: z.partialRecord(z.enum(SUBSCRIBE_KINDS), z.string().min(1)) });

/** The template ids a community uses: the defaults, overridden per kind by its settings. */
export async function templateIdsFor(communityId: string): Promise<Record<SubscribeKind, string>> {
  const community = await findById('communities', communityId, communityDoc);
  const parsed = overrides.safeParse(community?.settings?.notices);
  return { ...TEMPLATE_IDS, ...(parsed.success ? parsed.data.templateIds : {}) };
}
