/** The stored order document, parsed on every read, and the community settings orders depend on. */
import { z } from 'zod';
import { CATEGORIES, CLOSED_AS, DISPATCH_KINDS, STATUSES } from '../../../types/orders';
import { closingSettingsSchema } from '../../../types/order-closing';

const date = z.coerce.date();

export const timelineDoc = z.object({
  at: date,
  actorId: z.string(),
  actorName: z.string(),
  actorRole: z.string(),
  action: z.string(),
  note: z.string().optional(),
});

export const orderDoc = z.object({
  _id: z.string(),
  communityId: z.string(),
  gridId: z.string(),
  buildingId: z.string(),
  room: z.string(),
  category: z.enum(CATEGORIES),
  content: z.string(),
  photos: z.array(z.string()),
  contactPhone: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  filedById: z.string(),
  proxyId: z.string().optional(),
  proxyName: z.string().optional(),
  requestId: z.string(),
  oneTap: z.boolean().optional(),
  status: z.enum(STATUSES),
  dispatchKind: z.enum(DISPATCH_KINDS).optional(),
  reply: z.string().optional(),
  departmentId: z.string().optional(),
  departmentName: z.string().optional(),
  /** when a department was given it (dispatch or a 联席会议's 交办): its clock starts there */
  transferredAt: date.optional(),
  /** the 联席会议 topic a transfer became (meetings/joint.ts links it) */
  meetingTopicId: z.string().optional(),
  takerId: z.string().optional(),
  takerName: z.string().optional(),
  /** Copied when taken, for the resident's 拨打电话 (shown only while it is worked on). */
  takerPhone: z.string().optional(),
  completionNote: z.string().optional(),
  completionPhotos: z.array(z.string()).optional(),
  rating: z.object({ score: z.number(), comment: z.string().optional() }).optional(),
  rectification: z.string().optional(),
  /** 地址待认证: the resident's claimed address was not confirmed when she filed */
  addressUnconfirmed: z.boolean().optional(),
  /** 等待居民: since when and why; the clock stops meanwhile (domain/orders/deadlines.ts) */
  waitingSince: date.optional(),
  waitReason: z.string().optional(),
  /** the total time spent waiting on the resident (finishBy has moved by it) */
  pausedMs: z.number().optional(),
  /** when a completed / answered / 整改-answered order closes by itself if the resident says nothing */
  closeBy: date.optional(),
  closedAs: z.enum(CLOSED_AS).optional(),
  /** when the resident confirmed a 整改 (确认已解决); the 数据看板 counts 整改 confirmed by it */
  rectifyConfirmedAt: date.optional(),
  takeBy: date,
  finishBy: date,
  overdueLevel: z.number(),
  createdAt: date,
  updatedAt: date,
  timeline: z.array(timelineDoc),
  /**
   * The 数据看板's outbox on the order itself (_shared/stats/order-mark.ts): what the counters hold
   * for it (`v`: the updatedAt they reflect; its scopes and facts), and `pending` once a state
   * change — which sets it in the same conditional update — is still to be counted. Absent on
   * orders from before it: their counters reflect their current state.
   */
  statsMark: z
    .object({
      pending: z.boolean(),
      v: z.number(),
      scopes: z.array(z.string()),
      facts: z.record(z.string(), z.number()),
    })
    .optional(),
});
export type OrderDoc = z.infer<typeof orderDoc>;

/** Per-community order settings: 系统派单 categories and the 限时办结 table override. */
export const orderSettings = z
  .object({
    autoDispatch: z.array(z.enum(CATEGORIES)).optional(),
    deadlines: z
      .object({
        takeHours: z.number().positive().optional(),
        finishDays: z.record(z.enum(CATEGORIES), z.number().positive()).optional(),
      })
      .optional(),
    /** Nobody waits forever: the working days to rate, and to confirm a 整改 (types/orders.ts) */
    closing: closingSettingsSchema.partial().optional(),
  })
  .optional();
export type OrderSettings = z.infer<typeof orderSettings>;
