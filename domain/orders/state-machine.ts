/**
 * The 三单 state machine as a table (issue #3, "Statuses and moves"). Any move not in the table is
 * refused with a named refusal (types/refusals.ts) saying why: taken by someone else, cancelled,
 * closed, or simply not a move from this status. Who may make a move is a separate question
 * (permissions.ts). Orders are born here too (`createOrder`, create.ts) and move only by `nextStatus`.
 */
import type { DispatchKind, OrderStatus } from '../../types/orders';
import { refuse, type Refused } from '../../types/refusals';

export type OrderCommand =
  | { type: 'dispatch'; kind: DispatchKind }
  | { type: 'take' } // a grab (抢单) or an assignment (派给某人)
  | { type: 'complete' }
  | { type: 'rate'; score: number }
  | { type: 'rectify' }
  | { type: 'cancel' }
  | { type: 'handBack' } // 退单: a taken order goes back to the grid's pool, with a reason
  | { type: 'reassign' } // 改派: a taken order passes to another taker
  // 转交办理类, the department's side (issue 11, point 4):
  | { type: 'refer' } // 交办: a 联席会议 decision gives a transferred order to a department, with a due date
  | { type: 'accept' } // 受理: the department takes on what was transferred to it
  | { type: 'respond' } // 答复
  // Nobody waits forever (issue 11, point 7):
  | { type: 'wait' } // 等待居民: the taker stops the clock (the resident is not home, information is missing)
  | { type: 'resume' } // the taker or the resident starts it again
  | { type: 'confirm' } // 确认已解决: the resident agrees the 整改 solved it
  | { type: 'dispute' } // 仍不满意: the resident does not, and the 整改 goes on
  | { type: 'close' }; // the timer: not rated, or a 整改 not confirmed, within the days set: the department tells the resident how it goes (the order stays in hand)
export type CommandType = OrderCommand['type'];

interface Move {
  from: OrderStatus;
  command: CommandType;
  when?: (cmd: OrderCommand) => boolean;
  to: OrderStatus;
}

const isKind = (kind: DispatchKind) => (cmd: OrderCommand) => cmd.type === 'dispatch' && cmd.kind === kind;
/** 3 or more is satisfied; 1–2 is a bad rating that needs a reply and a rectification first. */
export const isBadScore = (score: number): boolean => score <= 2;
const goodRating = (cmd: OrderCommand) => cmd.type === 'rate' && !isBadScore(cmd.score);
const badRating = (cmd: OrderCommand) => cmd.type === 'rate' && isBadScore(cmd.score);

export const MOVES: readonly Move[] = [
  { from: 'submitted', command: 'dispatch', when: isKind('self'), to: 'dispatched' },
  { from: 'submitted', command: 'dispatch', when: isKind('reply'), to: 'answered' },
  { from: 'submitted', command: 'dispatch', when: isKind('transfer'), to: 'transferred' },
  { from: 'submitted', command: 'cancel', to: 'cancelled' },
  // The resident may cancel until someone takes it (issue 11.6); a racing grab and cancel both start
  // from 'dispatched', so the conditional update lets exactly one of them happen.
  { from: 'dispatched', command: 'cancel', to: 'cancelled' },
  { from: 'dispatched', command: 'take', to: 'taken' },
  { from: 'taken', command: 'handBack', to: 'dispatched' },
  { from: 'taken', command: 'reassign', to: 'taken' },
  { from: 'taken', command: 'complete', to: 'completed' },
  // 等待居民 stops the clock; the taker may still finish or give it back while waiting.
  { from: 'taken', command: 'wait', to: 'waiting' },
  { from: 'waiting', command: 'resume', to: 'taken' },
  { from: 'waiting', command: 'complete', to: 'completed' },
  { from: 'waiting', command: 'handBack', to: 'dispatched' },
  { from: 'completed', command: 'rate', when: goodRating, to: 'closed' },
  { from: 'completed', command: 'rate', when: badRating, to: 'rectifying' },
  // An answer (回复解释类) may still be rated; a bad rating is answered like any other.
  { from: 'answered', command: 'rate', when: goodRating, to: 'closed' },
  { from: 'answered', command: 'rate', when: badRating, to: 'rectifying' },
  // 解决 means the resident agreed: a 整改 reply waits for her word, or closes after the days set.
  { from: 'rectifying', command: 'rectify', to: 'rectified' },
  { from: 'rectified', command: 'confirm', to: 'closed' },
  { from: 'rectified', command: 'dispute', to: 'rectifying' },
  // Not rated (or not confirmed) in time: the timer closes it after a 回访.
  { from: 'completed', command: 'close', to: 'closed' },
  { from: 'answered', command: 'close', to: 'closed' },
  { from: 'rectified', command: 'close', to: 'closed' },
  // A transfer no longer ends at 已转交: the department accepts, answers, completes; the resident rates.
  { from: 'transferred', command: 'refer', to: 'transferred' },
  { from: 'transferred', command: 'accept', to: 'handling' },
  { from: 'handling', command: 'respond', to: 'handling' },
  { from: 'handling', command: 'complete', to: 'completed' },
];

