import { startTestCloud, data, type TestCloud } from '../support/cloud';

let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.close());

describe('org.tree', () => {
  it('shows a resident their community’s grids and buildings', async () => {
    const tree = data(await cloud.call('org', 'demo-resident-1', { action: 'tree' }));
    expect(tree.community).toEqual({ _id: 'c-demo', name: '示范社区' });
    expect(tree.grids.map((g: { name: string }) => g.name)).toEqual(['网格一', '网格二']);
    expect(tree.grids[0].buildings.map((b: { name: string }) => b.name)).toEqual(['1号楼', '2号楼']);
    expect(tree.grids[1].buildings).toHaveLength(2);
  });

  it('shows the other community only its own', async () => {
    const tree = data(await cloud.call('org', 'demo-resident-b', { action: 'tree' }));
    expect(tree.community.name).toBe('另一社区');
    expect(tree.grids).toHaveLength(1);
    expect(JSON.stringify(tree)).not.toContain('g-demo');
  });
});

describe('org management', () => {
  it('lets an admin add and rename a grid and a building', async () => {
    const { grid } = data(await cloud.call('org', 'demo-admin', { action: 'grid.add', name: '网格三' }));
    const { building } = data(
      await cloud.call('org', 'demo-admin', { action: 'building.add', gridId: grid._id, name: '5号楼' }),
    );
    data(await cloud.call('org', 'demo-admin', { action: 'grid.rename', gridId: grid._id, name: '新网格三' }));
    data(
      await cloud.call('org', 'demo-admin', { action: 'building.rename', buildingId: building._id, name: '五号楼' }),
    );
    const tree = data(await cloud.call('org', 'demo-resident-1', { action: 'tree' }));
    const added = tree.grids.find((g: { _id: string }) => g._id === grid._id);
    expect(added).toEqual({ _id: grid._id, name: '新网格三', buildings: [{ _id: building._id, name: '五号楼' }] });
  });

  it.each(['demo-grid-1', 'demo-resident-1', 'demo-leader-1'])('refuses %s with PERMISSION_DENIED', async (openid) => {
    const res = await cloud.call('org', openid, { action: 'grid.add', name: '私建网格' });
    expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
  });

  it('answers NOT_FOUND for another community’s grid or building, changing nothing', async () => {
    const rename = await cloud.call('org', 'demo-admin-b', { action: 'grid.rename', gridId: 'g-demo-1', name: '改名' });
    expect(rename).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const add = await cloud.call('org', 'demo-admin-b', { action: 'building.add', gridId: 'g-demo-1', name: '偷建' });
    expect(add).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const b = await cloud.call('org', 'demo-admin-b', {
      action: 'building.rename',
      buildingId: 'b-demo-1-1',
      name: 'x',
    });
    expect(b).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const tree = data(await cloud.call('org', 'demo-resident-1', { action: 'tree' }));
    expect(tree.grids[0].name).toBe('网格一');
    expect(tree.grids[0].buildings[0].name).toBe('1号楼');
  });

  it.each([
    { action: 'grid.add' },
    { action: 'grid.add', name: '' },
    { action: 'grid.add', name: 42 },
    { action: 'grid.rename', gridId: { $ne: null }, name: '全部改名' },
    { action: 'building.add', gridId: 'g-demo-1', name: 'x'.repeat(10240) },
    { action: 'tree', extra: true },
    { action: 'drop' },
    [],
    'tree',
  ])('refuses malformed event %j with INVALID_ARGUMENT and writes nothing', async (event) => {
    const before = await cloud.store.count('grids', {});
    const beforeB = await cloud.store.count('buildings', {});
    const res = await cloud.call('org', 'demo-admin', event);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await cloud.store.count('grids', {})).toBe(before);
    expect(await cloud.store.count('buildings', {})).toBe(beforeB);
  });
});

describe('org building.move', () => {
  it('moves a building to another grid: the tree shows it there, and its new orders go to that grid', async () => {
    const fileFrom2 = async () =>
      data(
        await cloud.call('orders', 'demo-party-2', {
          action: 'submit',
          requestId: `move-${Math.random().toString(36).slice(2)}`,
          category: 'infrastructure',
          content: '楼道灯坏了，请来修理',
        }),
      ).order as { gridId: string };
    expect((await fileFrom2()).gridId).toBe('g-demo-1'); // 2号楼 starts in 网格一
    const moved = data(
      await cloud.call('org', 'demo-admin', { action: 'building.move', buildingId: 'b-demo-1-2', gridId: 'g-demo-2' }),
    );
    expect(moved.building).toEqual({ _id: 'b-demo-1-2', name: '2号楼', gridId: 'g-demo-2' });
    const tree = data(await cloud.call('org', 'demo-resident-1', { action: 'tree' }));
    expect(tree.grids[0].buildings.map((b: { _id: string }) => b._id)).not.toContain('b-demo-1-2');
    expect(tree.grids[1].buildings.map((b: { _id: string }) => b._id)).toContain('b-demo-1-2');
    expect((await fileFrom2()).gridId).toBe('g-demo-2');
    data(
      await cloud.call('org', 'demo-admin', { action: 'building.move', buildingId: 'b-demo-1-2', gridId: 'g-demo-1' }),
    );
  });

  it.each([
    ['a non-admin', 'demo-grid-1', { buildingId: 'b-demo-1-2', gridId: 'g-demo-2' }, 'PERMISSION_DENIED'],
    ['another community’s grid', 'demo-admin', { buildingId: 'b-demo-1-2', gridId: 'g-other-1' }, 'NOT_FOUND'],
    ['another community’s building', 'demo-admin', { buildingId: 'b-other-1', gridId: 'g-demo-1' }, 'NOT_FOUND'],
  ])('refuses %s, changing nothing', async (_label, openid, event, code) => {
    expect(await cloud.call('org', openid, { action: 'building.move', ...event })).toMatchObject({
      ok: false,
      error: { code },
    });
    const stored = cloud.store.find('buildings', { _id: event.buildingId }) as { gridId: string }[];
    expect(stored[0].gridId).toBe(event.buildingId === 'b-other-1' ? 'g-other-1' : 'g-demo-1');
  });
});
