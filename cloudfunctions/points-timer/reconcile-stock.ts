/**
 * The shelf's books, item by item:
 *  1. every stock hold older than STALE_HOLD_MS is ended (_shared/points/holds.ts): cleared when its
 *     redemption was made from it, otherwise its unit goes back on the shelf — so every hold either
 *     completes or is released;
 *  2. stock ≥ 0, and stock + units held in flight + pending + fulfilled redemptions = supplied
 *     (every unit ever put on the shelf is on it, in someone's hand, or on its way). Stock is the
 *     truth people act on, so a mismatch is reported, never "repaired".
 * The counts for a page of items come from one read; they are not one snapshot with the items, so
 * a suspect item is counted again around a re-read, and counts as a breach only if nothing moved meanwhile.
 */
import { db } from '../_shared/cloud';
import { endStaleHold, staleHolds } from '../_shared/points/holds';
import { ITEMS, itemDoc, REDEMPTIONS, redemptionDoc, type ItemDoc } from '../_shared/points/mall-model';
import { DB_PAGE, fetchDocs, findById } from '../_shared/records';
import type { BreachRecord } from './reconcile';

const RECHECKS = 3;

export interface StockReport {
  items: number;
  /** Holds of dead redeems whose unit went back on the shelf. */
  holdsReleased: number;
  /** Holds whose redemption had been made, cleared. */
  holdsCleared: number;
  breaches: BreachRecord[];
}

export async function reconcileStock(now: Date): Promise<StockReport> {
  const report: StockReport = { items: 0, holdsReleased: 0, holdsCleared: 0, breaches: [] };
  for (let lastId = ''; ;) {
    const docs = await fetchDocs(
      db()
        .collection(ITEMS)
        .where({ _id: db().command.gt(lastId) })
        .orderBy('_id', 'asc')
        .limit(DB_PAGE),
    );
    const page = docs.map((raw) => itemDoc.parse(raw));
    const holding = await holdingByItem(page.map((i) => i._id));
    for (let item of page) {
      report.items += 1;
      lastId = item._id;
      const stale = staleHolds(item, now);
      for (const hold of stale) {
        const { given, done } = await endStaleHold(item._id, hold);
        if (done && given) report.holdsReleased += 1;
        if (done && !given) report.holdsCleared += 1;
      }
      if (stale.length > 0) item = (await findById(ITEMS, item._id, itemDoc)) ?? item;
      // One read of the page's counts settles most items; only a suspect one is counted again, carefully.
      if (item.stock >= 0 && item.supplied === undefined) continue;
      const quick = item.stock + (await holdsInFlight(item)) + (holding.get(item._id) ?? 0);
      if (item.stock >= 0 && quick === item.supplied) continue;
      const breach = await booksOf(item._id);
      if (breach) report.breaches.push(breach);
    }
    if (docs.length < DB_PAGE) return report;
  }
}

/** Pending and fulfilled redemptions per item, for a page of items, in one read (the `item_status` index). */
async function holdingByItem(itemIds: string[]): Promise<Map<string, number>> {
  if (itemIds.length === 0) return new Map();
  const _ = db().command;
  const res = (await db()
    .collection(REDEMPTIONS)
    .aggregate()
    .match({ itemId: _.in(itemIds), status: _.in(['pending', 'fulfilled']) })
    .group({ _id: '$itemId', n: _.aggregate.sum(1) })
    .limit(itemIds.length)
    .end()) as { list: { _id: string; n: number }[] };
  return new Map(res.list.map((g) => [g._id, g.n]));
}

async function booksOf(itemId: string): Promise<BreachRecord | null> {
  for (let i = 0; i < RECHECKS; i += 1) {
    const before = await findById(ITEMS, itemId, itemDoc);
    if (!before) return null;
    if (before.stock < 0) return { itemId, kind: 'negative_stock', actual: before.stock };
    if (before.supplied === undefined) return null; // an item from before the books were kept
    const held = await redemptionsHolding(itemId);
    const inFlight = await holdsInFlight(before);
    const afterwards = await findById(ITEMS, itemId, itemDoc);
    const again = await redemptionsHolding(itemId);
    if (!afterwards || JSON.stringify(afterwards) !== JSON.stringify(before) || again !== held) continue;
    const counted = before.stock + inFlight + held;
    return counted === before.supplied
      ? null
      : { itemId, kind: 'stock_mismatch', expected: before.supplied, actual: counted };
  }
  return null;
}

/** Pending and fulfilled redemptions of the item (the `item_status` index). */
async function redemptionsHolding(itemId: string): Promise<number> {
  let n = 0;
  for (const status of ['pending', 'fulfilled']) {
    const res = (await db().collection(REDEMPTIONS).where({ itemId, status }).count()) as { total: number };
    n += res.total;
  }
  return n;
}

/**
 * Holds whose unit is not (yet) a redemption. A hold its redemption was made from is accounted for
 * by that redemption: held while pending or fulfilled, back in stock once cancelled or expired.
 */
async function holdsInFlight(item: ItemDoc): Promise<number> {
  let n = 0;
  for (const [redemptionId, hold] of Object.entries(item.holds ?? {})) {
    const made = await findById(REDEMPTIONS, redemptionId, redemptionDoc);
    if (!made || made.holdToken !== hold.token) n += 1;
  }
  return n;
}
