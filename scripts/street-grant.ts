/**
 * `npm run street:grant -- --openid <openid> --community <id> [--community <id> …] [--revoke]`
 *
 * Makes a person 街道管理员 over the listed communities (they see each one's 数据看板 and the sum),
 * through the `org` function's street.grant against the running local cloud (`--url` to point
 * elsewhere). It calls without an openid, which only an operator can. In the WeChat cloud make the
 * same call from the 云开发控制台 (云函数 › org › 云端测试) — see README, 部署.
 */
import { parseArgs } from 'node:util';

const USAGE =
  '用法: npm run street:grant -- --openid <openid> --community <社区id> [--community <社区id> …] [--revoke] [--url <本地云地址>]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      openid: { type: 'string' },
      community: { type: 'string', multiple: true },
      revoke: { type: 'boolean', default: false },
      url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? 10086}` },
    },
  });
  if (!values.openid || !values.community?.length) {
    console.error(USAGE);
    process.exit(2);
  }
  const event = {
    action: 'street.grant',
    openid: values.openid,
    communityIds: values.community,
    revoke: values.revoke,
  };
  const res = await fetch(`${values.url}/cloud/org`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  const answer = (await res.json()) as
    | { ok: true; data: { userId: string; communityIds: string[] } }
    | { ok: false; error: { code: string; message: string } };
  if (!answer.ok) {
    console.error(`未能授予: ${answer.error.message} (${answer.error.code})`);
    process.exit(1);
  }
  console.log(`街道管理员 ${answer.data.userId} 现管辖社区: ${answer.data.communityIds.join(', ') || '无'}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
