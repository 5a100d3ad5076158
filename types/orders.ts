/**
 * The 三单 work order (issue #3): categories, statuses and the `orders` function's events and results.
 * Tables are data (value, label…) so the client and the functions read the same words.
 */
import { z } from 'zod';
import { cursorSchema } from './cursor';
import { idSchema } from './roles';
import { phoneSchema, roomSchema } from './user';

export const CATEGORIES = ['property', 'elderly', 'infrastructure', 'dispute', 'convenience'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_TABLE: Record<Category, { label: string; finishDays: number }> = {
  property: { label: '物业服务', finishDays: 5 },
  elderly: { label: '居家养老', finishDays: 1 },
  infrastructure: { label: '基础设施维护', finishDays: 5 },
  dispute: { label: '矛盾纠纷', finishDays: 10 },
  convenience: { label: '便民服务', finishDays: 1 },
};
/** Default 限时办结: take within 2 hours; finish within the category's days. Communities may override. */
export const DEFAULT_TAKE_HOURS = 2;

export const STATUSES = [
  'submitted',
  'dispatched',
  'taken',
  /** 等待居民: the taker waits on the resident (not home, needs information); the clock stops */
  'waiting',
  'completed',
  'rectifying',
  /** 整改待确认: the 整改 reply is given; the resident confirms it (or it closes after the days set) */
  'rectified',
  'closed',
  'answered',
  'transferred',
  'handling',
  'cancelled',
] as const;
export type OrderStatus = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<OrderStatus, string> = {
  submitted: '待派单',
  dispatched: '待接单',
  taken: '办理中',
  waiting: '等待居民',
  completed: '待评价',
  rectifying: '整改中',
  rectified: '整改待确认',
  closed: '已办结',
  answered: '已答复',
  transferred: '已转交',
  handling: '部门办理中',
  cancelled: '已撤销',
};

export const DISPATCH_KINDS = ['reply', 'self', 'transfer'] as const;
export type DispatchKind = (typeof DISPATCH_KINDS)[number];
export const DISPATCH_LABELS: Record<DispatchKind, string> = {
  reply: '回复解释类',
  self: '受理自办类',
  transfer: '转交办理类',
};

/** Cloud storage file ids (cloud://… in WeChat, local:// on the local cloud). */
export const fileIdSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^(cloud|local):\/\/[\w./-]+$/, '图片地址不正确');
const text = (max: number) => z.string().trim().min(1, '请填写内容').max(max, `最多 ${max} 个字`);

/**
 * The longest text (characters, after trimming) and the most photos each orders field takes: the
 * schema below and the client's forms (我要点单, 派单, 办结, 评价, 整改) both read these.
 */
export const ORDER_LIMITS = {
  content: 500,
  photos: 9,
  reply: 500,
  dispatchNote: 200,
  completionNote: 500,
  ratingComment: 200,
  rectifyReply: 500,
  handBackReason: 200,
  departmentReply: 500,
  waitReason: 200,
  disputeComment: 200,
} as const;

/**
 * How an order was closed (issue 11.7), recorded on it for the dashboard: rated (a good rating),
 * unrated (未评价: not rated within the days set, closed by the timer after a 回访), and for a 整改
 * the resident's word — confirmed (确认已解决) — or timed_out (not confirmed within the days set).
 */
export const CLOSED_AS = ['rated', 'unrated', 'rectify_confirmed', 'rectify_timed_out'] as const;
export type ClosedAs = (typeof CLOSED_AS)[number];
export const CLOSED_AS_LABELS: Record<ClosedAs, string> = {
  rated: '已评价',
  unrated: '未评价',
  rectify_confirmed: '居民确认整改',
  rectify_timed_out: '整改到期未确认',
};

export { closingSettingsSchema, DEFAULT_CLOSING, type ClosingSettings } from './order-closing';

/** Why the taker waits on the resident (等待居民), offered as choices; a note may say more. */
export const WAIT_REASONS = ['居民不在家', '需要居民补充信息', '居民约定了上门时间'] as const;

/**
 * The lists of orders: mine (filed by or for me), tasks (taken by me), pool (what I may grab), grid
 * (网格诉求: my grids, for grid workers), community (admins), overdue, proxied (我代办的: filed by me
 * for a resident), rectify (整改 queue: rated badly, waiting for the grid worker's reply).
 */
export const LIST_VIEWS = ['mine', 'tasks', 'pool', 'grid', 'community', 'overdue', 'proxied', 'rectify'] as const;
export type ListView = (typeof LIST_VIEWS)[number];

