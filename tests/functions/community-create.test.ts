/**
 * A community set up from empty by the documented one-off command (issue 11 point 2): the script
 * `npm run community:create` against a local cloud with no data, then the first admin signs in and
 * builds grids and buildings in the app. The same `org.community.create` refuses any caller with an
 * openid — the mini-program always has one — so nobody makes themselves an admin through it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { startTestCloud, data, ROOT, type TestCloud } from '../support/cloud';

const run = promisify(execFile);
let cloud: TestCloud;
beforeAll(async () => {
  cloud = await startTestCloud({ seed: false });
});
afterAll(() => cloud.close());

const command = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/community-create.ts'), '--url', cloud.url, ...args], {
    cwd: ROOT,
  });

describe('npm run community:create', () => {
  it('makes the community and its first admin, who then sets up grids and buildings in the app', async () => {
    const { stdout } = await command('--name', '幸福社区', '--admin-openid', 'first-admin', '--admin-name', '王书记');
    expect(stdout).toContain('已创建社区「幸福社区」');
    const invite = /社区邀请码: ([A-Z2-9]{10})/.exec(stdout)?.[1] as string;
    expect(invite).toBeTruthy();

    const me = data(await cloud.call('user', 'first-admin', { action: 'login' }));
    expect(me.community.name).toBe('幸福社区');
    expect(me.user.name).toBe('王书记');
    expect(me.roles).toContainEqual({ role: 'community_admin', scope: { communityId: me.community._id } });
    const { grid } = data(await cloud.call('org', 'first-admin', { action: 'grid.add', name: '第一网格' }));
    data(await cloud.call('org', 'first-admin', { action: 'building.add', gridId: grid._id, name: '1栋' }));

    // Its invitation brings a resident into this community (closed to picking: --open not given).
    const peek = data(await cloud.call('user', 'resident-1', { action: 'invite.peek', invite }));
    expect(peek).toEqual({ communityName: '幸福社区', buildingName: '' });
    expect(data(await cloud.call('user', 'resident-1', { action: 'join', invite })).community._id).toBe(
      me.community._id,
    );
    expect(data(await cloud.call('user', 'resident-2', { action: 'communities.list' })).items).toEqual([]);
  });

  it('running it again changes nothing but re-grants the admin', async () => {
    const { stdout } = await command('--name', '幸福社区', '--admin-openid', 'first-admin');
    expect(stdout).toContain('已存在社区「幸福社区」');
    expect(await cloud.store.count('communities', {})).toBe(1);
    expect(await cloud.store.count('users', { openid: 'first-admin' })).toBe(1);
  });

  it('refuses a caller with an openid (the mini-program), and a usage without the admin', async () => {
    const res = await cloud.call('org', 'resident-1', {
      action: 'community.create',
      name: '冒牌社区',
      adminOpenid: 'resident-1',
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    expect(await cloud.store.count('communities', {})).toBe(1);
    await expect(command('--name', '缺管理员社区')).rejects.toMatchObject({ code: 2 });
  });
});
