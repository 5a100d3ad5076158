/**
 * Typed calls of the `orders` cloud function (the 三单 workflow). Events and results are the
 * types in types/orders.ts; every call answers an Envelope, never throws.
 */
import type { Envelope, Page } from '../../types/envelope';
import type { OrderStatus, OrderView, OrdersEvent, ProxyHousehold, TakerChoice } from '../../types/orders';
import { callCloud } from './cloud';

type Fields<A extends OrdersEvent['action']> = Omit<Extract<OrdersEvent, { action: A }>, 'action'>;
type OrderAnswer = Promise<Envelope<{ order: OrderView }>>;

export type SubmitInput = Fields<'submit'>;
export type DispatchInput = Fields<'dispatch'>;
export type ListView = Fields<'list'>['view'];
export type ListInput = { view: ListView; status?: OrderStatus; cursor?: string };

const call = (action: OrdersEvent['action'], fields: object): OrderAnswer => callCloud('orders', { action, ...fields });

/**
 * 点单. `requestId` makes it idempotent: the same id from the same person answers the same order,
 * so a double tap or a retry after a dropped network never files twice (src/features/orders/request-id.ts).
 */
export const submitOrder = (input: SubmitInput): OrderAnswer => call('submit', input);

/** 一键发单: a help request from the registered address, 居家养老 by default. */
export const submitOneTap = (requestId: string): OrderAnswer => call('submit', { requestId, oneTap: true });

export const dispatchOrder = (input: DispatchInput): OrderAnswer => call('dispatch', input);

/** 抢单: CONFLICT "来晚了，这单已被其他人接走" when someone else was faster. */
export const grabOrder = (orderId: string): OrderAnswer => call('grab', { orderId });

export const assignOrder = (orderId: string, userId: string): OrderAnswer => call('assign', { orderId, userId });

export const completeOrder = (orderId: string, note: string, photos?: string[]): OrderAnswer =>
  call('complete', photos?.length ? { orderId, note, photos } : { orderId, note });

export const rateOrder = (orderId: string, score: number, comment?: string): OrderAnswer =>
  call('rate', comment ? { orderId, score, comment } : { orderId, score });

export const rectifyOrder = (orderId: string, reply: string): OrderAnswer => call('rectify', { orderId, reply });

export const cancelOrder = (orderId: string): OrderAnswer => call('cancel', { orderId });

/** 确认已解决: the resident agrees the 整改 solved it; the order closes. */
export const confirmOrder = (orderId: string): OrderAnswer => call('confirm', { orderId });

/** 仍不满意: back to the 整改 queue, with why. */
export const disputeOrder = (orderId: string, comment: string): OrderAnswer => call('dispute', { orderId, comment });

/** 等待居民: the taker stops the clock, with the reason. */
export const waitOrder = (orderId: string, reason: string): OrderAnswer => call('wait', { orderId, reason });

/** 恢复办理: the taker or the resident starts the clock again. */
export const resumeOrder = (orderId: string): OrderAnswer => call('resume', { orderId });

/** 退单: a taken order goes back to the grid's pool; the reason is kept on its timeline. */
export const handBackOrder = (orderId: string, reason: string): OrderAnswer => call('handBack', { orderId, reason });

/** 改派: a taken order passes to another person who could have grabbed it. */
export const reassignOrder = (orderId: string, userId: string): OrderAnswer => call('reassign', { orderId, userId });

const withCursor = (fields: Record<string, string>, cursor?: string) => (cursor ? { ...fields, cursor } : fields);

/** Who could take this order (指派, 改派), a page at a time. */
export const listTakers = (orderId: string, cursor?: string): Promise<Envelope<Page<TakerChoice>>> =>
  callCloud('orders', { action: 'takers', ...withCursor({ orderId }, cursor) });

/** 代办: the registered households of a building, a page at a time. */
export const listHouseholds = (buildingId: string, cursor?: string): Promise<Envelope<Page<ProxyHousehold>>> =>
  callCloud('orders', { action: 'households', ...withCursor({ buildingId }, cursor) });

/** 受理 (a department): takes on what was transferred to it; CONFLICT when it already has. */
export const acceptOrder = (orderId: string): OrderAnswer => call('accept', { orderId });

/** 答复 (a department): how it goes, to the resident, on the order's timeline. */
export const respondOrder = (orderId: string, note: string): OrderAnswer => call('respond', { orderId, note });

/** One order with its timeline, as the caller may see it. */
export const getOrder = (orderId: string): OrderAnswer => call('get', { orderId });

/** A page of at most 20, newest first; pass the answer's nextCursor for the next page. */
export function listOrders(input: ListInput): Promise<Envelope<Page<OrderView>>> {
  const event: Record<string, string> = { action: 'list', view: input.view };
  if (input.status) event.status = input.status;
  if (input.cursor) event.cursor = input.cursor;
  return callCloud('orders', event);
}
