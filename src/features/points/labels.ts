/**
 * Words and numbers shown on points pages: ledger entries, items, redemptions. The area, kind and
 * status labels are the tables of types/points.ts, shared with the function. Pure.
 */
import { yuanLabel } from '../../../domain/points/money';
import {
  AREA_LABELS,
  ENTRY_KIND_LABELS,
  REDEMPTION_STATUS_LABELS,
  type EntryView,
  type ItemView,
  type RedemptionStatus,
  type RedemptionView,
} from '../../../types/points';
import { isReversible } from '../../../domain/points/ledger';
import { outOfStock, tooFewPoints } from '../../../domain/points/mall';

/** "+10" or "-30": the sign is the point of the number, so it is always written. */
export function signedAmount(amount: number): string {
  return amount > 0 ? `+${amount}` : `${amount}`;
}

/** Gains (earn, refund) in red, the colour of good news here; losses (spend, reversal) in grey. */
export const amountTone = (amount: number): 'gain' | 'loss' => (amount > 0 ? 'gain' : 'loss');

/** The line under an entry's reason: "环境卫生 · 获得", or just "兑换" when it has no area. */
export function entryMeta(e: Pick<EntryView, 'kind' | 'area'>): string {
  return [e.area ? AREA_LABELS[e.area] : '', ENTRY_KIND_LABELS[e.kind]].filter(Boolean).join(' · ');
}

/** Earnings already corrected: each reversal names the entry it reverses. */
export function reversedIds(entries: readonly Pick<EntryView, 'reverses'>[]): Set<string> {
  return new Set(entries.flatMap((e) => (e.reverses ? [e.reverses] : [])));
}

/**
 * 冲正 is offered where the ledger allows it (domain/points/ledger.ts isReversible: earnings only),
 * and not on one already reversed. A reversal is always newer than
 * what it reverses, and the ledger pages newest first, so it is loaded before its earning is. (Were
 * one missed, a second 冲正 is harmless: the reversal's id comes from the earning's.)
 */
export const mayReverse = (e: Pick<EntryView, '_id' | 'kind'>, reversed: ReadonlySet<string>): boolean =>
  isReversible(e) && !reversed.has(e._id);

export const costText = (cost: number): string => `${cost} 积分`;

/** What an item card says under its name: stock and, if any, the per-person limit. */
export function itemFacts(item: Pick<ItemView, 'stock' | 'limitPerPerson' | 'valueFen'>): string[] {
  const facts = [item.stock > 0 ? `剩 ${item.stock} 件` : '已兑完'];
  if (item.limitPerPerson) facts.push(`每人限兑 ${item.limitPerPerson} 件`);
  if (item.valueFen) facts.push(`参考价值 ${yuanLabel(item.valueFen)}`);
  return facts;
}

/**
 * Why 兑换 cannot be tapped, or '' when it can: the rules of domain/points/mall.ts checkRedeem that
 * are certain from here (no stock; too few points as of the balance just read); the per-person
 * limit is the function's to judge.
 */
export function redeemBlock(item: Pick<ItemView, 'stock' | 'cost'>, balance: number | undefined): string {
  if (outOfStock(item)) return '已兑完';
  if (balance !== undefined && tooFewPoints(item, balance)) return '积分不足';
  return '';
}

export const redemptionStatusLabel = (s: RedemptionStatus): string => REDEMPTION_STATUS_LABELS[s];

/**
 * Which pending redemptions show their QR code on the card. A QR code is ~150 view nodes, and
 * WeChat wants < 1,000 a page: the first few inline, the rest one tap away (出示二维码).
 */
export function inlineQrIds(items: readonly Pick<RedemptionView, '_id' | 'status'>[], max = 2): Set<string> {
  return new Set(
    items
      .filter((r) => r.status === 'pending')
      .slice(0, max)
      .map((r) => r._id),
  );
}
