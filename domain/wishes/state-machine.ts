/**
 * The 微心愿 state machine as a table (issue 14), used by the `wishes` function and the pages:
 *
 *   pending_review ─approve→ open ─claim→ claimed ─fulfil→ fulfilled ─confirm→ confirmed (圆梦)
 *        │ reject→ rejected      ↑ release ┘
 *        └ cancel→ cancelled ←cancel┘ (the poster, until someone claims it)
 *
 * Any move not in the table is refused with a named refusal saying why: already claimed, cancelled,
 * not yet approved, or simply not a move from this status. Who may move is permissions.ts.
 */
import type { WishStatus } from '../../types/wishes';
import { refuse, type Refused } from '../../types/refusals';

export const WISH_COMMANDS = ['approve', 'reject', 'cancel', 'claim', 'release', 'fulfil', 'confirm'] as const;
export type WishCommand = (typeof WISH_COMMANDS)[number];

export const WISH_COMMAND_LABELS: Record<WishCommand | 'post', string> = {
  post: '发布心愿',
  approve: '审核通过',
  reject: '审核未通过',
  cancel: '撤回',
  claim: '认领',
  release: '放弃认领',
  fulfil: '完成心愿',
  confirm: '确认圆梦',
};

export const WISH_MOVES: readonly { from: WishStatus; command: WishCommand; to: WishStatus }[] = [
  { from: 'pending_review', command: 'approve', to: 'open' },
  { from: 'pending_review', command: 'reject', to: 'rejected' },
  { from: 'pending_review', command: 'cancel', to: 'cancelled' },
  { from: 'open', command: 'cancel', to: 'cancelled' },
  // A racing claim and cancel both start from 'open': the conditional update lets one happen.
  { from: 'open', command: 'claim', to: 'claimed' },
  { from: 'claimed', command: 'release', to: 'open' },
  { from: 'claimed', command: 'fulfil', to: 'fulfilled' },
  { from: 'fulfilled', command: 'confirm', to: 'confirmed' },
];

/** Statuses a wish only reaches once someone has claimed it. */
export const CLAIMED_STATUSES: readonly WishStatus[] = ['claimed', 'fulfilled', 'confirmed'];
/** Statuses every member of the community may see (as the public card). */
export const PUBLIC_STATUSES: readonly WishStatus[] = ['open', 'claimed', 'fulfilled', 'confirmed'];

export type WishMove = { ok: true; to: WishStatus } | Refused;

export function nextWishStatus(from: WishStatus, command: WishCommand): WishMove {
  const move = WISH_MOVES.find((m) => m.from === from && m.command === command);
  if (move) return { ok: true, to: move.to };
  if (from === 'cancelled') return refuse('WISH_CANCELLED');
  if (command === 'claim' && CLAIMED_STATUSES.includes(from)) return refuse('WISH_ALREADY_CLAIMED');
  if (command === 'cancel' && CLAIMED_STATUSES.includes(from)) {
    return refuse('WISH_ALREADY_CLAIMED', '心愿已被认领，不能撤回了');
  }
  if (command === 'claim') return refuse('WISH_NOT_OPEN');
  return refuse('WISH_STATUS_FORBIDS', `该心愿当前状态下不能${WISH_COMMAND_LABELS[command]}`);
}

/** Whether some move takes this command from this status. */
export const wishTakes = (from: WishStatus, command: WishCommand): boolean =>
  WISH_MOVES.some((m) => m.from === from && m.command === command);
