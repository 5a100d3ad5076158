/**
 * The demo's meetings (issue 11 point 9), so a newcomer sees 议事 working right after `npm start`:
 * - 「楼道堆物怎么清」: a 五步议事法 of the whole community starting 20 minutes after the seed, on
 *   协商议事 with 周奶奶's topic accepted. Its sign-in is open: 李书记 (demo-admin) taps 出示签到码
 *   on its page and 周奶奶 (demo-resident-1) types the code (or scans it on weapp), or 李书记 点名.
 * - 「小区停车难怎么办」: last week's meeting, with notes, two published decisions (one done), and
 *   its minutes (会议纪要) ready to share: 会议详情 → 会议纪要（可分享）.
 * Built from the stored-record schemas (cloudfunctions/meetings/model.ts), so they are valid records.
 * The past sign-ins carry no points: opening balances are the points seed's (demo-seed.ts).
 */
import { randomBytes } from 'node:crypto';
import { DEMO_PEOPLE } from '../types/demo';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import { attendanceIdFor } from '../cloudfunctions/_shared/ids/meetings';
import { attendanceDoc, decisionDoc, meetingDoc, topicDoc } from '../cloudfunctions/meetings/model';
import { chinaDay, endOfChinaDay } from '../domain/china-time';
import type { SeedTarget } from './demo-seed';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
export const DEMO_MEETING_SOON = 'demo-meeting-soon';
export const DEMO_MEETING_MINUTES = 'demo-meeting-minutes';

const person = (openid: string) => {
  const p = DEMO_PEOPLE.find((x) => x.openid === openid);
  if (!p) throw new Error(`demo person ${openid} missing`);
  return { userId: userIdFor(openid), name: p.name };
};

export async function seedDemoMeetings(store: SeedTarget, now = new Date()): Promise<void> {
  const host = person('demo-admin');
  const zhou = person('demo-resident-1');
  const wu = person('demo-resident-2');
  const owner = person('demo-property-1');
  const base = { communityId: 'c-demo', gridKey: '', hostId: host.userId, hostName: host.name };
  const soonAt = new Date(now.getTime() + 20 * MIN);
  const pastAt = new Date(now.getTime() - 7 * DAY);
  const meetings = [
    meetingDoc.parse({
      ...base,
      _id: DEMO_MEETING_SOON,
      type: 'five_step',
      title: '楼道堆物怎么清',
      startsAt: soonAt,
      place: '社区议事厅',
      step: 'deliberate',
      signInSecret: randomBytes(16).toString('hex'),
      createdAt: now,
      updatedAt: now,
    }),
    meetingDoc.parse({
      ...base,
      _id: DEMO_MEETING_MINUTES,
      type: 'five_step',
      title: '小区停车难怎么办',
      startsAt: pastAt,
      place: '社区议事厅',
      step: 'implement',
      publishedAt: pastAt,
      signInSecret: randomBytes(16).toString('hex'),
      createdAt: pastAt,
      updatedAt: pastAt,
    }),
  ];
  const topic = (_id: string, meetingId: string, at: Date, title: string, content: string, notes?: string) =>
    topicDoc.parse({
      _id,
      communityId: 'c-demo',
      meetingId,
      title,
      content,
      proposerId: zhou.userId,
      proposerName: zhou.name,
      status: 'accepted',
      reviewerId: host.userId,
      ...(notes ? { notes } : {}),
      createdAt: at,
      updatedAt: at,
    });
  const topics = [
    topic(
      'demo-topic-stairs',
      DEMO_MEETING_SOON,
      now,
      '楼道堆物影响逃生',
      '1号楼楼道里堆了纸箱和旧家具，晚上看不清容易绊倒。',
    ),
    topic(
      'demo-topic-parking',
      DEMO_MEETING_MINUTES,
      pastAt,
      '晚上车位不够',
      '下班回来没有车位，车停到消防通道上。',
      '大家同意把东侧空地改成 12 个车位；外来车辆晚上 10 点后不再放行。',
    ),
    topic(
      'demo-topic-charging',
      DEMO_MEETING_MINUTES,
      new Date(pastAt.getTime() + MIN),
      '电动车充电难',
      '车棚没有充电口，有人从楼上拉电线。',
      '物业在车棚加装充电口，费用从公共收益中列支。',
    ),
  ];
  const due = chinaDay(new Date(now.getTime() + 14 * DAY));
  const decision = (_id: string, topicId: string, text: string, done: boolean) =>
    decisionDoc.parse({
      _id,
      communityId: 'c-demo',
      gridKey: '',
      meetingId: DEMO_MEETING_MINUTES,
      meetingTitle: '小区停车难怎么办',
      topicId,
      topicTitle: topics.find((t) => t._id === topicId)?.title,
      decision: text,
      ownerId: owner.userId,
      ownerName: owner.name,
      dueDate: due,
      dueAt: endOfChinaDay(due),
      published: true,
      publishedAt: pastAt,
      done,
      progress: done
        ? [
            {
              at: new Date(pastAt.getTime() + 3 * DAY),
              actorId: owner.userId,
              actorName: owner.name,
              note: '充电口已装好并验收',
              done: true,
            },
          ]
        : [],
      createdAt: pastAt,
      updatedAt: pastAt,
    });
  const decisions = [
    decision('demo-decision-parking', 'demo-topic-parking', '东侧空地改建 12 个车位，两周内完工', false),
    decision('demo-decision-charging', 'demo-topic-charging', '车棚加装 20 个充电口', true),
  ];
  const attendance = [
    { who: zhou, via: 'code' as const },
    { who: wu, via: 'roll' as const },
  ].map(({ who, via }, i) =>
    attendanceDoc.parse({
      _id: attendanceIdFor(DEMO_MEETING_MINUTES, who.userId),
      communityId: 'c-demo',
      meetingId: DEMO_MEETING_MINUTES,
      userId: who.userId,
      name: who.name,
      at: new Date(pastAt.getTime() + i * MIN),
      via,
      ...(via === 'roll' ? { markedById: host.userId } : {}),
    }),
  );
  await store.insertMany('meetings', meetings);
  await store.insertMany('meeting_topics', topics);
  await store.insertMany('meeting_decisions', decisions);
  await store.insertMany('meeting_attendance', attendance);
}