export const ordersEventSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('submit'),
      requestId: idSchema,
      category: z.enum(CATEGORIES).optional(),
      content: text(ORDER_LIMITS.content).optional(),
      oneTap: z.literal(true).optional(),
      buildingId: idSchema.optional(),
      room: roomSchema.optional(),
      contactPhone: phoneSchema.optional(),
      photos: z.array(fileIdSchema).max(ORDER_LIMITS.photos, `最多 ${ORDER_LIMITS.photos} 张图片`).optional(),
      onBehalfOf: idSchema.optional(),
    })
    .strict()
    .refine((e) => e.oneTap || (e.category && e.content), { message: '请选择类别并填写诉求内容' })
    // 代办 files at the resident's registered home (issue 12.1): the filer names no building or room.
    .refine((e) => !e.onBehalfOf || (e.buildingId === undefined && e.room === undefined), {
      message: '代办以居民登记的住址为准，不能另填楼栋和房号',
      path: ['onBehalfOf'],
    }),
  z
    .object({
      action: z.literal('dispatch'),
      orderId: idSchema,
      kind: z.enum(DISPATCH_KINDS),
      gridId: idSchema.optional(),
      reply: text(ORDER_LIMITS.reply).optional(),
      departmentId: idSchema.optional(),
      note: text(ORDER_LIMITS.dispatchNote).optional(),
    })
    .strict()
    .refine((e) => e.kind !== 'reply' || e.reply, { message: '回复解释类需要填写答复内容', path: ['reply'] })
    // Each kind's own field only: one the dispatch would ignore is refused, not dropped (issue 12, point 9).
    .refine((e) => e.kind === 'reply' || e.reply === undefined, { message: '只有回复解释类填写答复', path: ['reply'] })
    .refine((e) => e.kind === 'self' || e.gridId === undefined, { message: '只有受理自办类选择网格', path: ['gridId'] })
    .refine((e) => e.kind === 'transfer' || e.departmentId === undefined, {
      message: '只有转交办理类选择部门',
      path: ['departmentId'],
    }),
  z.object({ action: z.literal('grab'), orderId: idSchema }).strict(),
  z.object({ action: z.literal('assign'), orderId: idSchema, userId: idSchema }).strict(),
  z
    .object({
      action: z.literal('complete'),
      orderId: idSchema,
      note: text(ORDER_LIMITS.completionNote),
      photos: z.array(fileIdSchema).max(ORDER_LIMITS.photos).optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal('rate'),
      orderId: idSchema,
      score: z.number().int().min(1).max(5),
      comment: text(ORDER_LIMITS.ratingComment).optional(),
    })
    .strict(),
  z.object({ action: z.literal('rectify'), orderId: idSchema, reply: text(ORDER_LIMITS.rectifyReply) }).strict(),
  // 整改 closes on the resident's word: 确认已解决, or 仍不满意 (with why) for another 整改 reply.
  z.object({ action: z.literal('confirm'), orderId: idSchema }).strict(),
  z.object({ action: z.literal('dispute'), orderId: idSchema, comment: text(ORDER_LIMITS.disputeComment) }).strict(),
  // 等待居民: the taker stops the clock with a reason; the taker or the resident resumes it.
  z.object({ action: z.literal('wait'), orderId: idSchema, reason: text(ORDER_LIMITS.waitReason) }).strict(),
  z.object({ action: z.literal('resume'), orderId: idSchema }).strict(),
  z.object({ action: z.literal('cancel'), orderId: idSchema }).strict(),
  z.object({ action: z.literal('handBack'), orderId: idSchema, reason: text(ORDER_LIMITS.handBackReason) }).strict(),
  z.object({ action: z.literal('reassign'), orderId: idSchema, userId: idSchema }).strict(),
  /** Who could take this order (its grid's party members, grid workers, property staff): 指派 and 改派 choose from them. */
  z.object({ action: z.literal('takers'), orderId: idSchema, cursor: cursorSchema.optional() }).strict(),
  /** 代办: the registered households of a building the caller may file for. */
  z.object({ action: z.literal('households'), buildingId: idSchema, cursor: cursorSchema.optional() }).strict(),
  // 转交办理类: the department accepts (受理) and answers (答复) what is transferred to it.
  z.object({ action: z.literal('accept'), orderId: idSchema }).strict(),
  z.object({ action: z.literal('respond'), orderId: idSchema, note: text(ORDER_LIMITS.departmentReply) }).strict(),
  z.object({ action: z.literal('get'), orderId: idSchema }).strict(),
  z
    .object({
      action: z.literal('list'),
      view: z.enum(LIST_VIEWS),
      status: z.enum(STATUSES).optional(),
      cursor: cursorSchema.optional(),
    })
    .strict(),
]);
export type OrdersEvent = z.infer<typeof ordersEventSchema>;

