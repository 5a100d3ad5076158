/**
 * The 我要点单 form's rules: the `orders` function's own zod schema (types/orders.ts), so a person
 * reads the function's wording before any round trip. Pure.
 */
import { ORDER_LIMITS, ordersEventSchema, type Category } from '../../../types/orders';
import type { PublicUser } from '../../../types/user';

export const MAX_CONTENT = ORDER_LIMITS.content;
export const MAX_PHOTOS = ORDER_LIMITS.photos;

export interface OrderDraft {
  category: Category | '';
  content: string;
  buildingId: string;
  room: string;
  contactPhone: string;
  photos: string[];
}

export type DraftErrors = Partial<Record<keyof OrderDraft, string>>;

/** Where and how to reach: prefilled from the profile, so most people only pick and type. */
export function draftFor(user: PublicUser | undefined): OrderDraft {
  return {
    category: '',
    content: '',
    buildingId: user?.buildingId ?? '',
    room: user?.room ?? '',
    contactPhone: user?.phone ?? '',
    photos: [],
  };
}

/** The submit event's fields from a draft: trimmed, empty optionals left out. */
export function submitFields(draft: OrderDraft) {
  const room = draft.room.trim();
  const phone = draft.contactPhone.trim();
  return {
    ...(draft.category ? { category: draft.category } : {}),
    content: draft.content.trim(),
    ...(draft.buildingId ? { buildingId: draft.buildingId } : {}),
    ...(room ? { room } : {}),
    ...(phone ? { contactPhone: phone } : {}),
    ...(draft.photos.length ? { photos: draft.photos } : {}),
  };
}

const MISSING: DraftErrors = {
  category: '请选择需要哪方面的帮助',
  content: '请说说您需要什么帮助',
  buildingId: '请选择楼栋',
};

/**
 * Field → first problem in Chinese; empty when the function would accept the draft. A 代办 (`proxy`)
 * names no place: the resident's registered home is used.
 */
export function validateDraft(draft: OrderDraft, proxy = false): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.category) errors.category = MISSING.category;
  if (!draft.content.trim()) errors.content = MISSING.content;
  if (!draft.buildingId && !proxy) errors.buildingId = MISSING.buildingId;
  const result = ordersEventSchema.safeParse({ action: 'submit', requestId: 'check', ...submitFields(draft) });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0] as keyof OrderDraft;
      if (field in draft && !errors[field]) errors[field] = issue.message;
    }
  }
  return errors;
}

/** Counter under the text box: "12/500". */
export const contentCount = (content: string): string => `${content.length}/${MAX_CONTENT}`;
