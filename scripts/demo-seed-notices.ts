/**
 * The demo's 楼栋通知, so 阅读情况 shows households read and unread right after `npm start`: 孙楼长's
 * 停水通知 to 1号楼 with a photo (周奶奶's and 张党员's homes have read it, 吴大爷's has not), and 李书记's
 * notice to the whole community (three homes of ten have read it). Built with the rules the
 * `notices` function uses (domain/notices), so the records are the ones a real post would write.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_BUILDINGS, DEMO_PEOPLE } from '../types/demo';
import { scopeKey, type NoticeScope } from '../domain/notices/rules';
import { groupHouseholds, householdKey, householdRecordId } from '../domain/notices/households';
import { userIdFor } from '../cloudfunctions/_shared/ids/user';
import type { SeedTarget } from './demo-seed';

/** The demo photo, as the local cloud's storage names an upload (storage.ts: 32 hex digits). */
const WATER_PHOTO = 'a1b2c3d4e5f60718293a4b5c6d7e8f90.png';
/** Uploads live in their uploader's folder (storage.ts): 孙楼长 posted the 停水通知, so it is his. */
const WATER_PHOTO_OWNER = userIdFor('demo-leader-1');
const HOUR = 3_600_000;

interface DemoNotice {
  _id: string;
  poster: string;
  scope: NoticeScope;
  scopeLabel: string;
  title: string;
  content: string;
  photos: string[];
  hoursAgo: number;
  readers: string[];
}

const NOTICES: DemoNotice[] = [
  {
    _id: 'demo-notice-water',
    poster: 'demo-leader-1',
    scope: { kind: 'building', id: 'b-demo-1-1', gridId: 'g-demo-1' },
    scopeLabel: '1号楼',
    title: '周三上午停水通知',
    content: '因管道检修，本周三 9:00–12:00 1号楼停水，请提前储水。有困难的老人请联系楼栋长帮忙提水。',
    photos: [`local://uploads/${WATER_PHOTO_OWNER}/${WATER_PHOTO}`],
    hoursAgo: 3,
    readers: ['demo-resident-1', 'demo-party-1'],
  },
  {
    _id: 'demo-notice-hours',
    poster: 'demo-admin',
    scope: { kind: 'community', id: 'c-demo' },
    scopeLabel: '全社区',
    title: '党群服务中心开放时间调整',
    content: '即日起社区党群服务中心周六上午也开放（9:00–12:00），可办理居住证明、老年卡等事项。',
    photos: [],
    hoursAgo: 26,
    readers: ['demo-resident-1', 'demo-grid-1', 'demo-grid-2'],
  },
];

const demoPerson = (openid: string) => DEMO_PEOPLE.find((p) => p.openid === openid)!;
const member = (openid: string) => {
  const p = demoPerson(openid);
  return { _id: userIdFor(p.openid), buildingId: p.buildingId, room: p.room };
};

export async function seedDemoNotices(store: SeedTarget, now = new Date()): Promise<void> {
  const buildingName = new Map<string, string>(DEMO_BUILDINGS.map((b) => [b._id, b.name]));
  for (const n of NOTICES) {
    const poster = demoPerson(n.poster);
    const createdAt = new Date(now.getTime() - n.hoursAgo * HOUR);
    await store.insertMany('notices', [
      {
        _id: n._id,
        communityId: 'c-demo',
        scope: n.scope,
        scopeKey: scopeKey(n.scope),
        scopeLabel: n.scopeLabel,
        kind: 'notice',
        title: n.title,
        content: n.content,
        photos: n.photos,
        signupCount: 0,
        posterId: userIdFor(poster.openid),
        posterName: poster.name,
        createdAt,
      },
    ]);
    const reached = DEMO_PEOPLE.filter(
      (p) =>
        p.communityId === 'c-demo' &&
        (n.scope.kind === 'community' || (n.scope.kind === 'building' ? p.buildingId === n.scope.id : false)),
    ).map((p) => member(p.openid));
    const readAt = (k: number) => new Date(createdAt.getTime() + (k + 1) * 20 * 60_000);
    const readKeys = new Map(n.readers.map((openid, k) => [householdKey(member(openid)), readAt(k)]));
    await store.insertMany(
      'notice_households',
      groupHouseholds(reached, userIdFor(poster.openid)).map((h) => ({
        _id: householdRecordId(n._id, h.key),
        noticeId: n._id,
        communityId: 'c-demo',
        buildingId: h.buildingId,
        buildingName: buildingName.get(h.buildingId) ?? '',
        room: h.room,
        memberIds: h.memberIds,
        read: readKeys.has(h.key),
        ...(readKeys.has(h.key) ? { readAt: readKeys.get(h.key) } : {}),
      })),
    );
    await store.insertMany(
      'notice_reads',
      n.readers.map((openid, k) => ({
        _id: `${n._id}_${userIdFor(openid)}`,
        noticeId: n._id,
        userId: userIdFor(openid),
        communityId: 'c-demo',
        at: readAt(k),
      })),
    );
  }
}

/** The demo's uploaded files, into a local cloud's data directory (kept if already there). */
export function writeDemoFiles(dataDir: string): void {
  const uploads = join(resolve(dataDir), 'storage', 'uploads', WATER_PHOTO_OWNER);
  mkdirSync(uploads, { recursive: true });
  const target = join(uploads, WATER_PHOTO);
  if (!existsSync(target)) copyFileSync(join(__dirname, 'demo-files', 'notice-water.png'), target);
}
