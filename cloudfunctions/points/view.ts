/** What callers see of entries, items and redemptions. */
import type { EntryView, ItemView, RedemptionView } from '../../types/points';
import type { EntryDoc } from '../_shared/points-ledger';
import type { ItemDoc, RedemptionDoc } from '../_shared/points/mall-model';

export const entryView = (e: EntryDoc): EntryView => ({
  _id: e._id,
  amount: e.amount,
  kind: e.kind,
  ...(e.area ? { area: e.area } : {}),
  reason: e.reason,
  balanceAfter: e.balanceAfter,
  at: e.at.toISOString(),
  ...(e.reverses ? { reverses: e.reverses } : {}),
});

export const itemView = (i: ItemDoc): ItemView => ({
  _id: i._id,
  name: i.name,
  ...(i.image ? { image: i.image } : {}),
  cost: i.cost,
  stock: i.stock,
  ...(i.limitPerPerson !== undefined ? { limitPerPerson: i.limitPerPerson } : {}),
  ...(i.valueFen !== undefined ? { valueFen: i.valueFen } : {}),
});

export const redemptionView = (r: RedemptionDoc): RedemptionView => ({
  _id: r._id,
  code: r.code,
  status: r.status,
  itemId: r.itemId,
  itemName: r.itemName,
  cost: r.cost,
  userName: r.userName,
  createdAt: r.createdAt.toISOString(),
  expiresAt: r.expiresAt.toISOString(),
  ...(r.closedAt ? { closedAt: r.closedAt.toISOString() } : {}),
});
