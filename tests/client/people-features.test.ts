/** 加入社区's invitation code from every way WeChat opens a page, and 人员管理's scope choices. */
import { inviteFromParams, inviteLink, invitePagePath } from '../../src/features/people/invite-link';
import { GRANTABLE_ROLES, scopeOptions } from '../../src/features/people/grants';

describe('inviteFromParams', () => {
  it.each([
    [{ invite: 'DEMOJOIN11' }, 'DEMOJOIN11'],
    [{ scene: 'DEMOJOIN11' }, 'DEMOJOIN11'],
    [{ scene: encodeURIComponent('invite=DEMOJOIN11') }, 'DEMOJOIN11'],
    [{ q: encodeURIComponent('https://llt.example.cn/packages/profile/join/index?invite=DEMOJOIN11') }, 'DEMOJOIN11'],
    [{ invite: '../../etc' }, ''],
    [{ invite: 'x' }, ''],
    [{}, ''],
  ])('%j → %j', (params, code) => {
    expect(inviteFromParams(params)).toBe(code);
  });

  it('builds the link the QR code carries', () => {
    expect(invitePagePath('DEMOJOIN11')).toBe('/packages/profile/join/index?invite=DEMOJOIN11');
    expect(inviteLink('http://127.0.0.1:10086/', 'DEMOJOIN11')).toBe(
      'http://127.0.0.1:10086/packages/profile/join/index?invite=DEMOJOIN11',
    );
  });
});

describe('scopeOptions', () => {
  const tree = {
    community: { _id: 'c-1', name: '示范社区' },
    grids: [
      { _id: 'g-1', name: '网格一', buildings: [{ _id: 'b-1', name: '1号楼' }] },
      { _id: 'g-2', name: '网格二', buildings: [] },
    ],
  };
  it('offers buildings for 楼栋长, grids for 网格员, the community for 商家; never 居民', () => {
    expect(scopeOptions(tree, 'building_leader').map((o) => o.scope)).toEqual([{ buildingId: 'b-1' }]);
    expect(scopeOptions(tree, 'grid_worker').map((o) => o.text)).toEqual(['网格一', '网格二']);
    expect(scopeOptions(tree, 'merchant')).toEqual([{ value: 'c-1', text: '示范社区', scope: { communityId: 'c-1' } }]);
    expect(GRANTABLE_ROLES).not.toContain('resident');
  });
});
