/**
 * Repairs a data directory written by an older version, on every `npm start` (idempotent: a
 * repaired document no longer matches). Today: 一键发单 orders whose text carried the resident's name
 * and address (`【一键求助】周奶奶（1号楼 302室）需要帮助…`, issue 12, point 2) get the fixed words and
 * the `oneTap` flag; the name and address were already in their own fields, which views mask.
 */
import { ONE_TAP_CONTENT } from '../domain/orders/create';
import type { Doc } from '../localcloud';

/** The part of the local cloud's store a repair needs. */
export interface RepairTarget {
  find(collection: string, query?: Record<string, unknown>): Doc[];
  applyChanges(changes: readonly { coll: string; key: string; before: Doc | null; after: Doc | null }[]): void;
}

/** What the old 一键发单 wrote: fixed words around a name and an address. */
const OLD_ONE_TAP = /^【一键求助】.*需要帮助，请尽快联系。$/;

const isStale = (text: unknown) => typeof text === 'string' && OLD_ONE_TAP.test(text) && text !== ONE_TAP_CONTENT;

/**
 * Answers how many documents it repaired: the orders, and the 联席会议 topics a transferred one
 * became (meetings/joint.ts copies the order's text into the topic).
 */
export function repairOneTapOrders(store: RepairTarget): number {
  const orders = store.find('orders', { content: { $regex: '^【一键求助】' } }).filter((o) => isStale(o.content));
  const topics = store.find('meeting_topics', { orderId: { $exists: true } }).filter((t) => isStale(t.content));
  store.applyChanges([
    ...orders.map((before) => ({
      coll: 'orders',
      key: String(before._id),
      before,
      after: { ...before, content: ONE_TAP_CONTENT, oneTap: true },
    })),
    ...topics.map((before) => ({
      coll: 'meeting_topics',
      key: String(before._id),
      before,
      after: { ...before, content: ONE_TAP_CONTENT, title: `【转交办理】${ONE_TAP_CONTENT.slice(0, 30)}` },
    })),
  ]);
  return orders.length + topics.length;
}
