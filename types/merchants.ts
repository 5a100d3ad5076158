/**
 * Merchants of the 15分钟便民服务圈 (issue 15 point 4): a 商家 or 便民网点 place is linked to the
 * person who runs it (the `merchant` role), who keeps its page and the services it offers residents
 * (积分抵扣, 老人免费理发…). A resident confirms a service by the merchant's rotating code; the
 * merchant earns 便民服务积分; the community names 社区信得过 merchants from their record.
 */
import { z } from 'zod';
import { idSchema } from './roles';
import { cursorSchema } from './cursor';
import { fileIdSchema } from './orders';
import { PLACE_LIMITS, PLACE_SERVICES, type PlaceType } from './places';

/** The kinds of place a merchant may run: shops and 便民网点, never a 红色驿站 or 党群服务中心. */
export const MERCHANT_PLACE_TYPES: readonly PlaceType[] = ['merchant', 'convenience'];

/** Who a service is for (服务对象): a table, so the page and the filter read the same words. */
export const SERVICE_AUDIENCES = ['all', 'elderly', 'disabled', 'veteran', 'family'] as const;
export type ServiceAudience = (typeof SERVICE_AUDIENCES)[number];
export const SERVICE_AUDIENCE_LABELS: Record<ServiceAudience, string> = {
  all: '所有居民',
  elderly: '60岁以上老人',
  disabled: '残疾人',
  veteran: '退役军人、军属',
  family: '困难家庭',
};

export const MERCHANT_LIMITS = { services: 10, pageSize: 20, title: 20, description: 120, reply: 120 } as const;

/**
 * The merchant's code: 6 characters that change every 10 minutes (HMAC of the place and the period,
 * keyed by a secret only the server holds); the one before still counts, so a code is good for 10 to
 * 20 minutes. Same alphabet as the meeting sign-in code: no 0/O, 1/I/L to misread.
 */
export const MERCHANT_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const MERCHANT_CODE_LENGTH = 6;
export const MERCHANT_CODE_PERIOD_MS = 10 * 60_000;
export const merchantCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(
    z.string().regex(new RegExp(`^[${MERCHANT_CODE_ALPHABET}]{${MERCHANT_CODE_LENGTH}}$`), '服务码是 6 位字母或数字'),
  );

export const ratingSchema = z.number().int().min(1, '评分为 1 到 5 星').max(5, '评分为 1 到 5 星');

export const serviceInputSchema = z
  .object({
    title: z.string().trim().min(1, '请填写服务名称').max(MERCHANT_LIMITS.title, '服务名称最多 20 个字'),
    description: z.string().trim().max(MERCHANT_LIMITS.description, '说明最多 120 个字'),
    audience: z.enum(SERVICE_AUDIENCES),
  })
  .strict();
export type ServiceInput = z.infer<typeof serviceInputSchema>;

/** What a merchant may change on their own place's page (name, type, address and location stay staff's). */
export const shopPageSchema = z
  .object({
    hours: z.string().trim().min(1, '请填写营业时间').max(40, '营业时间最多 40 个字'),
    services: z.array(z.enum(PLACE_SERVICES)).max(PLACE_LIMITS.services),
    phone: z
      .string()
      .trim()
      .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '电话应为手机号或带区号的座机号')
      .optional(),
    photos: z.array(fileIdSchema).max(PLACE_LIMITS.photos, `最多 ${PLACE_LIMITS.photos} 张图片`).optional(),
    description: z.string().trim().max(200, '店铺介绍最多 200 个字').optional(),
  })
  .strict();
export type ShopPageInput = z.infer<typeof shopPageSchema>;

