/**
 * The admin forms of points (加分, 商品, 冲正) as data: a draft of what was typed, the errors to show
 * under each field, and the event fields to send. The limits are types/points.ts POINTS_LIMITS, the
 * ones its schema is built from, checked here first so a person hears about a typo at once. Pure.
 */
import { POINTS_LIMITS, type ItemView, type PointArea } from '../../../types/points';
import { fenOfYuan, yuanOfFen } from '../../../domain/points/money';
import { textError, wholeNumberError, type Errors } from '../form-checks';

export { hasErrors, type Errors } from '../form-checks';

// ---- 加分 ----

export interface AwardDraft {
  area: PointArea | '';
  amount: string;
  reason: string;
}
export const emptyAward: AwardDraft = { area: '', amount: '', reason: '' };
/** Amounts an admin gives most: one tap instead of typing. */
export const AMOUNT_PRESETS = [2, 5, 10, 20] as const;

export function validateAward(d: AwardDraft): Errors<keyof AwardDraft> {
  return {
    area: d.area ? '' : '请选择积分领域',
    amount: wholeNumberError(d.amount, POINTS_LIMITS.award, '分值'),
    reason: textError(d.reason, POINTS_LIMITS.reason, '加分事由'),
  };
}

export function awardFields(d: AwardDraft, userId: string, requestId: string) {
  return { userId, amount: Number(d.amount.trim()), area: d.area as PointArea, reason: d.reason.trim(), requestId };
}

// ---- 冲正 ----

export const reverseReasonError = (reason: string): string => textError(reason, POINTS_LIMITS.reason, '冲正原因');

// ---- 商品 ----

export interface ItemDraft {
  name: string;
  cost: string;
  stock: string;
  /** '' for no limit. */
  limit: string;
  /** A stored file id, or '' for no picture. */
  image: string;
  /** 参考价值 in yuan as typed ('12.50'), or '' for none. */
  value: string;
}
export const emptyItem: ItemDraft = { name: '', cost: '', stock: '', limit: '', image: '', value: '' };

export const itemDraftOf = (i: ItemView): ItemDraft => ({
  name: i.name,
  cost: String(i.cost),
  stock: String(i.stock),
  limit: i.limitPerPerson ? String(i.limitPerPerson) : '',
  image: i.image ?? '',
  value: i.valueFen !== undefined ? yuanOfFen(i.valueFen) : '',
});

/** '' when the 参考价值 is empty (it is optional) or an amount in range; else what is wrong. */
export function valueError(text: string): string {
  if (!text.trim()) return '';
  const fen = fenOfYuan(text);
  if (fen === null) return '参考价值请填金额（元），最多两位小数，如 12.50';
  if (fen > POINTS_LIMITS.valueFen.max) return `参考价值最多 ${yuanOfFen(POINTS_LIMITS.valueFen.max)} 元`;
  return '';
}

export function validateItem(d: ItemDraft): Errors<keyof ItemDraft> {
  return {
    name: textError(d.name, POINTS_LIMITS.itemName, '商品名称'),
    cost: wholeNumberError(d.cost, POINTS_LIMITS.cost, '所需积分'),
    stock: wholeNumberError(d.stock, POINTS_LIMITS.stock, '库存'),
    limit: d.limit.trim() ? wholeNumberError(d.limit, POINTS_LIMITS.limitPerPerson, '每人限兑') : '',
    value: valueError(d.value),
  };
}

/** The item.save fields; `_id` for an edit. A cleared limit, picture or value is left out, so it is cleared. */
export function itemFields(d: ItemDraft, _id?: string) {
  return {
    ...(_id ? { _id } : {}),
    name: d.name.trim(),
    cost: Number(d.cost.trim()),
    stock: Number(d.stock.trim()),
    ...(d.limit.trim() ? { limitPerPerson: Number(d.limit.trim()) } : {}),
    ...(d.image ? { image: d.image } : {}),
    ...(d.value.trim() ? { valueFen: fenOfYuan(d.value) as number } : {}),
  };
}
