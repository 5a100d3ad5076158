/**
 * `npm run community:create -- --name 幸福社区 --admin-openid <openid> [--admin-name 王书记] [--open]`
 *
 * Sets up a new community and its first admin through the `org` function's community.create (the
 * same code the WeChat cloud runs), against the running local cloud (`npm start` or `npm run cloud`,
 * http://127.0.0.1:${PORT:-10086}; `--url` to point elsewhere). It calls without an openid, which
 * only an operator can: the mini-program always sends one. Prints the community's invitation.
 *
 * In the WeChat cloud the same call is made from the 云开发控制台 (云函数 › org › 云端测试) or the
 * CloudBase CLI — see README, 部署.
 */
import { parseArgs } from 'node:util';
import { JOIN_PAGE } from '../types/user';

const USAGE =
  '用法: npm run community:create -- --name <社区名称> --admin-openid <管理员openid> [--admin-name <姓名>] [--open] [--url <本地云地址>]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      'admin-openid': { type: 'string' },
      'admin-name': { type: 'string' },
      open: { type: 'boolean', default: false },
      url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? 10086}` },
    },
  });
  if (!values.name || !values['admin-openid']) {
    console.error(USAGE);
    process.exit(2);
  }
  const event = {
    action: 'community.create',
    name: values.name,
    adminOpenid: values['admin-openid'],
    ...(values['admin-name'] ? { adminName: values['admin-name'] } : {}),
    acceptsNewResidents: values.open,
  };
  const res = await fetch(`${values.url}/cloud/org`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  const answer = (await res.json()) as
    | { ok: true; data: { community: { _id: string; name: string }; invite: string; created: boolean } }
    | { ok: false; error: { code: string; message: string } };
  if (!answer.ok) {
    console.error(`未能创建: ${answer.error.message} (${answer.error.code})`);
    process.exit(1);
  }
  const { community, invite, created } = answer.data;
  console.log(`${created ? '已创建' : '已存在'}社区「${community.name}」(${community._id})，首位管理员已设置。`);
  console.log(`社区邀请码: ${invite}`);
  console.log(`邀请链接（小程序页面）: ${JOIN_PAGE}?invite=${invite}`);
  console.log(`本地 H5: ${values.url}/${JOIN_PAGE}?invite=${invite}`);
}

main().catch((error) => {
  console.error('无法连接本地云，请先运行 npm start 或 npm run cloud:', error instanceof Error ? error.message : error);
  process.exit(1);
});
