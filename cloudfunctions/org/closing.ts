/**
 * The community's 回访 days (issue 11, point 7): how many working days a resident has to rate a
 * completed order, and to confirm a 整改 reply, before order-timer closes it. Stored on the
 * community document (`settings.orders.closing`), read by `orders` when it sets an order's
 * `closeBy`; a change applies to orders completed or answered from then on. Admins only.
 */
import { DEFAULT_CLOSING, type ClosingSettings } from '../../types/orders';
import { loadAdmin } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { orderSettingsOf } from '../_shared/orders/store';

const requireAdmin = () => loadAdmin('只有社区管理员可以设置回访期限');

export async function readClosing(): Promise<{ closing: ClosingSettings }> {
  const actor = await requireAdmin();
  const { settings } = await orderSettingsOf(actor.communityId);
  return { closing: { ...DEFAULT_CLOSING, ...(settings?.closing ?? {}) } };
}

export async function saveClosing(input: ClosingSettings): Promise<{ closing: ClosingSettings }> {
  const actor = await requireAdmin();
  const closing = { unratedDays: input.unratedDays, rectifyConfirmDays: input.rectifyConfirmDays };
  await db()
    .collection('communities')
    .doc(actor.communityId)
    .update({ data: { settings: { orders: { closing: db().command.set(closing) } } } });
  return { closing };
}
