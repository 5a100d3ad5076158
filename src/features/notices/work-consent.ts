/**
 * When each person is asked to accept the messages their work brings (issue 11 point 5). WeChat
 * shows its consent prompt only inside a tap, and each "允许" lets us send one message of a kind, so
 * we ask at the taps that naturally lead to that work — opening the work's page from the 工作台,
 * 抢单, 一键发单 — and on a 提醒我 row on the pages themselves. Pure: tested without Taro.
 *
 * Which kinds: what that person can receive from that page's work (cloudfunctions/_shared/
 * work-notify.ts decides who is told): a party member is never told of overdue orders, so is never
 * asked for them. At most 3 kinds a prompt (WeChat's limit).
 */
import type { Role } from '../../../types/roles';
import type { SubscribeKind } from '../../../types/notices';

/** WeChat's requestSubscribeMessage takes at most this many templates at once. */
export const MAX_KINDS_PER_ASK = 3;

const has = (roles: readonly Role[], role: Role) => roles.includes(role);

/** The kinds to ask for when this person taps this 工作台 tile (by tile key); [] asks nothing. */
export function consentForTile(tileKey: string, roles: readonly Role[]): SubscribeKind[] {
  const gridWorker = has(roles, 'grid_worker');
  const kinds: SubscribeKind[] = (() => {
    switch (tileKey) {
      case 'grab-hall':
        return gridWorker ? ['order_pool', 'order_assigned', 'order_overdue'] : ['order_pool', 'order_assigned'];
      case 'my-tasks':
        return ['order_assigned', 'order_rectify'];
      case 'grid-orders':
        return ['order_pool', 'order_overdue', 'order_rectify'];
      case 'rectify':
        return ['order_rectify'];
      // 派单台 and 超时诉求: an admin is told when an order escalates to the community.
      case 'dispatch':
      case 'overdue':
        return ['order_overdue'];
      case 'transfers':
        return ['order_transfer', 'order_overdue'];
      default:
        return [];
    }
  })();
  return kinds.slice(0, MAX_KINDS_PER_ASK);
}

/** A tap on 抢单: the next new order, and an order the grid worker assigns. */
export const GRAB_CONSENT: SubscribeKind[] = ['order_pool', 'order_assigned'];
/** 一键发单: the resident hears when someone takes it and when it is done. */
export const QUICK_ORDER_CONSENT: SubscribeKind[] = ['order_taken', 'order_done'];
/** The owner of a meeting decision: told the day before it is due, and when it is overdue. */
export const DECISION_CONSENT: SubscribeKind[] = ['decision_due'];
/** A party member on 活动清单: told when an activity calls (召集令) for a skill they offered. */
export const ACTIVITY_CALL_CONSENT: SubscribeKind[] = ['activity_call'];
/** Posting a 微心愿 (the resident, or the 楼栋长 for them): told when it is reviewed, claimed, fulfilled. */
export const WISH_POST_CONSENT: SubscribeKind[] = ['wish_progress'];
/** 认领 a 微心愿: the claimer is told when the resident confirms it came true (圆梦). */
export const WISH_CLAIM_CONSENT: SubscribeKind[] = ['wish_confirmed'];
/** 确认预约: the booker is told if the community must cancel the booking (the room is needed). */
export const BOOKING_CONSENT: SubscribeKind[] = ['booking_cancelled'];
