/**
 * `npm start`: builds the cloud functions and the H5 app, then serves both from one local port
 * (http://127.0.0.1:${PORT:-10086}) with the local cloud, data in ${DATA_DIR:-.data}.
 * `npm run cloud` (--cloud-only): the local cloud alone, no H5 build.
 * On first start with an empty data directory the demo community is seeded.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { startLocalCloud } from '../localcloud';
import { COLLECTIONS } from '../types/collections';
import { seedDemo } from './demo-seed';
import { writeDemoFiles } from './demo-seed-notices';
import { repairDemoData } from './demo-repair';
import { fillStats, startTimers } from './timers';
import { handOverDemoItem } from './demo-mall';
import { uploadOwner } from './upload-owner';

const root = resolve(__dirname, '..');
const cloudOnly = process.argv.includes('--cloud-only');
const port = Number(process.env.PORT ?? 10086);
const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

async function main(): Promise<void> {
  let freshlySeeded = false;
  run(process.execPath, [join(root, 'scripts/build-functions.mjs')]);
  if (!cloudOnly) run(process.execPath, [join(root, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', 'h5']);
  const cloud = await startLocalCloud({
    port,
    dataDir,
    functionsDir: join(root, 'dist/cloudfunctions'),
    staticDir: cloudOnly ? undefined : join(root, 'dist/h5'),
    collections: [...COLLECTIONS],
    seedIfEmpty: async (store) => {
      freshlySeeded = true;
      await seedDemo(store);
      writeDemoFiles(dataDir);
      console.log('已写入示范社区 (demo community seeded)');
    },
    log: (line) => console.log(line),
    uploadOwner,
  });
  const repaired = repairDemoData(cloud.store);
  if (repaired) console.log(`已修复或补充 ${repaired} 条数据（一键求助的文字不含姓名住址；部门转交示范）`);
  await fillStats(cloud.url, (line) => console.log(line));
  // After the counters are filled: the hand-over moves this month's, and a fill skips a community
  // that has counters already.
  if (freshlySeeded) console.log(await handOverDemoItem(cloud.url));
  console.log(`邻里通本地云已启动: ${cloud.url}  (data: ${dataDir})`);
  const stopTimers = startTimers(cloud.url, join(root, 'dist/cloudfunctions'), (line) => console.log(line));
  const stop = async () => {
    stopTimers();
    await cloud.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error('启动失败:', error instanceof Error ? error.message : error);
  process.exit(1);
});
