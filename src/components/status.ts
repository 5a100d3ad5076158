/**
 * The ONE status-colour palette of the app, and the tone of every status it shows: orders,
 * redemptions, topics, decisions, meetings and notices all speak the same colours, by what the
 * status asks of people — waiting (amber), in hand (blue), done (green), ended (grey), needs
 * attention now (red). StatusTag (NutUI Tag) is the only thing that paints them.
 */
import type { OrderStatus } from '../../types/orders';
import type { RedemptionStatus } from '../../types/points';
import type { TopicStatus } from '../../types/meetings';
import type { NoticeKind } from '../../types/notices';
import type { WishStatus } from '../../types/wishes';

export type StatusTone = 'wait' | 'busy' | 'done' | 'ended' | 'alert';

/** Text and background of each tone (contrast ≥ 4.5:1 on its background). */
export const STATUS_PALETTE: Record<StatusTone, { color: string; background: string }> = {
  wait: { color: '#8a5a00', background: '#fff3d6' },
  busy: { color: '#1e5bb8', background: '#e6efff' },
  done: { color: '#1d7a3a', background: '#e3f5e8' },
  ended: { color: '#5c5c5c', background: '#eeeeee' },
  alert: { color: '#ffffff', background: '#c8161d' },
};

export const ORDER_TONES: Record<OrderStatus, StatusTone> = {
  submitted: 'wait',
  dispatched: 'wait',
  taken: 'busy',
  completed: 'busy',
  rectifying: 'alert',
  rectified: 'wait',
  waiting: 'wait',
  closed: 'done',
  answered: 'done',
  // A transfer waits for its department (it no longer ends at 已转交), then is in its hands.
  transferred: 'wait',
  handling: 'busy',
  cancelled: 'ended',
};

/** Waiting at the counter, done, or ended without goods. */
export const REDEMPTION_TONES: Record<RedemptionStatus, StatusTone> = {
  pending: 'wait',
  fulfilled: 'done',
  cancelled: 'ended',
  expired: 'ended',
};

export const TOPIC_TONES: Record<TopicStatus, StatusTone> = { proposed: 'wait', accepted: 'done', declined: 'ended' };

/** 通知 reads as news (blue), 接龙 asks people to act (amber). */
export const NOTICE_KIND_TONES: Record<NoticeKind, StatusTone> = { notice: 'busy', signup: 'wait' };

/** A meeting under way, or finished. */
export const meetingTone = (finished: boolean): StatusTone => (finished ? 'ended' : 'busy');

/** 微心愿: waiting for review or a claimer (amber), in hand (blue), 圆梦 (green), ended (grey). */
export const WISH_TONES: Record<WishStatus, StatusTone> = {
  pending_review: 'wait',
  open: 'wait',
  rejected: 'ended',
  claimed: 'busy',
  fulfilled: 'busy',
  confirmed: 'done',
  cancelled: 'ended',
};
