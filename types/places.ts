/**
 * 服务阵地 and the 15分钟便民服务圈 (issue 15): the community's service places — 红色驿站, 党群服务中心,
 * 党员服务站, 便民网点, 商家 — with where they are, when they open and what they offer, so a resident
 * finds the nearest one and is led there in one tap. Places are public premises of one community;
 * no private person's location or phone is ever stored here.
 */
import { z } from 'zod';
import { idSchema } from './roles';
import { fileIdSchema } from './orders';
import { cursorSchema } from './cursor';
import type { Page } from './envelope';

export const PLACE_TYPES = ['red_station', 'party_center', 'party_post', 'convenience', 'merchant'] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];
export const PLACE_TYPE_LABELS: Record<PlaceType, string> = {
  red_station: '红色驿站',
  party_center: '党群服务中心',
  party_post: '党员服务站',
  convenience: '便民网点',
  merchant: '商家',
};

/** The services a place offers, chosen from a list (free text would never match a filter). */
export const PLACE_SERVICES = [
  '休息饮水',
  '手机充电',
  '应急药箱',
  '活动室',
  '会议室',
  '政策咨询',
  '代办服务',
  '理发',
  '维修',
  '家政',
  '助餐',
  '医疗',
  '快递代收',
  '老年人优惠',
] as const;
export type PlaceService = (typeof PLACE_SERVICES)[number];

export const PLACE_LIMITS = { photos: 6, services: PLACE_SERVICES.length, pageSize: 20 } as const;

/** A point as WeChat's map gives it (GCJ-02, the coordinates Taro's getLocation / chooseLocation use). */
export const locationSchema = z
  .object({
    lat: z.number().min(-90, '纬度不正确').max(90, '纬度不正确'),
    lng: z.number().min(-180, '经度不正确').max(180, '经度不正确'),
  })
  .strict();
export type GeoPoint = z.infer<typeof locationSchema>;

/** A business or office phone: a mobile, or a landline with its area code (0571-88886666). */
const placePhone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '电话应为手机号或带区号的座机号');

export const placeInputSchema = z
  .object({
    name: z.string().trim().min(1, '请填写名称').max(30, '名称最多 30 个字'),
    type: z.enum(PLACE_TYPES),
    address: z.string().trim().min(1, '请填写地址').max(60, '地址最多 60 个字'),
    location: locationSchema,
    /** Opening hours as people say them: 每天 8:00-20:00, 工作日 9:00-17:00 */
    hours: z.string().trim().min(1, '请填写开放时间').max(40, '开放时间最多 40 个字'),
    services: z.array(z.enum(PLACE_SERVICES)).max(PLACE_LIMITS.services),
    phone: placePhone.optional(),
    photos: z.array(fileIdSchema).max(PLACE_LIMITS.photos, `最多 ${PLACE_LIMITS.photos} 张图片`).optional(),
  })
  .strict();
export type PlaceInput = z.infer<typeof placeInputSchema>;

/** 步行速度 (metres a minute) the community sets; 15 minutes at it is the circle's radius. */
export const walkSpeedSchema = z.number().int().min(40, '步行速度太慢').max(120, '步行速度太快');
export const DEFAULT_WALK_METERS_PER_MINUTE = 70;
export const CIRCLE_MINUTES = 15;

export const placesEventSchema = z.discriminatedUnion('action', [
  /**
   * Nearest first from `from` (the person's location, given only with their consent), else from
   * their registered building; places of unknown distance last. Filters by type and service.
   */
  z
    .object({
      action: z.literal('list'),
      type: z.enum(PLACE_TYPES).optional(),
      service: z.enum(PLACE_SERVICES).optional(),
      from: locationSchema.optional(),
      cursor: cursorSchema.optional(),
    })
    .strict(),
  z.object({ action: z.literal('get'), placeId: idSchema }).strict(),
  /** Staff (community admins): add a place, or edit one with `placeId`. */
  z.object({ action: z.literal('save'), placeId: idSchema.optional(), place: placeInputSchema }).strict(),
  z.object({ action: z.literal('remove'), placeId: idSchema }).strict(),
  /** Staff: a building's location (its entrance), so distance needs nobody's own location. */
  z.object({ action: z.literal('building.locate'), buildingId: idSchema, location: locationSchema }).strict(),
  /** Staff: the 15-minute circle — the walking speed, and which buildings have no place within it. */
  z.object({ action: z.literal('circle'), walkMetersPerMinute: walkSpeedSchema.optional() }).strict(),
]);
export type PlacesEvent = z.infer<typeof placesEventSchema>;

export interface PlaceView extends PlaceInput {
  _id: string;
  typeLabel: string;
  /** 商家 (types/merchants.ts): a merchant runs it (its services page exists), named 社区信得过, its introduction */
  hasMerchant?: boolean;
  trusted?: boolean;
  description?: string;
  /** from where the list measured; absent when neither the person nor their building has a location */
  distanceMeters?: number;
  walkMinutes?: number;
  /** within CIRCLE_MINUTES' walk at the community's speed */
  inCircle?: boolean;
}

/**
 * A page of the 服务阵地 list. The first page also says where distance was measured from — the
 * person's own point only (the location they shared, or their own building's entrance), never
 * another resident's building — and the circle's radius, so the map draws both without a second call.
 */
export interface PlacesPage extends Page<PlaceView> {
  measuredFrom: 'you' | 'building' | 'nowhere';
  origin?: GeoPoint;
  /** the straight-line radius 15 minutes' walk reaches at the community's speed */
  radiusMeters: number;
}

export interface CircleReport {
  walkMetersPerMinute: number;
  radiusMeters: number;
  buildings: {
    buildingId: string;
    name: string;
    gridName: string;
    located: boolean;
    /** where the building's entrance is (staff only: this report is the admins'), for the 阵地管理 map */
    location?: GeoPoint;
    /** the nearest place and its walk, when the building has a location and there is a place */
    nearest?: { placeId: string; name: string; walkMinutes: number };
    inCircle: boolean;
  }[];
  /** every place of the community, for the map beside the rows */
  places: { placeId: string; name: string; location: GeoPoint }[];
}
