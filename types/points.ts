/**
 * 积分银行 / 爱心超市 / 红榜 (issue: points): tables, the `points` function's events and its answers.
 * Tables are data (value, label) so the client and the functions read the same words.
 */
import { z } from 'zod';
import { cursorSchema } from './cursor';
import { idSchema } from './roles';

/** The ten areas points are earned in (积分领域). */
export const POINT_AREAS = [
  'virtue',
  'environment',
  'governance',
  'public_service',
  'volunteer',
  'mutual_aid',
  'family',
  'safety',
  'deliberation',
  'other',
] as const;
export type PointArea = (typeof POINT_AREAS)[number];
export const AREA_LABELS: Record<PointArea, string> = {
  virtue: '公益美德',
  environment: '环境卫生',
  governance: '社会治理',
  public_service: '公共服务',
  volunteer: '志愿服务',
  mutual_aid: '邻里互助',
  family: '文明家庭',
  safety: '平安建设',
  deliberation: '议事参与',
  other: '其他',
};

/**
 * earn: points earned (raises balance and lifetime); spend: a redemption's hold (lowers balance only);
 * refund: a cancelled or expired redemption's points back (raises balance only); reversal: an
 * admin's correction of an earning (lowers both). Only `earn` entries may be reversed.
 */
export const ENTRY_KINDS = ['earn', 'spend', 'refund', 'reversal'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  earn: '获得',
  spend: '兑换',
  refund: '退回',
  reversal: '冲正',
};

export const REDEMPTION_STATUSES = ['pending', 'fulfilled', 'cancelled', 'expired'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];
export const REDEMPTION_STATUS_LABELS: Record<RedemptionStatus, string> = {
  pending: '待核销',
  fulfilled: '已核销',
  cancelled: '已取消',
  expired: '已过期',
};

export const BOARD_PERIODS = ['month', 'year', 'all'] as const;
export type BoardPeriod = (typeof BOARD_PERIODS)[number];
export const BOARD_SCOPES = ['community', 'grid'] as const;
export type BoardScope = (typeof BOARD_SCOPES)[number];

/** What the community table (community doc `settings.points`) defaults to. */
export const DEFAULT_POINT_SETTINGS = { orderTaker: 10, rating: 2, meeting: 5, redemptionDays: 7 } as const;
const amountSetting = z.number().int().min(0).max(1000);
export const pointSettingsSchema = z
  .object({
    orderTaker: amountSetting.optional(),
    rating: amountSetting.optional(),
    meeting: amountSetting.optional(),
    redemptionDays: z.number().int().min(1).max(90).optional(),
  })
  .optional();
export type PointSettings = { orderTaker: number; rating: number; meeting: number; redemptionDays: number };

/** Redemption codes: 8 characters of Crockford's base32 (no I, L, O, U), typed or scanned at the counter. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;
/** What a person types, as it is read: any case, dashes and spaces ignored, O read as 0 and I/L as 1. */
export const normalizeRedemptionCode = (s: string): string =>
  s.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
const BAD_CODE = '核销码应为 8 位字母或数字';
/** The one reading of a typed or scanned code, by the `points` function and the 核销 page alike. */
export const redemptionCodeSchema = z
  .string()
  .max(20, BAD_CODE)
  .transform(normalizeRedemptionCode)
  .pipe(
    z
      .string()
      .min(1, '请输入兑换码')
      .regex(/^[0-9A-HJKMNP-TV-Z]{8}$/, BAD_CODE),
  );

/** Entry ids are derived from their cause (`order:<orderId>:taker`, `award:<admin>:<requestId>`…). */
export const entryIdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_:-]+$/, '记录编号格式不正确');
const fileIdSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^(cloud|local):\/\/[\w./-]+$/, '图片地址不正确');
/**
 * The bounds of each admin field of points (whole numbers inclusive; text in characters after
 * trimming): the schema below and the client's forms (src/features/points/forms.ts) both read these.
 */
export const POINTS_LIMITS = {
  award: { min: 1, max: 10_000 },
  reason: 100,
  itemName: 30,
  cost: { min: 1, max: 100_000 },
  stock: { min: 0, max: 100_000 },
  limitPerPerson: { min: 1, max: 100 },
  /** 参考价值 in 分 (domain/points/money.ts): up to ¥100,000.00. */
  valueFen: { min: 0, max: 10_000_000 },
} as const;
const whole = (r: { min: number; max: number }) => z.number().int().min(r.min).max(r.max);

const text = (max: number) => z.string().trim().min(1, '请填写内容').max(max, `最多 ${max} 个字`);

