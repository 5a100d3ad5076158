/**
 * Demo consent (issue 11 point 5): the demo's workers have each accepted a few of the messages their
 * work brings, as if they had tapped 允许 on WeChat's prompt, so after `npm start` a dispatch, a 指派,
 * a 差评, a transfer, an overdue order or a 微心愿's next step shows its subscribe messages in the local cloud's outbox
 * (GET /__outbox, or `cloud.outbox()` in tests). Each count is how many more messages may be sent.
 */
import type { SubscribeKind } from '../types/notices';
import { DEMO_PEOPLE } from '../types/demo';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import type { SeedTarget } from './demo-seed';

const EACH = 5;

/** Who accepted what: by the same rules the functions tell people by (_shared/work-notify.ts). */
export const DEMO_CONSENT: Record<string, SubscribeKind[]> = {
  'demo-grid-1': ['order_pool', 'order_assigned', 'order_overdue', 'order_rectify', 'decision_due'],
  'demo-grid-2': ['order_pool', 'order_assigned', 'order_overdue', 'order_rectify', 'decision_due'],
  'demo-party-1': ['order_pool', 'order_assigned', 'order_rectify', 'wish_confirmed'],
  // 微心愿 (demo-wishes.ts): 周奶奶 and 孙楼长 hear their wishes move; 张党员 hears 周奶奶 confirm hers
  'demo-resident-1': ['wish_progress'],
  'demo-leader-1': ['wish_progress'],
  'demo-property-1': ['order_pool', 'order_assigned', 'decision_due'],
  'demo-admin': ['order_overdue'],
  'demo-dept-1': ['order_transfer', 'order_overdue', 'order_rectify', 'decision_due'],
};

export async function seedDemoSubscriptions(store: SeedTarget, now = new Date()): Promise<void> {
  await store.insertMany(
    'notice_subscriptions',
    Object.entries(DEMO_CONSENT).map(([openid, kinds]) => {
      const person = DEMO_PEOPLE.find((p) => p.openid === openid)!;
      return {
        _id: userIdFor(openid),
        communityId: person.communityId,
        counts: Object.fromEntries(kinds.map((k) => [k, EACH])),
        updatedAt: now,
      };
    }),
  );
}
