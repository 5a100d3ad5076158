/**
 * redeem (兑换). A popular item is the one document every redemption of it would write, so it is
 * kept out of transactions (no hot spot, no CONFLICT):
 *  1. take a unit by one atomic conditional update on the item, leaving a hold (_shared/points/holds.ts);
 *  2. settle in ONE transaction on the person's own documents only: the spend entry with the
 *     account, the quota counter and the pending redemption (with its counter code and the hold's token);
 *  3. clear the hold — or, when refused (points, quota) or a twin call made the redemption, give
 *     the unit back. A crash anywhere leaves the hold, which points-timer ends.
 * The redemption's id comes from the person and their requestId: the same request sent 20 times at
 * once makes one redemption, and every call answers it (a twin waits while another call holds the
 * unit for it). Sold out → RESOURCE_EXHAUSTED (STOCK_EXHAUSTED); short of quota or points →
 * RESOURCE_EXHAUSTED, and nothing is kept.
 */
import { randomBytes } from 'node:crypto';
import type { AccountView, RedemptionView } from '../../types/points';
import { pointsLabelFor } from '../../domain/points/permissions';
import { causes } from '../../domain/points/causes';
import { accountIdFor, codeFor, quotaIdFor, redemptionIdFor } from '../_shared/ids/points';
import { checkRedeem, expiryOf } from '../../domain/points/mall';
import { actorFrom, loadCallerUser } from '../_shared/actor';
import { db } from '../_shared/cloud';
import { AppFailure, failureOf, notFound } from '../_shared/failure';
import {
  accountDoc,
  ACCOUNTS,
  type AccountDoc,
  holderOf,
  loadPointSettings,
  postEntry,
  readAccount,
  type Holder,
} from '../_shared/points-ledger';
import { clearHold, giveBack, HOLD_TTL_MS, takeUnit } from '../_shared/points/holds';
import {
  ITEMS,
  itemDoc,
  QUOTAS,
  quotaDoc,
  REDEMPTIONS,
  redemptionDoc,
  type ItemDoc,
  type RedemptionDoc,
} from '../_shared/points/mall-model';
import { findById } from '../_shared/records';
import { inTransaction, txGet, type Tx } from '../_shared/transaction';
import { redemptionView } from './view';

/** How long a twin call waits for the call holding its unit, polling every TWIN_POLL_MS. */
const TWIN_WAIT_MS = 10_000;
const TWIN_POLL_MS = 20;
/**
 * Reruns of the settle transaction queue on the person's own account (only their own taps contend
 * there), so they may use most of the function's 20 s: a crowd of one person's taps on a loaded
 * machine needs it, and nobody else waits behind them.
 */
const SETTLE_BUDGET_MS = 16_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function redeemItem(input: {
  itemId: string;
  requestId: string;
}): Promise<{ redemption: RedemptionView; account?: AccountView }> {
  const user = await loadCallerUser();
  const actor = actorFrom(user);
  const _id = redemptionIdFor(actor.userId, input.requestId);
  // No read of the redemption first: a retried request is rare, and settle finds its redemption
  // (giving the unit it took back), or holdUnit does when the shelf is empty by then.
  const [item, account] = await Promise.all([
    findById(ITEMS, input.itemId, itemDoc),
    findById(ACCOUNTS, accountIdFor(actor.communityId, actor.userId), accountDoc),
  ]);
  if (!item || item.communityId !== actor.communityId) throw notFound('商品');
  // Fast refusal when the shelf or the balance is already short: an honest answer as of this read,
  // and it keeps a crowd of hopeless requests from taking and giving back units.
  refuseUnless(checkRedeem(item, account?.balance ?? 0, 0));
  const [holder, { redemptionDays }] = await Promise.all([holderOf(user), loadPointSettings(actor.communityId)]);
  const now = new Date();
  const draft: RedemptionDoc = {
    _id,
    communityId: actor.communityId,
    userId: actor.userId,
    userName: actor.name,
    gridId: holder.gridId,
    itemId: item._id,
    itemName: item.name,
    cost: item.cost,
    // The value as of this redemption: a later price edit does not change what was handed out.
    ...(item.valueFen !== undefined ? { valueFen: item.valueFen } : {}),
    code: codeFor(_id),
    status: 'pending',
    requestId: input.requestId,
    holdToken: randomBytes(8).toString('hex'),
    createdAt: now,
    expiresAt: expiryOf(now, redemptionDays),
  };
  const twin = await holdUnit(draft);
  if (twin) return { redemption: redemptionView(twin) };
  const token = draft.holdToken as string;
  let outcome: Settled;
  try {
    outcome = await inTransaction(
      (tx) => settle(tx, draft, item, holder, now),
      SETTLE_BUDGET_MS,
      () => accountFree(draft.communityId, draft.userId),
    );
  } catch (error) {
    await endHold(() => giveBack(item._id, _id, token));
    throw error;
  }
  if (outcome.created) await endHold(() => clearHold(item._id, _id, token));
  else await endHold(() => giveBack(item._id, _id, token)); // a twin's redemption: ours was not needed
  // The figures the transaction wrote (or read, after a twin's): no second read of the account.
  const figures = { ...outcome.figures, label: pointsLabelFor(actor) };
  return { redemption: redemptionView(outcome.redemption), account: figures };
}

