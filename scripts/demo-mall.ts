/**
 * The 爱心超市's first hand-over, on a fresh `npm start`: 吴大爷 redeems a box of eggs and 李书记
 * hands it over (核销) — through the points function itself, not written into the store, so the
 * ledger, the stock hold, the quota and the 数据看板's 爱心超市 figures (collected units and their
 * 参考价值 ¥12.50) are exactly what a real redemption leaves. Run after the counters are filled
 * (fillStats): a hand-over moves the month's counters, and rebuild skips a community that has some.
 */
import { itemIdFor } from '../cloudfunctions/_shared/ids/points';

export const DEMO_HANDOVER = { openid: 'demo-resident-2', item: '鸡蛋一盒', by: 'demo-admin' } as const;

type Envelope = { ok: boolean; data?: { redemption?: { code?: string } }; error?: { message?: string } };

async function call(baseUrl: string, openid: string, event: object): Promise<Envelope> {
  const res = await fetch(`${baseUrl}/cloud/points`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-openid': openid },
    body: JSON.stringify(event),
  });
  return (await res.json()) as Envelope;
}

/** Answers what it did, in a line for the start-up log. */
export async function handOverDemoItem(baseUrl: string): Promise<string> {
  const { openid, item, by } = DEMO_HANDOVER;
  const itemId = itemIdFor('c-demo', item);
  const redeemed = await call(baseUrl, openid, { action: 'redeem', itemId, requestId: 'demo-first-handover' });
  const code = redeemed.data?.redemption?.code;
  if (!redeemed.ok || typeof code !== 'string')
    return `爱心超市示范兑换未完成：${redeemed.error?.message ?? '无兑换码'}`;
  const verified = await call(baseUrl, by, { action: 'verify', code });
  if (!verified.ok) return `爱心超市示范核销未完成：${verified.error?.message ?? ''}`;
  return `爱心超市：吴大爷兑换的${item}已核销（示范）`;
}
