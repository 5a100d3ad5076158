import { roleLabel, roleLabels } from '../../src/features/roles';
import { pageClass, textTier } from '../../src/features/text-size';
import { buildingName, buildingOptions, nameIndex } from '../../src/features/org-names';
import { groupByCommunity } from '../../src/features/demo-people';
import { errorText } from '../../src/features/errors';
import type { OrgTree } from '../../types/org';

const TREE: OrgTree = {
  community: { _id: 'c-demo', name: '示范社区' },
  grids: [
    {
      _id: 'g-1',
      name: '网格一',
      buildings: [
        { _id: 'b-1', name: '1号楼' },
        { _id: 'b-2', name: '2号楼' },
      ],
    },
    { _id: 'g-2', name: '网格二', buildings: [] },
  ],
};

describe('role labels', () => {
  const names = nameIndex(TREE);
  test('a grant names where it applies', () => {
    expect(roleLabel({ role: 'party_member', scope: { gridId: 'g-1' } }, names)).toBe('党员（网格一）');
  });
  test('an unknown scope leaves just the role', () => {
    expect(roleLabel({ role: 'grid_worker', scope: { gridId: 'g-x' } }, names)).toBe('网格员');
  });
  test('resident comes first; duplicates collapse', () => {
    expect(
      roleLabels(
        [
          { role: 'community_admin', scope: { communityId: 'c-demo' } },
          { role: 'resident', scope: { buildingId: 'b-1' } },
          { role: 'community_admin', scope: { communityId: 'c-demo' } },
        ],
        names,
      ),
    ).toEqual(['居民（1号楼）', '社区管理员（示范社区）']);
  });
});

describe('text size', () => {
  test('standard WeChat size gives the 17 px tier', () =>
    expect(textTier({ elder: false, fontSizeSetting: 17 })).toBe(17));
  test('长辈模式 is at least the 关怀模式 23.8 px', () =>
    expect(textTier({ elder: true, fontSizeSetting: 17 })).toBe(24));
  test('a larger WeChat font is followed even outside 长辈模式', () =>
    expect(textTier({ elder: false, fontSizeSetting: 20 })).toBe(20));
  test('an unknown setting falls back to the mode floor', () => expect(textTier({ elder: false })).toBe(17));
  test('huge settings stop at the largest tier', () => expect(textTier({ elder: true, fontSizeSetting: 40 })).toBe(28));
  test('page class carries tier and elder', () => expect(pageClass(24, true)).toBe('page fs-24 elder'));
});

describe('org tree lookups', () => {
  test('building options say the grid too', () => {
    expect(buildingOptions(TREE)).toEqual([
      { value: 'b-1', text: '网格一 · 1号楼' },
      { value: 'b-2', text: '网格一 · 2号楼' },
    ]);
  });
  test('building names, and nothing for unknown or missing', () => {
    expect(buildingName(TREE, 'b-2')).toBe('2号楼');
    expect(buildingName(TREE, 'b-9')).toBe('');
    expect(buildingName(null, 'b-1')).toBe('');
  });
});

test('demo people are grouped by community, demo community first', () => {
  const groups = groupByCommunity();
  expect(groups.map((g) => g.communityName)).toEqual(['示范社区', '另一社区']);
  expect(groups[0].people.some((p) => p.openid === 'demo-resident-1' && p.name === '周奶奶')).toBe(true);
});

describe('errorText', () => {
  test("the function's own message wins", () => {
    expect(errorText({ code: 'CONFLICT', message: '这单已被别人接走了' })).toBe('这单已被别人接走了');
  });
  test('an empty message falls back to the code default', () => {
    expect(errorText({ code: 'PERMISSION_DENIED', message: ' ' })).toBe('您没有权限进行此操作');
  });
  test('no error at all still says something useful', () => expect(errorText(undefined)).toBe('系统繁忙，请稍后再试'));
});
