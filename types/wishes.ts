/**
 * 微心愿 (small wishes, issue 14): a resident — or their building leader on their behalf — posts a
 * small wish; the community approves it before it is public; a party member claims it (exactly one
 * wins), fulfils it with a note and photo, and the resident (or the leader who posted it) confirms:
 * 圆梦. Tables are data (value, label) so the client and the functions read the same words.
 *
 * Privacy: the public card names no person and no room — only the building and the category
 * ("1号楼一位老人"); the claimer learns a contact (the poster) once they have claimed it.
 */
import { z } from 'zod';
import { idSchema } from './roles';
import { fileIdSchema } from './orders';
import { cursorSchema } from './cursor';
import { DAY_PATTERN, isRealDay } from './meetings';

/** For whom: 一老一小一弱一特 and everyone else. `who` is how the public card names the person. */
export const WISH_CATEGORIES = ['elderly', 'child', 'disabled', 'special', 'other'] as const;
export type WishCategory = (typeof WISH_CATEGORIES)[number];
export const WISH_CATEGORY_TABLE: Record<WishCategory, { label: string; who: string }> = {
  elderly: { label: '一老（老年人）', who: '一位老人' },
  child: { label: '一小（少年儿童）', who: '一位小朋友' },
  disabled: { label: '一弱（残疾、重病）', who: '一位行动不便的居民' },
  special: { label: '一特（特困、低保、优抚）', who: '一户困难家庭' },
  other: { label: '其他居民', who: '一位居民' },
};

export const WISH_STATUSES = [
  'pending_review',
  'open',
  'rejected',
  'claimed',
  'fulfilled',
  'confirmed',
  'cancelled',
] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];
export const WISH_STATUS_LABELS: Record<WishStatus, string> = {
  pending_review: '待审核',
  open: '待认领',
  rejected: '未通过',
  claimed: '已认领',
  fulfilled: '待确认',
  confirmed: '已圆梦',
  cancelled: '已撤回',
};

export const WISH_LIMITS = {
  title: 30,
  description: 300,
  note: 300,
  reason: 100,
  photos: 3,
  pageSize: 20,
  /** the most minutes a claimer may declare for one wish (the community's cap may be lower) */
  minutes: 480,
} as const;

const text = (max: number) => z.string().trim().min(1, '请填写内容').max(max, `最多 ${max} 个字`);
const daySchema = z.string().regex(DAY_PATTERN, '日期格式应为 YYYY-MM-DD').refine(isRealDay, '日期不存在');
const photos = z.array(fileIdSchema).max(WISH_LIMITS.photos, `最多 ${WISH_LIMITS.photos} 张图片`);
const wishRef = { wishId: idSchema };

/** The lists: 心愿墙 (open), 我的心愿 (posted by me or for me), 我认领的, 已圆梦, and the admins' 待审核. */
export const WISH_TABS = ['open', 'mine', 'claims', 'dreams', 'review'] as const;
export type WishTab = (typeof WISH_TABS)[number];

export const wishesEventSchema = z.discriminatedUnion('action', [
  /**
   * A wish for oneself, or (a building leader) for `forUserId`, a confirmed resident of a building
   * they lead. The same requestId from the same poster is the same wish.
   */
  z
    .object({
      action: z.literal('post'),
      requestId: idSchema,
      title: text(WISH_LIMITS.title),
      description: text(WISH_LIMITS.description),
      category: z.enum(WISH_CATEGORIES),
      dueDate: daySchema,
      photos: photos.optional(),
      forUserId: idSchema.optional(),
    })
    .strict(),
  /** Community admins: approve (public) or reject with a reason. */
  z
    .object({
      action: z.literal('review'),
      ...wishRef,
      approve: z.boolean(),
      reason: text(WISH_LIMITS.reason).optional(),
    })
    .strict(),
  z.object({ action: z.literal('cancel'), ...wishRef }).strict(),
  z.object({ action: z.literal('claim'), ...wishRef }).strict(),
  z.object({ action: z.literal('release'), ...wishRef }).strict(),
  /** The claimer: a note, photos, and the minutes they spent (capped by the community's setting). */
  z
    .object({
      action: z.literal('fulfil'),
      ...wishRef,
      note: text(WISH_LIMITS.note),
      photos: photos.optional(),
      minutes: z
        .number()
        .int('时长以分钟计')
        .min(10, '时长至少 10 分钟')
        .max(WISH_LIMITS.minutes, `最多 ${WISH_LIMITS.minutes} 分钟`),
    })
    .strict(),
  z.object({ action: z.literal('confirm'), ...wishRef }).strict(),
  z.object({ action: z.literal('get'), ...wishRef }).strict(),
  z.object({ action: z.literal('list'), tab: z.enum(WISH_TABS), cursor: cursorSchema.optional() }).strict(),
]);
export type WishesEvent = z.infer<typeof wishesEventSchema>;

export interface WishTimelineEntry {
  action: string;
  label: string;
  at: string;
  /** the actor's role as a word (居民, 楼栋长, 社区, 党员): a timeline never names a person */
  role: string;
}

/** What the viewer may do now, from domain/wishes/permissions.ts. */
export interface WishAbilities {
  cancel: boolean;
  review: boolean;
  claim: boolean;
  release: boolean;
  fulfil: boolean;
  confirm: boolean;
}

export interface WishView {
  _id: string;
  title: string;
  description: string;
  category: WishCategory;
  categoryLabel: string;
  /** "1号楼一位老人": the most the public card says about whom */
  who: string;
  buildingName: string;
  dueDate: string;
  photos: string[];
  status: WishStatus;
  statusLabel: string;
  createdAt: string;
  updatedAt: string;
  timeline: WishTimelineEntry[];
  can: WishAbilities;
  /** The claimer (after claiming) and the poster's side: whom to call — the poster. */
  contact?: { name: string; phone: string };
  /** The poster's side (poster, the resident it is for, admins): who claimed it. */
  claimer?: { name: string; phone: string };
  fulfilment?: { note: string; photos: string[]; minutes: number; at: string };
  /** The poster's side only: the person it is for, and where. */
  beneficiary?: { name: string; room: string };
  postedByLeader: boolean;
  reviewNote?: string;
}

export interface WishPage {
  items: WishView[];
  nextCursor?: string;
  /** 圆梦: wishes of the community confirmed fulfilled, ever */
  dreams: number;
}
