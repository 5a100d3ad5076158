/**
 * 楼栋长发布 (issue #6): building notices, read receipts, 接龙 sign-ups and subscribe messages.
 * The `notices` function's events and answers; action names are a contract with the pages.
 */
import { z } from 'zod';
import { cursorSchema } from './cursor';
import { idSchema } from './roles';
import { fileIdSchema } from './orders';
import type { Page } from './envelope';

export const NOTICE_KINDS = ['notice', 'signup'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = { notice: '通知', signup: '接龙' };

/**
 * What a person can ask to be told about (one WeChat one-time subscription each): the resident's
 * three, and the workers' — the work finds the worker (issue 11 point 5):
 * - order_pool: a new order in the 抢单大厅 of a grid one may grab in;
 * - order_assigned: an order 派给您 / 改派给您;
 * - order_overdue: an order past its time (to the grid worker or the department), then escalated
 *   (to the community admins);
 * - order_rectify: a 差评 that needs 整改 (to the taker and the grid worker);
 * - decision_due: a meeting decision one owns is due tomorrow, or overdue;
 * - order_transfer: an order transferred to one's department.
 */
export const SUBSCRIBE_KINDS = [
  'order_taken',
  'order_done',
  'building_notice',
  'order_pool',
  'order_assigned',
  'order_overdue',
  'order_rectify',
  'decision_due',
  'order_transfer',
  // 召集令 (issue 14): an activity calls for a skill the member registered with
  'activity_call',
  // 微心愿 (issue 14): the poster's side hears each step (审核, 认领, 待确认); the claimer hears 圆梦
  'wish_progress',
  'wish_confirmed',
  // 预约服务阵地 (issue 15): the community cancelled the person's booking (the room is needed)
  'booking_cancelled',
] as const;
export type SubscribeKind = (typeof SUBSCRIBE_KINDS)[number];

/** What each kind tells, in the words of the consent prompt's fallback and the README. */
export const SUBSCRIBE_KIND_LABELS: Record<SubscribeKind, string> = {
  order_taken: '诉求被接单',
  order_done: '诉求已办结',
  building_notice: '楼栋新通知',
  order_pool: '抢单大厅有新单',
  order_assigned: '有诉求派给您',
  order_overdue: '诉求超时与升级',
  order_rectify: '差评待整改',
  decision_due: '决策事项到期',
  order_transfer: '转交本部门的事项',
  activity_call: '活动召集令',
  wish_progress: '心愿有新进展',
  wish_confirmed: '认领的心愿已圆梦',
  booking_cancelled: '预约被社区取消',
};

/**
 * Subscribe-message template ids, one per kind. PLACEHOLDERS: before deploying, pick the templates
 * in the mini-program console (订阅消息 → 公共模板库) and put their ids here; the client passes the
 * same ids to `Taro.requestSubscribeMessage`. A community may override them in
 * `communities.settings.notices.templateIds` (see cloudfunctions/_shared/templates.ts for fields).
 */
export const TEMPLATE_IDS: Record<SubscribeKind, string> = {
  order_taken: 'TEMPLATE_ID_ORDER_TAKEN',
  order_done: 'TEMPLATE_ID_ORDER_DONE',
  building_notice: 'TEMPLATE_ID_BUILDING_NOTICE',
  order_pool: 'TEMPLATE_ID_ORDER_POOL',
  order_assigned: 'TEMPLATE_ID_ORDER_ASSIGNED',
  order_overdue: 'TEMPLATE_ID_ORDER_OVERDUE',
  order_rectify: 'TEMPLATE_ID_ORDER_RECTIFY',
  decision_due: 'TEMPLATE_ID_DECISION_DUE',
  order_transfer: 'TEMPLATE_ID_ORDER_TRANSFER',
  activity_call: 'TEMPLATE_ID_ACTIVITY_CALL',
  wish_progress: 'TEMPLATE_ID_WISH_PROGRESS',
  wish_confirmed: 'TEMPLATE_ID_WISH_CONFIRMED',
  booking_cancelled: 'TEMPLATE_ID_BOOKING_CANCELLED',
};

/**
 * The longest text (characters, after trimming) and the largest 接龙 each notices field takes: the
 * schema below and the 发布通知 form (src/features/notices/post-form.ts) both read these.
 */
export const NOTICE_LIMITS = { title: 40, content: 2000, capacity: 10_000, signupNote: 100, photos: 9 } as const;
export const NOTICE_PAGE_SIZE = 20;

const text = (max: number) => z.string().trim().min(1, '请填写内容').max(max, `最多 ${max} 个字`);
const instantSchema = z.iso.datetime({ offset: true, message: '时间格式不正确' });

/** The two lists of 阅读情况: households that have not opened the notice yet, and those that have. */
export const READER_TABS = ['unread', 'read'] as const;
export type ReaderTab = (typeof READER_TABS)[number];

export const noticeScopeSchema = z.union([
  z.object({ buildingId: idSchema }).strict(),
  z.object({ gridId: idSchema }).strict(),
  z.object({ community: z.literal(true) }).strict(),
]);
export type NoticeScopeInput = z.infer<typeof noticeScopeSchema>;

export const noticesEventSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('post'),
      scope: noticeScopeSchema,
      kind: z.enum(NOTICE_KINDS),
      title: text(NOTICE_LIMITS.title),
      content: text(NOTICE_LIMITS.content),
      capacity: z.number().int('人数须为整数').min(1).max(NOTICE_LIMITS.capacity).optional(),
      deadline: instantSchema.optional(),
      photos: z.array(fileIdSchema).max(NOTICE_LIMITS.photos, `最多 ${NOTICE_LIMITS.photos} 张图片`).optional(),
    })
    .strict()
    .refine((e) => e.kind === 'signup' || (e.capacity === undefined && e.deadline === undefined), {
      message: '只有接龙可以设置人数和截止时间',
    }),
  /** What reaches the caller; `mine: true` lists what the caller posted instead (我的发布). */
  z.object({ action: z.literal('list'), mine: z.boolean().optional(), cursor: cursorSchema.optional() }).strict(),
  z.object({ action: z.literal('get'), noticeId: idSchema }).strict(),
  /** One page of the notice's 未读 (default) or 已读 households, with both counts. */
  z
    .object({
      action: z.literal('readers'),
      noticeId: idSchema,
      tab: z.enum(READER_TABS).optional(),
      cursor: cursorSchema.optional(),
    })
    .strict(),
  /** 阅读情况 in one call: the notice, the counts, the first 未读 page, and a 接龙's sign-ups. */
  z.object({ action: z.literal('follow'), noticeId: idSchema }).strict(),
  /** 一键提醒: one subscribe message to each unread household's members who opted in. */
  z.object({ action: z.literal('remind'), noticeId: idSchema }).strict(),
  z
    .object({
      action: z.literal('signup'),
      noticeId: idSchema,
      note: z.string().trim().max(NOTICE_LIMITS.signupNote, `最多 ${NOTICE_LIMITS.signupNote} 个字`).optional(),
    })
    .strict(),
  z.object({ action: z.literal('withdraw'), noticeId: idSchema }).strict(),
  /** The 接龙 list in sign-up order, 20 a page. */
  z.object({ action: z.literal('signups'), noticeId: idSchema, cursor: cursorSchema.optional() }).strict(),
  z
    .object({
      action: z.literal('subscribe'),
      kinds: z.array(z.enum(SUBSCRIBE_KINDS)).min(1).max(SUBSCRIBE_KINDS.length),
    })
    .strict(),
]);
export type NoticesEvent = z.infer<typeof noticesEventSchema>;

