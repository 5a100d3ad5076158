/** The pure modules of the notice pages: scope choices per role, the 接龙 button, unread counts, the form. */
import type { NoticeView } from '../../types/notices';
import type { OrgTree } from '../../types/org';
import type { RoleGrant } from '../../types/roles';
import { countText, householdNote, householdPlace, remindText, signupButton } from '../../src/features/notices/labels';
import { defaultScope, scopeChoices as choicesFor } from '../../src/features/notices/scopes';
import { mayPostSomewhere } from '../../domain/notices/rules';
import { actorOf } from '../../domain/actor';
import { emptyDraft, postFields, validatePost } from '../../src/features/notices/post-form';
import { acceptedKinds } from '../../src/features/notices/subscribe';
import { detailPath, noticeDetailUrl } from '../../src/features/notices/routes';

jest.mock('@tarojs/taro', () => jest.requireActual('./stubs/taro'));

const TREE = {
  community: { _id: 'c-demo', name: '示范社区' },
  grids: [
    {
      _id: 'g1',
      name: '网格一',
      buildings: [
        { _id: 'b1', name: '1号楼' },
        { _id: 'b2', name: '2号楼' },
      ],
    },
    { _id: 'g2', name: '网格二', buildings: [{ _id: 'b3', name: '3号楼' }] },
  ],
} as unknown as OrgTree;
const resident: RoleGrant = { role: 'resident', scope: { buildingId: 'b1' } };
/** As the pages ask: the signed-in person (domain/actor.ts actorOf) and the org tree. */
const viewer = (roles: RoleGrant[]) => actorOf({ _id: 'u1', name: '甲', buildingId: 'b1' }, roles, 'c-demo');
const scopeChoices = (roles: RoleGrant[], tree: OrgTree | null) => choicesFor(viewer(roles), tree);
const mayPostNotices = (roles: RoleGrant[]) => mayPostSomewhere(viewer(roles));
const labels = (roles: RoleGrant[]) => scopeChoices(roles, TREE).map((c) => c.label);

describe('where a person may post', () => {
  test('a building leader: only the buildings they lead, already chosen when there is one', () => {
    const roles: RoleGrant[] = [resident, { role: 'building_leader', scope: { buildingId: 'b1' } }];
    const choices = scopeChoices(roles, TREE);
    expect(choices.map((c) => [c.label, c.scope])).toEqual([['1号楼', { buildingId: 'b1' }]]);
    expect(defaultScope(choices)).toBe('building:b1');
    expect(mayPostNotices(roles)).toBe(true);
  });

  test('a grid worker: their grid only; an admin: the community, every grid and building', () => {
    expect(labels([resident, { role: 'grid_worker', scope: { gridId: 'g2' } }])).toEqual(['网格二']);
    const admin = scopeChoices([resident, { role: 'community_admin', scope: { communityId: 'c-demo' } }], TREE);
    expect(admin.map((c) => c.label)).toEqual(['全社区', '网格一', '网格二', '1号楼', '2号楼', '3号楼']);
    expect(admin[0].scope).toEqual({ community: true });
    expect(defaultScope(admin)).toBe('');
  });

  test('a resident or a party member may not post; without the tree there are no choices', () => {
    const roles: RoleGrant[] = [resident, { role: 'party_member', scope: { gridId: 'g1' } }];
    expect(labels(roles)).toEqual([]);
    expect(mayPostNotices(roles)).toBe(false);
    expect(scopeChoices([{ role: 'community_admin', scope: { communityId: 'c-demo' } }], null)).toEqual([]);
  });
});

const notice = (over: Partial<NoticeView> = {}): NoticeView => ({
  _id: 'n1',
  kind: 'signup',
  scope: { kind: 'building', id: 'b1', label: '1号楼' },
  title: '周六大扫除',
  content: '请带扫帚',
  posterId: 'u-leader',
  posterName: '孙楼长',
  createdAt: '2025-01-01T00:00:00.000Z',
  signupCount: 0,
  photos: [],
  unread: false,
  signedUp: false,
  ...over,
});
const NOW = new Date('2025-01-02T10:00:00+08:00');
const TOMORROW = '2025-01-03T10:00:00+08:00';
const YESTERDAY = '2025-01-01T10:00:00+08:00';

