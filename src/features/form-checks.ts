/**
 * The checks every admin form makes before sending, in plain words under the field. The numbers
 * are never written here: each form passes the limits its schema in types/ is built from
 * (MEETING_LIMITS, POINTS_LIMITS, NOTICE_LIMITS), so the form and the function refuse the same. Pure.
 */
export type Errors<K extends string> = Partial<Record<K, string>>;
export const hasErrors = (e: Errors<string>): boolean => Object.values(e).some(Boolean);

/** Required text of at most `max` characters (after trimming, as the schema counts). */
export function textError(text: string, max: number, what: string): string {
  const t = text.trim();
  if (!t) return `请填写${what}`;
  return t.length > max ? `${what}最多 ${max} 个字` : '';
}

/** A whole number typed into a box, within [min, max]; '' when it is one, else what is wrong. */
export function wholeNumberError(text: string, range: { min: number; max: number }, what: string): string {
  const t = text.trim();
  if (!t) return `请填写${what}`;
  if (!/^\d+$/.test(t)) return `${what}只能是整数`;
  const n = Number(t);
  if (n < range.min || n > range.max) return `${what}应在 ${range.min} 到 ${range.max} 之间`;
  return '';
}