export type NoticeScopeView = { kind: 'building' | 'grid' | 'community'; id: string; label: string };

export interface NoticeView {
  _id: string;
  kind: NoticeKind;
  scope: NoticeScopeView;
  title: string;
  content: string;
  posterId: string;
  posterName: string;
  createdAt: string;
  capacity?: number;
  deadline?: string;
  signupCount: number;
  /** Cloud file ids of the notice's photos (shown in the detail). */
  photos: string[];
  /** For the caller: not opened yet / signed up (active). */
  unread: boolean;
  signedUp: boolean;
}

/**
 * A household of a notice's audience (a home: one building and room; read when any member read).
 * Only where it is and how many live there: the poster needs the door to knock on, not the names.
 */
export interface HouseholdView {
  _id: string;
  buildingName: string;
  room: string;
  members: number;
  /** When the household first opened it (已读 only). */
  readAt?: string;
}

export interface ReaderCounts {
  read: number;
  unread: number;
}

/** A page of one 阅读情况 list, with both counts (the tabs' titles). */
export type ReadersPage = Page<HouseholdView> & { counts: ReaderCounts };

/** One person's place on a 接龙 (poster and admins only). */
export interface SignupEntry {
  userId: string;
  name: string;
  note: string;
  at: string;
}

/** The 阅读情况 screen's one call: the notice, the first 未读 page with the counts, the first 接龙 page. */
export interface NoticeFollow {
  notice: NoticeView;
  readers: ReadersPage;
  signups: Page<SignupEntry>;
}

/** 一键提醒's answer: messages sent, and the unread households they went to. */
export interface RemindResult {
  sent: number;
  households: number;
}