describe('the 接龙 button', () => {
  test('open with places left: 我要报名; signed up before the deadline: 取消报名', () => {
    expect(signupButton(notice({ capacity: 5, signupCount: 4, deadline: TOMORROW }), NOW)).toEqual({ kind: 'signup' });
    expect(signupButton(notice({ signedUp: true, deadline: TOMORROW }), NOW)).toEqual({ kind: 'withdraw' });
  });

  test('full or past the deadline: a line saying why, no button that can only fail', () => {
    expect(signupButton(notice({ capacity: 5, signupCount: 5 }), NOW)).toEqual({ kind: 'blocked', text: '名额已满' });
    expect(signupButton(notice({ deadline: YESTERDAY }), NOW)).toEqual({ kind: 'blocked', text: '接龙已截止' });
    expect(signupButton(notice({ signedUp: true, deadline: YESTERDAY }), NOW).kind).toBe('signed-closed');
    // Full does not stop someone already on the list from withdrawing.
    expect(signupButton(notice({ signedUp: true, capacity: 1, signupCount: 1 }), NOW)).toEqual({ kind: 'withdraw' });
  });

  test('a plain 通知 has no 接龙 part; counts read with or without a limit', () => {
    expect(signupButton(notice({ kind: 'notice' }), NOW)).toEqual({ kind: 'none' });
    expect(countText(notice({ capacity: 5, signupCount: 2 }))).toBe('已报 2 / 5 人');
    expect(countText(notice({ signupCount: 2 }))).toBe('已报 2 人');
  });
});

describe('the 发布通知 form', () => {
  const choices = scopeChoices([{ role: 'building_leader', scope: { buildingId: 'b1' } }], TREE);

  test('says what is missing, in words', () => {
    const e = validatePost(emptyDraft(), choices, NOW);
    expect(e).toEqual({ scope: '请选择发给谁', title: '请填写标题', content: '请填写通知内容' });
    const bad = { ...emptyDraft('building:b1'), kind: 'signup' as const, title: 'x', content: 'y', capacity: '0' };
    expect(validatePost(bad, choices, NOW).capacity).toMatch(/1 到 10000/);
  });

  test('a 接龙 carries its capacity and deadline; a 通知 carries neither', () => {
    const draft = {
      scope: 'building:b1',
      kind: 'signup' as const,
      title: ' 大扫除 ',
      content: '带扫帚',
      capacity: '5',
      deadline: 'tomorrow-18',
      photos: [] as string[],
    };
    const fields = postFields(draft, choices, NOW);
    expect(fields).toMatchObject({ scope: { buildingId: 'b1' }, kind: 'signup', title: '大扫除', capacity: 5 });
    // 明天 18:00 China time, whatever zone the phone (or this test) runs in.
    expect(new Date(fields.deadline!).toISOString()).toBe('2025-01-03T10:00:00.000Z');
    expect(postFields({ ...draft, kind: 'notice' }, choices, NOW)).toEqual({
      scope: { buildingId: 'b1' },
      kind: 'notice',
      title: '大扫除',
      content: '带扫帚',
    });
    // Photos travel only when there are some (the function's schema is strict).
    expect(postFields({ ...draft, kind: 'notice', photos: ['local://uploads/a.png'] }, choices, NOW)).toMatchObject({
      photos: ['local://uploads/a.png'],
    });
  });
});

test('subscribe answers and the detail path the subscribe message links to', () => {
  expect(
    acceptedKinds(['building_notice', 'order_done'], {
      TEMPLATE_ID_BUILDING_NOTICE: 'accept',
      TEMPLATE_ID_ORDER_DONE: 'reject',
    }),
  ).toEqual(['building_notice']);
  expect(detailPath('n 1')).toBe('packages/notices/detail/index?noticeId=n%201');
  expect(noticeDetailUrl('n1')).toBe('/packages/notices/detail/index?noticeId=n1');
});

test('一键提醒 says how many were told, or that nobody unread accepted messages (no success tick then)', () => {
  expect(remindText({ sent: 3 })).toEqual({ title: '已提醒 3 人', done: true });
  expect(remindText({ sent: 0 }).done).toBe(false);
  expect(remindText({ sent: 0 }).title).toContain('没有订阅');
});

test('a household row: building and room, members and when it was read', () => {
  const now = new Date('2025-01-02T04:00:00.000Z');
  expect(householdPlace({ buildingName: '1号楼', room: '302' })).toBe('1号楼 302室');
  expect(householdPlace({ buildingName: '1号楼', room: '' })).toBe('1号楼 未填房号');
  expect(householdNote({ members: 2 }, now)).toBe('2 人');
  expect(householdNote({ members: 1, readAt: '2025-01-02T02:05:00.000Z' }, now)).toMatch(/^1 人 · .+ 已读$/);
});
