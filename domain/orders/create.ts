/**
 * The one way an order comes into being (issue #9, point 4). Whether filed by a resident (点单, 代办,
 * 一键发单) or opened by a meeting's decision, an order starts `submitted` with its 限时办结 deadlines
 * and a first timeline entry; if it is dispatched at birth (系统派单, or a decision's 受理自办类), that
 * is the state machine's `dispatch` move, recorded like any other. Nothing else builds an order.
 */
import type { Category, DispatchKind, OrderStatus } from '../../types/orders';
import { deadlinesFor, type DeadlineTable } from './deadlines';
import { nextStatus } from './state-machine';
import { entry, type TimelineAction, type TimelineRecord } from './timeline';

/** What the filer decided: where, what, for whom. */
export interface OrderDraft {
  _id: string;
  communityId: string;
  gridId: string;
  buildingId: string;
  room: string;
  category: Category;
  content: string;
  photos: string[];
  contactPhone: string;
  residentId: string;
  residentName: string;
  filedById: string;
  requestId: string;
  /** 代办: the building leader or grid worker who filed it for the resident. */
  proxyId?: string;
  proxyName?: string;
  /** 地址待认证: the resident's claimed address was not confirmed when she filed (domain/residence.ts). */
  addressUnconfirmed?: true;
  /**
   * 一键发单: who and where are the structured fields above (residentName, buildingId, room), never
   * words in `content`, so a masked view that masks those fields leaks nothing (issue 12, point 2).
   */
  oneTap?: true;
}

/** The whole text of a 一键发单 order: fixed words, no personal data. */
export const ONE_TAP_CONTENT = '【一键求助】需要帮助，请尽快联系。';

/** One timeline line: who did it, in which role, and what. */
export interface Step {
  by: { userId: string; name: string };
  role: string;
  action: TimelineAction;
  note?: string;
}

export interface NewOrder extends OrderDraft {
  status: OrderStatus;
  dispatchKind?: DispatchKind;
  takeBy: Date;
  finishBy: Date;
  overdueLevel: number;
  createdAt: Date;
  updatedAt: Date;
  timeline: TimelineRecord[];
}

export function createOrder(args: {
  draft: OrderDraft;
  at: Date;
  deadlines: DeadlineTable;
  filed: Step;
  /** Dispatched at birth as 受理自办类 to the draft's grid, by this step. */
  dispatched?: Step;
}): NewOrder {
  const { draft, at, filed, dispatched } = args;
  // 我的诉求 finds an order by its resident or its 代办人 (scopes.ts): a filer is always one of them.
  if (draft.filedById !== draft.residentId && draft.filedById !== draft.proxyId)
    throw new Error('createOrder: the filer must be the resident or their 代办人');
  const born: NewOrder = {
    ...draft,
    status: 'submitted',
    ...deadlinesFor(at, draft.category, args.deadlines),
    overdueLevel: 0,
    createdAt: at,
    updatedAt: at,
    timeline: [entry(filed.by, filed.role, filed.action, at, filed.note)],
  };
  if (!dispatched) return born;
  const move = nextStatus(born.status, { type: 'dispatch', kind: 'self' });
  // submitted → dispatched is in the table; if it ever is not, that is a bug, not a refusal.
  if (!move.ok) throw new Error(`createOrder: ${move.reason}`);
  const dispatch = entry(dispatched.by, dispatched.role, dispatched.action, at, dispatched.note);
  return { ...born, status: move.to, dispatchKind: 'self', timeline: [...born.timeline, dispatch] };
}