function refuseUnless(check: ReturnType<typeof checkRedeem>): void {
  if (!check.ok) throw failureOf(check);
}

/**
 * Takes a unit for the draft; answers null when it holds one, or the redemption a twin call (same
 * person, same requestId) made meanwhile. While a twin holds the unit for this redemption, waits.
 */
async function holdUnit(draft: RedemptionDoc): Promise<RedemptionDoc | null> {
  const started = Date.now();
  for (;;) {
    if (await takeUnit(draft.itemId, draft._id, draft.holdToken as string, draft.createdAt)) return null;
    const [item, prior] = await Promise.all([
      findById(ITEMS, draft.itemId, itemDoc),
      findById(REDEMPTIONS, draft._id, redemptionDoc),
    ]);
    if (prior) return prior;
    if (!item) throw notFound('商品');
    const twinHolds = Boolean(item.holds?.[draft._id]);
    if (!twinHolds) refuseUnless(checkRedeem({ ...item, limitPerPerson: undefined }, Infinity, 0)); // sold out
    if (Date.now() - started > TWIN_WAIT_MS) {
      throw new AppFailure('RESOURCE_EXHAUSTED', '兑换人数较多，请稍后在「我的兑换」查看结果');
    }
    if (twinHolds) await sleep(TWIN_POLL_MS);
  }
}

/**
 * Resolves once no transaction holds the person's account: a write outside a transaction waits
 * for the lock, and this one changes nothing (it sets a field to the value it has).
 */
async function accountFree(communityId: string, userId: string): Promise<void> {
  await db().collection(ACCOUNTS).doc(accountIdFor(communityId, userId)).update({ data: { userId } });
}

/** Ending a hold never fails the answer: a hold left behind is ended by points-timer. */
async function endHold(end: () => Promise<boolean>): Promise<void> {
  try {
    await end();
  } catch (error) {
    const code = (error as { errCode?: unknown })?.errCode ?? 'unknown';
    console.error(`[points] stock hold left for points-timer: ${String(code)}`);
  }
}

interface Settled {
  redemption: RedemptionDoc;
  /** false: a twin call made the redemption first, and this is it */
  created: boolean;
  figures: Pick<AccountDoc, 'balance' | 'lifetime'>;
}

/**
 * The person's side, in one snapshot: their account with the spend entry, quota counter and
 * redemption. Nothing here is shared with other people, so racers for one item never conflict
 * here; taps of one person queue on their account. Eight round trips in all (with begin and commit).
 * Answers the existing redemption (created: false) when a twin call made it first.
 */
async function settle(tx: Tx, draft: RedemptionDoc, item: ItemDoc, holder: Holder, heldAt: Date): Promise<Settled> {
  const prior = await txGet(tx, REDEMPTIONS, draft._id);
  // Short of points as of this snapshot: refuse before taking any lock, so a crowd of one
  // person's hopeless taps never queues behind the ones that can succeed.
  const account = await readAccount(tx, draft.communityId, draft.userId);
  const figures = { balance: account?.balance ?? 0, lifetime: account?.lifetime ?? 0 };
  if (prior) return { redemption: redemptionDoc.parse(prior), created: false, figures };
  refuseUnless(checkRedeem({ ...item, stock: 1 }, figures.balance, 0)); // the unit is ours already
  const spend = {
    _id: causes.redeem(draft._id),
    holder,
    kind: 'spend' as const,
    amount: -draft.cost,
    reason: `兑换「${draft.itemName}」`,
    actorId: draft.userId,
    at: draft.createdAt,
  };
  // Its first write locks the account at once: one person's racing taps wait their turn instead of
  // each reading more of a snapshot that the first commit invalidates. A refusal below (the
  // per-person limit) rolls the entry back. The spend entry is only ever written with its
  // redemption, which this snapshot has not got.
  const { entry } = await postEntry(tx, spend, { account });
  const quotaId = quotaIdFor(item._id, draft.userId);
  const quotaRaw = await txGet(tx, QUOTAS, quotaId);
  const held = quotaRaw ? quotaDoc.parse(quotaRaw).count : 0;
  refuseUnless(checkRedeem({ ...item, stock: 1 }, figures.balance, held));
  // Past this, points-timer may already treat the hold as abandoned: never commit on it.
  if (Date.now() - heldAt.getTime() > HOLD_TTL_MS) throw new AppFailure('RESOURCE_EXHAUSTED', '兑换超时，请重试');

  await tx
    .collection(QUOTAS)
    .doc(quotaId)
    .set({ data: { itemId: item._id, userId: draft.userId, count: held + 1 } });
  const { _id, ...data } = draft;
  await tx.collection(REDEMPTIONS).doc(_id).set({ data });
  return {
    redemption: draft,
    created: true,
    figures: { balance: entry.balanceAfter, lifetime: figures.lifetime + entry.lifetimeDelta },
  };
}
