/**
 * The actions a person may take on an order now, as the buttons of 诉求详情: each command the state
 * machine takes from the order's status (state-machine.ts), kept when permissions.ts lets this actor
 * give it. The page shows exactly these, so nobody is offered a button that can only fail; the
 * function still decides on every call. Pure.
 */
import { isCommunityAdmin, type Actor } from '../actor';
import type { OrderStatus } from '../../types/orders';
import { takesCommand, type CommandType } from './state-machine';
import {
  mayAssign,
  mayCancel,
  mayComplete,
  mayDispatch,
  mayGrab,
  mayRate,
  mayRectify,
  type OrderFacts,
} from './permissions';

export type OrderAction = 'cancel' | 'rate' | 'complete' | 'rectify' | 'grab' | 'dispatch' | 'assign';

interface Button {
  action: OrderAction;
  command: CommandType;
  may(a: Actor, o: OrderFacts): boolean;
}

/** Most important first. */
const BUTTONS: readonly Button[] = [
  { action: 'dispatch', command: 'dispatch', may: mayDispatch },
  { action: 'cancel', command: 'cancel', may: mayCancel },
  { action: 'grab', command: 'take', may: mayGrab },
  // 指派 picks from `user.members.list`, which only community admins may read (user/list-members.ts).
  { action: 'assign', command: 'take', may: (a, o) => mayAssign(a, o) && isCommunityAdmin(a) },
  { action: 'complete', command: 'complete', may: mayComplete },
  { action: 'rate', command: 'rate', may: mayRate },
  { action: 'rectify', command: 'rectify', may: mayRectify },
];

export function orderActionsFor(a: Actor, o: OrderFacts & { status: OrderStatus }): OrderAction[] {
  return BUTTONS.filter((b) => takesCommand(o.status, b.command) && b.may(a, o)).map((b) => b.action);
}