/** Whether some move takes this command from this status (whatever its details, such as the score). */
export const takesCommand = (from: OrderStatus, command: CommandType): boolean =>
  MOVES.some((m) => m.from === from && m.command === command);

export type MoveResult = { ok: true; to: OrderStatus } | Refused;

export function nextStatus(from: OrderStatus, cmd: OrderCommand): MoveResult {
  const move = MOVES.find((m) => m.from === from && m.command === cmd.type && (!m.when || m.when(cmd)));
  if (move) return { ok: true, to: move.to };
  return refusal(from, cmd.type);
}

const COMMAND_LABELS: Record<CommandType, string> = {
  dispatch: '派单',
  take: '接单',
  complete: '办结',
  rate: '评价',
  rectify: '整改回复',
  cancel: '撤销',
  handBack: '退单',
  reassign: '改派',
  refer: '交办部门',
  accept: '受理',
  respond: '答复',
  wait: '标记等待居民',
  resume: '恢复办理',
  confirm: '确认已解决',
  dispute: '再次反映不满意',
  close: '到期办结',
};

/** Statuses an order only reaches once someone has taken it. */
const TAKEN_ALREADY: readonly OrderStatus[] = ['taken', 'waiting', 'completed', 'rectifying', 'rectified'];
/** Statuses a transfer reaches once its department has accepted it. */
const ACCEPTED_ALREADY: readonly OrderStatus[] = ['handling'];

function refusal(from: OrderStatus, command: CommandType): Refused {
  if (from === 'cancelled') return refuse('ORDER_CANCELLED');
  if (command === 'take' && TAKEN_ALREADY.includes(from)) return refuse('ORDER_ALREADY_TAKEN');
  if (command === 'cancel' && TAKEN_ALREADY.includes(from))
    return refuse('ORDER_ALREADY_TAKEN', '已有人接单，不能撤销了');
  if (command === 'accept' && ACCEPTED_ALREADY.includes(from)) return refuse('ORDER_ALREADY_ACCEPTED');
  if (from === 'closed') return refuse('ORDER_CLOSED');
  if (from === 'transferred' && !DEPARTMENT_COMMANDS.includes(command)) return refuse('ORDER_TRANSFERRED');
  return refuse('ORDER_STATUS_FORBIDS', `该诉求当前状态下不能${COMMAND_LABELS[command]}`);
}

/** What may happen to a transferred order: it waits for its department (or a 联席会议's 交办). */
const DEPARTMENT_COMMANDS: readonly CommandType[] = ['refer', 'accept'];

/** Statuses from which nothing more happens (a transfer goes on with its department). */
export const FINAL_STATUSES: readonly OrderStatus[] = ['closed', 'cancelled'];
