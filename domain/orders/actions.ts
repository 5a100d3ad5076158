/**
 * The actions a person may take on an order now, as the buttons of 诉求详情: each command the state
 * machine takes from the order's status (state-machine.ts), kept when permissions.ts lets this actor
 * give it. The page shows exactly these, so nobody is offered a button that can only fail; the
 * function still decides on every call. Pure.
 */
import type { Actor } from '../actor';
import type { OrderStatus } from '../../types/orders';
import { takesCommand, type CommandType } from './state-machine';
import {
  mayAccept,
  mayAssign,
  mayCancel,
  mayComplete,
  mayConfirm,
  mayDispatch,
  mayGrab,
  mayHandBack,
  mayRate,
  mayReassign,
  mayRectify,
  mayRespond,
  mayResume,
  mayWait,
  type OrderFacts,
} from './permissions';

export type OrderAction =
  | 'cancel'
  | 'rate'
  | 'complete'
  | 'rectify'
  | 'grab'
  | 'dispatch'
  | 'assign'
  | 'handBack'
  | 'reassign'
  | 'accept'
  | 'respond'
  | 'wait'
  | 'resume'
  | 'confirm'
  | 'dispute';

interface Button {
  action: OrderAction;
  command: CommandType;
  may(a: Actor, o: OrderFacts): boolean;
}

/** Most important first. */
const BUTTONS: readonly Button[] = [
  { action: 'dispatch', command: 'dispatch', may: mayDispatch },
  { action: 'cancel', command: 'cancel', may: mayCancel },
  { action: 'accept', command: 'accept', may: mayAccept },
  { action: 'grab', command: 'take', may: mayGrab },
  // 指派 and 改派 pick from `orders.takers` (the grid's people who could grab it), open to both.
  { action: 'assign', command: 'take', may: mayAssign },
  { action: 'complete', command: 'complete', may: mayComplete },
  { action: 'respond', command: 'respond', may: mayRespond },
  { action: 'rate', command: 'rate', may: mayRate },
  { action: 'confirm', command: 'confirm', may: mayConfirm },
  { action: 'dispute', command: 'dispute', may: mayConfirm },
  { action: 'resume', command: 'resume', may: mayResume },
  { action: 'rectify', command: 'rectify', may: mayRectify },
  { action: 'reassign', command: 'reassign', may: mayReassign },
  { action: 'wait', command: 'wait', may: mayWait },
  { action: 'handBack', command: 'handBack', may: mayHandBack },
];

export function orderActionsFor(a: Actor, o: OrderFacts & { status: OrderStatus }): OrderAction[] {
  return BUTTONS.filter((b) => takesCommand(o.status, b.command) && b.may(a, o)).map((b) => b.action);
}
