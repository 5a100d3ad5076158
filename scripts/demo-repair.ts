/**
 * Repairs a data directory written by an older version, on every `npm start` and `npm run seed`
 * (idempotent: a repaired document no longer matches, an added one is found by its fixed id):
 * - 一键发单 orders whose text carried the resident's name and address
 *   (`【一键求助】周奶奶（1号楼 302室）需要帮助…`, issue 12, point 2) get the fixed words and the
 *   `oneTap` flag; the name and address were already in their own fields, which views mask;
 * - the demo community gets its department demo (demo-transfers.ts) if it lacks it, so a newcomer
 *   signing in as 冯科长 sees transfers in every step, whatever data directory they start from.
 */
import { ONE_TAP_CONTENT } from '../domain/orders/create';
import type { Doc } from '../localcloud';
import { DEMO_PEOPLE } from '../types/demo';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { demoTransferOrders } from './demo-transfers';

/** The part of the local cloud's store a repair needs. */
export interface RepairTarget {
  find(collection: string, query?: Record<string, unknown>): Doc[];
  insertMany(collection: string, docs: Record<string, unknown>[]): unknown;
  applyChanges(changes: readonly { coll: string; key: string; before: Doc | null; after: Doc | null }[]): void;
}

/** Everything below, in order; answers how many documents it wrote. */
export function repairDemoData(store: RepairTarget, now = new Date()): number {
  return repairOneTapOrders(store) + addDemoTransfers(store, now);
}

/**
 * The department demo, into a data directory holding the demo community: 卫科长 if missing (the
 * second department), then each demo transfer not there yet. A directory without the demo community
 * (a real one) is left alone.
 */
export function addDemoTransfers(store: RepairTarget, now = new Date()): number {
  if (!store.find('users', { _id: userIdFor('demo-dept-1'), communityId: 'c-demo' }).length) return 0;
  const people = DEMO_PEOPLE.filter((p) => p.openid === 'demo-dept-2')
    .filter((p) => !store.find('users', { _id: userIdFor(p.openid) }).length)
    .map((p) => ({
      _id: userIdFor(p.openid),
      openid: p.openid,
      communityId: p.communityId,
      name: p.name,
      phone: p.phone,
      buildingId: p.buildingId,
      room: p.room,
      grants: p.roles,
      createdAt: now,
    }));
  if (people.length) store.insertMany('users', people);
  const orders = demoTransferOrders(now).filter((o) => !store.find('orders', { _id: o._id }).length);
  if (orders.length) store.insertMany('orders', orders);
  return people.length + orders.length;
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
