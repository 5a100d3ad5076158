/**
 * The open-API stand-ins (localcloud/openapi.ts), called the way functions call them: through the
 * unmodified wx-server-sdk, which posts multipart protobuf to the invocation URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../localcloud';

let lc: LocalCloud;
let dataDir: string;
let sdk: any;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'llt-openapi-'));
  lc = await startLocalCloud({ port: 0, dataDir, functionsDir: dataDir, log: () => undefined });
  Object.assign(process.env, {
    TENCENTCLOUD: 'true',
    TENCENTCLOUD_SECRETID: 'dummy',
    TENCENTCLOUD_SECRETKEY: 'dummy',
    SCF_NAMESPACE: 'localcloud',
    TCB_ENV: 'localcloud',
    SILENCE: 'true',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${lc.adminUrl}/test` }),
  });
  // Loaded after the environment above is in place, as a function instance loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  sdk = require('wx-server-sdk');
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
});
afterAll(async () => {
  await lc.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const check = (content: string) => sdk.openapi.security.msgSecCheck({ version: 2, openid: 'o1', scene: 3, content });

it('msgSecCheck v2 passes ordinary text and flags 违禁测试词 and configured words', async () => {
  expect(await check('明天停水')).toMatchObject({ errCode: 0, result: { suggest: 'pass' } });
  expect(await check('含违禁测试词的话')).toMatchObject({ errCode: 0, result: { suggest: 'risky', label: 20006 } });
  process.env.LOCAL_SEC_CHECK_WORDS = '广告, 代购';
  try {
    expect(await check('专业代购')).toMatchObject({ result: { suggest: 'risky' } });
  } finally {
    delete process.env.LOCAL_SEC_CHECK_WORDS;
  }
  expect(await check('专业代购')).toMatchObject({ result: { suggest: 'pass' } });
});

it('subscribeMessage.send lands in the outbox (durably, via GET /__outbox); fail- templates answer 43101', async () => {
  const message = { touser: 'o1', templateId: 'tpl-1', page: 'pages/home/index', data: { thing1: { value: '楼' } } };
  expect(await sdk.openapi.subscribeMessage.send(message)).toMatchObject({ errCode: 0 });
  await expect(sdk.openapi.subscribeMessage.send({ ...message, templateId: 'fail-x' })).rejects.toMatchObject({
    errCode: 43101,
  });
  const outbox = await (
    await fetch(`${lc.url}/__outbox`, { headers: { 'x-localcloud-secret': lc.internalSecret } })
  ).json();
  expect(outbox).toEqual([expect.objectContaining({ touser: 'o1', templateId: 'tpl-1', data: message.data })]);
  expect(lc.outbox()).toHaveLength(1);
  expect(lc.store.count('_outbox')).toBe(1);
});