/** What each timeline action is called on screen. */
export const TIMELINE_ACTIONS = [
  'submit',
  'auto_dispatch',
  'dispatch',
  'grab',
  'assign',
  'complete',
  'rate',
  'rectify',
  'cancel',
  'overdue',
  'hand_back',
  'reassign',
  'refer',
  'accept',
  'respond',
  'wait',
  'resume',
  'confirm',
  'dispute',
  'follow_up',
  'auto_close',
] as const;
export type TimelineAction = (typeof TIMELINE_ACTIONS)[number];
export const TIMELINE_LABELS: Record<TimelineAction, string> = {
  submit: '提交诉求',
  auto_dispatch: '系统派单',
  dispatch: '社区派单',
  grab: '抢单',
  assign: '指派',
  complete: '办结',
  rate: '评价',
  rectify: '整改回复',
  cancel: '撤销',
  overdue: '超时提醒',
  hand_back: '退单',
  reassign: '改派',
  refer: '交办部门',
  accept: '部门受理',
  respond: '部门答复',
  wait: '等待居民',
  resume: '恢复办理',
  confirm: '确认已解决',
  dispute: '仍不满意',
  follow_up: '回访',
  auto_close: '到期办结',
};

export const timelineEntrySchema = z.object({
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  actorRole: z.string(),
  action: z.string(),
  note: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** An order as a caller sees it: phone and room may be masked, depending on who asks. */
export const orderViewSchema = z.object({
  _id: z.string(),
  status: z.enum(STATUSES),
  category: z.enum(CATEGORIES),
  content: z.string(),
  /** 一键发单: `content` is fixed words; who and where are the fields below. */
  oneTap: z.boolean().optional(),
  buildingId: z.string(),
  buildingName: z.string().optional(),
  room: z.string(),
  contactPhone: z.string(),
  gridId: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  /** who filed it: the resident, or a building leader / grid worker who filed for them (代办) */
  filedById: z.string(),
  /** 代办人 (name shown on the order); absent when the resident filed it themselves. */
  proxyId: z.string().optional(),
  proxyName: z.string().optional(),
  takerId: z.string().optional(),
  takerName: z.string().optional(),
  /** In full views while the order is worked on (domain/orders/permissions.ts takerReachable). */
  takerPhone: z.string().optional(),
  /** 转交办理类: the department it is transferred to (none while it waits for a 联席会议) */
  departmentId: z.string().optional(),
  departmentName: z.string().optional(),
  /** the 联席会议 topic a transfer became, on `get` */
  meetingTopic: z.object({ topicId: z.string(), meetingId: z.string(), title: z.string() }).optional(),
  photos: z.array(z.string()),
  dispatchKind: z.enum(DISPATCH_KINDS).optional(),
  reply: z.string().optional(),
  completionNote: z.string().optional(),
  completionPhotos: z.array(z.string()).optional(),
  rating: z.object({ score: z.number(), comment: z.string().optional() }).optional(),
  rectification: z.string().optional(),
  /** 地址待认证: filed by a resident whose claimed building and room are not yet confirmed */
  addressUnconfirmed: z.boolean().optional(),
  /** 等待居民: since when, and why (the clock stops meanwhile) */
  waitingSince: z.string().optional(),
  waitReason: z.string().optional(),
  /** When a completed (or 整改-answered) order closes by itself if the resident says nothing. */
  closeBy: z.string().optional(),
  closedAs: z.enum(CLOSED_AS).optional(),
  /** 我的任务: the taker's award 待确认 until the order closes (the resident rates, or the timer). */
  takerPointsPending: z.number().optional(),
  takeBy: z.string(),
  finishBy: z.string(),
  overdueLevel: z.number(),
  createdAt: z.string(),
  timeline: z.array(timelineEntrySchema).optional(),
});
export type OrderView = z.infer<typeof orderViewSchema>;

/** A person who could take an order, as 指派 / 改派 list them: name and work roles, nothing personal. */
export const takerChoiceSchema = z.object({ _id: z.string(), name: z.string(), roles: z.array(z.string()) });
export type TakerChoice = z.infer<typeof takerChoiceSchema>;

/** A registered household a 代办 may be filed for: the filer needs the name and room to pick the right door. */
export const proxyHouseholdSchema = z.object({ userId: z.string(), name: z.string(), room: z.string() });
export type ProxyHousehold = z.infer<typeof proxyHouseholdSchema>;