export const merchantsEventSchema = z.discriminatedUnion('action', [
  // —— 社区管理员 ——
  /** Link a member as the merchant of a 商家/便民网点 place (grants them `merchant`); replaces a previous one. */
  z.object({ action: z.literal('link'), placeId: idSchema, userId: idSchema }).strict(),
  /** Unlink the place's merchant; their `merchant` role goes when they run no other place. */
  z.object({ action: z.literal('unlink'), placeId: idSchema }).strict(),
  /** The community's merchant places with their merchant, record and whether the rule proposes them. */
  z.object({ action: z.literal('shops'), cursor: cursorSchema.optional() }).strict(),
  /** Name (trusted: true) or revoke (false) a 社区信得过 merchant. */
  z.object({ action: z.literal('trust'), placeId: idSchema, trusted: z.boolean() }).strict(),
  // —— 商家 ——
  /** The caller's own places (usually one), with code, services and points earned. */
  z.object({ action: z.literal('mine') }).strict(),
  z.object({ action: z.literal('page.save'), placeId: idSchema, page: shopPageSchema }).strict(),
  z
    .object({
      action: z.literal('service.save'),
      placeId: idSchema,
      serviceId: idSchema.optional(),
      service: serviceInputSchema,
    })
    .strict(),
  z.object({ action: z.literal('service.remove'), placeId: idSchema, serviceId: idSchema }).strict(),
  /** The code residents scan now, and when it changes. */
  z.object({ action: z.literal('code'), placeId: idSchema }).strict(),
  /** Confirmations received, newest first, residents shown by masked name only. */
  z.object({ action: z.literal('confirmations'), placeId: idSchema, cursor: cursorSchema.optional() }).strict(),
  /** Answer a 差评 (rating ≤ 2): it counts as resolved for the 信得过 rule. */
  z
    .object({
      action: z.literal('reply'),
      confirmationId: idSchema,
      reply: z.string().trim().min(1, '请填写回复').max(MERCHANT_LIMITS.reply, '回复最多 120 个字'),
    })
    .strict(),
  // —— 居民 ——
  /** A place's merchant page: services, 信得过, whether the caller confirmed each today. */
  z.object({ action: z.literal('shop'), placeId: idSchema }).strict(),
  /** 确认服务: the merchant's current code, the service received, and an optional rating. */
  z
    .object({
      action: z.literal('confirm'),
      placeId: idSchema,
      serviceId: idSchema,
      code: merchantCodeSchema,
      rating: ratingSchema.optional(),
    })
    .strict(),
]);
export type MerchantsEvent = z.infer<typeof merchantsEventSchema>;

export interface ServiceView extends ServiceInput {
  _id: string;
  audienceLabel: string;
  /** 便民服务积分 the merchant earns per confirmation (the community's setting) */
  points: number;
}

/** A confirmation as the merchant sees it: the resident by masked name only (周**), no room, no phone. */
export interface ConfirmationView {
  _id: string;
  serviceTitle: string;
  residentName: string;
  at: string;
  rating?: number;
  points: number;
  reply?: string;
  /** a 差评 (rating ≤ 2) still waiting for the merchant's reply */
  complaintOpen: boolean;
}

/** A merchant's record over the 信得过 window (domain/merchants/trust.ts). */
export interface ShopRecord {
  confirmations: number;
  ratings: number;
  averageRating: number | null;
  openComplaints: number;
}

export interface MyShop {
  placeId: string;
  name: string;
  typeLabel: string;
  trusted: boolean;
  page: ShopPageInput;
  services: ServiceView[];
  /** 便民服务积分 earned at this place, all time */
  pointsEarned: number;
  record: ShopRecord;
}

export interface ShopView {
  placeId: string;
  name: string;
  trusted: boolean;
  hasMerchant: boolean;
  /** the shop's photos (the merchant's own, or staff's), shown above the services */
  photos: string[];
  services: (ServiceView & { confirmedToday: boolean })[];
}

export interface AdminShopRow {
  placeId: string;
  name: string;
  typeLabel: string;
  merchant?: { userId: string; name: string };
  trusted: boolean;
  record: ShopRecord;
  /** the 信得过 rule proposes this merchant (domain/merchants/trust.ts) */
  candidate: boolean;
}

export interface CodeView {
  code: string;
  refreshAt: string;
  /** what the QR code encodes: the resident's confirm page with place and code */
  path: string;
}
