/**
 * `npm run unit:setup -- --unit <id> --name <单位名称> [--kind organ|institution|enterprise|other]
 *   --community <社区id> [--community <社区id> …] [--admin-openid <openid>]`
 *
 * Creates or updates a 共建单位 (the communities it pairs with: its in-service party members may
 * register there) and, with --admin-openid, makes that person its 共建单位管理员 (unit_admin), through
 * the `party` function's unit.setup against the running local cloud (`--url` to point elsewhere). It
 * calls without an openid, which only an operator can. In the WeChat cloud make the same call from
 * the 云开发控制台 (云函数 › party › 云端测试) — see README, 部署.
 */
import { parseArgs } from 'node:util';

const USAGE =
  '用法: npm run unit:setup -- --unit <单位id> --name <单位名称> [--kind organ] --community <社区id> [--community …] [--admin-openid <openid>] [--url <本地云地址>]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      unit: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string', default: 'organ' },
      community: { type: 'string', multiple: true },
      'admin-openid': { type: 'string' },
      url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? 10086}` },
    },
  });
  if (!values.unit || !values.name || !values.community?.length) {
    console.error(USAGE);
    process.exit(2);
  }
  const event = {
    action: 'unit.setup',
    unitId: values.unit,
    name: values.name,
    kind: values.kind,
    communityIds: values.community,
    ...(values['admin-openid'] ? { adminOpenid: values['admin-openid'] } : {}),
  };
  const res = await fetch(`${values.url}/cloud/party`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  const answer = (await res.json()) as
    | { ok: true; data: { unitId: string; adminUserId?: string } }
    | { ok: false; error: { code: string; message: string } };
  if (!answer.ok) {
    console.error(`未能设置: ${answer.error.message} (${answer.error.code})`);
    process.exit(1);
  }
  const admin = answer.data.adminUserId ? `，管理员 ${answer.data.adminUserId}` : '';
  console.log(`共建单位 ${answer.data.unitId} 已设置${admin}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
