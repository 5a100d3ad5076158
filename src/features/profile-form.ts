/**
 * The profile form's rules: the same zod schema the `user` function parses with (types/user.ts),
 * so a person sees the function's own wording before a round trip. Pure.
 */
import { userEventSchema, type PublicUser } from '../../types/user';

export interface ProfileDraft {
  name: string;
  phone: string;
  buildingId: string;
  room: string;
}

export type ProfileErrors = Partial<Record<keyof ProfileDraft, string>>;

const FIELDS: readonly (keyof ProfileDraft)[] = ['name', 'phone', 'buildingId', 'room'];
const MISSING: Record<keyof ProfileDraft, string> = {
  name: '请填写姓名',
  phone: '请填写手机号',
  buildingId: '请选择楼栋',
  room: '请填写房号',
};

export function draftFrom(user: PublicUser | undefined): ProfileDraft {
  return {
    name: user?.name ?? '',
    phone: user?.phone ?? '',
    buildingId: user?.buildingId ?? '',
    room: user?.room ?? '',
  };
}

/** Field → first problem, in Chinese; empty when the draft would pass the function's check. */
export function validateProfile(draft: ProfileDraft): ProfileErrors {
  const errors: ProfileErrors = {};
  const trimmed = { ...draft, phone: draft.phone.trim(), room: draft.room.trim() };
  const result = userEventSchema.safeParse({ action: 'profile.update', ...trimmed });
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof ProfileDraft;
    if (!FIELDS.includes(field) || errors[field]) continue;
    errors[field] = trimmed[field] === '' ? MISSING[field] : issue.message;
  }
  return errors;
}

/** Consent is asked before a phone number is saved the first time, or changed. */
export function phoneNeedsConsent(draftPhone: string, savedPhone: string | undefined, consented: boolean): boolean {
  return !consented && draftPhone.trim() !== '' && draftPhone.trim() !== (savedPhone ?? '');
}