export const pointsEventSchema = z.discriminatedUnion('action', [
  /** One's own figures; an admin may pass `userId` to see a member's (both figures, for 积分管理). */
  z.object({ action: z.literal('balance'), userId: idSchema.optional() }).strict(),
  /** One's own ledger; an admin may pass `userId` to read a member's (to find an entry to reverse). */
  z.object({ action: z.literal('ledger'), userId: idSchema.optional(), cursor: cursorSchema.optional() }).strict(),
  z
    .object({
      action: z.literal('award'),
      userId: idSchema,
      amount: whole(POINTS_LIMITS.award),
      area: z.enum(POINT_AREAS),
      reason: text(POINTS_LIMITS.reason),
      requestId: idSchema,
    })
    .strict(),
  z.object({ action: z.literal('reverse'), entryId: entryIdSchema, reason: text(POINTS_LIMITS.reason) }).strict(),
  z.object({ action: z.literal('items'), cursor: cursorSchema.optional() }).strict(),
  z
    .object({
      action: z.literal('item.save'),
      _id: idSchema.optional(),
      name: text(POINTS_LIMITS.itemName),
      cost: whole(POINTS_LIMITS.cost),
      stock: whole(POINTS_LIMITS.stock),
      limitPerPerson: whole(POINTS_LIMITS.limitPerPerson).optional(),
      image: fileIdSchema.optional(),
      /** 参考价值 in whole 分 (optional; absent clears it): counted on the 数据看板 when collected. */
      valueFen: whole(POINTS_LIMITS.valueFen).optional(),
    })
    .strict(),
  z.object({ action: z.literal('redeem'), itemId: idSchema, requestId: idSchema }).strict(),
  z.object({ action: z.literal('verify'), code: redemptionCodeSchema }).strict(),
  z.object({ action: z.literal('cancel'), redemptionId: idSchema }).strict(),
  /** One's own redemptions; admins see the community's unless `mine` is set. */
  z
    .object({
      action: z.literal('redemptions'),
      status: z.enum(REDEMPTION_STATUSES).optional(),
      mine: z.boolean().optional(),
      cursor: cursorSchema.optional(),
    })
    .strict(),
  /** scope community: the community's people and grids; scope grid: the people of one grid (default: one's own). */
  z
    .object({
      action: z.literal('leaderboard'),
      scope: z.enum(BOARD_SCOPES),
      period: z.enum(BOARD_PERIODS),
      gridId: idSchema.optional(),
    })
    .strict()
    // A gridId the community board would ignore is refused, not dropped (issue 12, point 9).
    .refine((e) => e.scope === 'grid' || e.gridId === undefined, {
      message: '全社区红榜不按网格查看',
      path: ['gridId'],
    }),
]);
export type PointsEvent = z.infer<typeof pointsEventSchema>;

/** 待确认: orders one finished that are not closed yet, and the award they will bring at the close. */
export const pendingPointsSchema = z.object({ orders: z.number(), points: z.number() });
export type PendingPoints = z.infer<typeof pendingPointsSchema>;

export const accountViewSchema = z.object({
  balance: z.number(),
  lifetime: z.number(),
  /** 先锋积分 for party members, 积分 for everyone else. */
  label: z.string(),
  /** On the first page of one's own 积分明细: the taker's awards 待确认 (issue 11, point 7). */
  pending: pendingPointsSchema.optional(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export const entryViewSchema = z.object({
  _id: z.string(),
  amount: z.number(),
  kind: z.enum(ENTRY_KINDS),
  area: z.enum(POINT_AREAS).optional(),
  reason: z.string(),
  balanceAfter: z.number(),
  at: z.string(),
  /** For a reversal: the entry it corrects. */
  reverses: z.string().optional(),
});
export type EntryView = z.infer<typeof entryViewSchema>;

export const itemViewSchema = z.object({
  _id: z.string(),
  name: z.string(),
  image: z.string().optional(),
  cost: z.number(),
  stock: z.number(),
  limitPerPerson: z.number().optional(),
  /** 参考价值 in 分, where the admin set one. */
  valueFen: z.number().optional(),
});
export type ItemView = z.infer<typeof itemViewSchema>;

export const redemptionViewSchema = z.object({
  _id: z.string(),
  code: z.string(),
  status: z.enum(REDEMPTION_STATUSES),
  itemId: z.string(),
  itemName: z.string(),
  cost: z.number(),
  userName: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  closedAt: z.string().optional(),
});
export type RedemptionView = z.infer<typeof redemptionViewSchema>;

export const leaderboardSchema = z.object({
  scope: z.enum(BOARD_SCOPES),
  period: z.enum(BOARD_PERIODS),
  /** Start of the period (China time), absent for `all`. */
  since: z.string().optional(),
  /** Names only: residents never see others' phones, rooms or ledgers. */
  people: z.array(z.object({ rank: z.number(), name: z.string(), points: z.number(), isMe: z.boolean() })),
  grids: z.array(z.object({ rank: z.number(), gridId: z.string(), name: z.string(), points: z.number() })),
});
export type Leaderboard = z.infer<typeof leaderboardSchema>;
