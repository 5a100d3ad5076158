/**
 * Every subscribe message opens the right page (issue 11 point 5): for each kind, the message's page
 * is a page of src/app.config.ts, and each query key it passes is the one that page reads
 * (`useRouter().params.<key>`). The notice message once passed `id` where the detail page reads
 * `noticeId`, and opened an error page: this is the test that would have caught it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBSCRIBE_KINDS, type SubscribeKind } from '../../types/notices';
import { appPages } from '../support/app-pages';
import {
  bookingCancelledMessage,
  noticeMessage,
  noticeReminderMessage,
  orderDoneMessage,
  orderTakenMessage,
  wishConfirmedMessage,
  wishProgressMessage,
  type Message,
} from '../../cloudfunctions/_shared/templates';
import {
  decisionDueMessage,
  orderAssignedMessage,
  orderOverdueMessage,
  orderPoolMessage,
  orderRectifyMessage,
  orderTransferMessage,
  activityCallMessage,
} from '../../cloudfunctions/_shared/work-templates';

const ROOT = join(__dirname, '../..');
const at = new Date('2026-05-01T01:30:00Z');
const order = { _id: 'o-1', content: '水管漏水', category: 'elderly' as const, buildingName: '1号楼' };
const notice = { _id: 'n-1', title: '停水通知', posterName: '孙楼长' };

/** Every message the functions build, by kind: a kind without a message here fails to compile. */
const MESSAGES: Record<SubscribeKind, Message[]> = {
  order_taken: [orderTakenMessage({ ...order, takerName: '张党员' }, at)],
  order_done: [orderDoneMessage(order, at)],
  building_notice: [noticeMessage(notice, at), noticeReminderMessage(notice, at)],
  order_pool: [orderPoolMessage({ ...order, takeBy: at })],
  order_assigned: [orderAssignedMessage({ ...order, finishBy: at, step: 3 }, '王网格')],
  order_overdue: [
    orderOverdueMessage({ ...order, deadline: at, level: 1 }),
    orderOverdueMessage({ ...order, deadline: at, level: 2 }),
  ],
  order_rectify: [orderRectifyMessage({ ...order, step: 5 }, at)],
  decision_due: [
    decisionDueMessage({ _id: 'd-1', meetingId: 'm-1', decision: '修路灯', dueAt: at }, 'soon'),
    decisionDueMessage({ _id: 'd-1', meetingId: 'm-1', decision: '修路灯', dueAt: at }, 'overdue'),
  ],
  order_transfer: [orderTransferMessage({ ...order, finishBy: at, transferredAt: at, departmentId: 'u-dept' })],
  activity_call: [
    activityCallMessage({ _id: 'a-1', title: '邻里调解', startAt: at, skillLabel: '矛盾调解', round: 0 }),
  ],
  wish_progress: (['approve', 'reject', 'claim', 'fulfil'] as const).map((move, i) =>
    wishProgressMessage({ _id: 'w-1', title: '想要一副老花镜' }, move, i + 2, at),
  ),
  wish_confirmed: [wishConfirmedMessage({ _id: 'w-1', title: '想要一副老花镜' }, 10, at)],
  booking_cancelled: [
    bookingCancelledMessage({ _id: 'b-1', placeName: '红色驿站', roomName: '活动室', startAt: at, reason: '防汛值班' }),
  ],
};

/** The query keys a page reads: `useRouter().params.<key>` in its index.tsx. */
function keysRead(page: string): Set<string> {
  const source = readFileSync(join(ROOT, 'src', `${page}.tsx`), 'utf8');
  return new Set([...source.matchAll(/useRouter\(\)\.params\.(\w+)/g)].map((m) => m[1]));
}

const cases = SUBSCRIBE_KINDS.flatMap((kind) => MESSAGES[kind].map((m, i) => [`${kind} #${i + 1}`, kind, m] as const));

describe('every subscribe message links to a page that reads what it passes', () => {
  const pages = appPages();

  it.each(cases)('%s', (_name, kind, message) => {
    expect(message.kind).toBe(kind);
    const [path, query = ''] = message.page.split('?');
    expect(path.startsWith('/')).toBe(false); // WeChat wants the page without a leading slash
    expect(pages).toContain(path);
    const params = new URLSearchParams(query);
    const keys = [...params.keys()];
    expect(keys.length).toBeGreaterThan(0);
    const read = keysRead(path);
    for (const key of keys) {
      expect(read).toContain(key);
      expect(params.get(key)).toMatch(/^(o-1|n-1|m-1|a-1|w-1|b-1)$/);
    }
  });

  it('the notice message passes noticeId, which the detail page reads (not id)', () => {
    expect(noticeMessage(notice, at).page).toBe('packages/notices/detail/index?noticeId=n-1');
    expect(keysRead('packages/notices/detail/index')).toEqual(new Set(['noticeId']));
  });
});
