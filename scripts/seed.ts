/**
 * `npm run seed`: resets a data directory to the demo community.
 * Deletes ${DATA_DIR:-.data} (only with --reset, to avoid surprises), then seeds it afresh.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore } from '../localcloud';
import { COLLECTIONS } from '../types/collections';
import { seedDemo } from './demo-seed';
import { writeDemoFiles } from './demo-seed-notices';
import { repairDemoData } from './demo-repair';

async function main(): Promise<void> {
  const dataDir = resolve(__dirname, '..', process.env.DATA_DIR ?? '.data');
  if (existsSync(dataDir)) {
    if (!process.argv.includes('--reset')) {
      console.error(`${dataDir} 已存在。要清空并重新写入示范数据，请运行: npm run seed -- --reset`);
      process.exit(1);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  const store = await openStore(dataDir);
  for (const name of COLLECTIONS) await store.ensureCollection(name);
  await seedDemo(store);
  writeDemoFiles(dataDir);
  repairDemoData(store); // the department demo (demo-transfers.ts)
  await store.close();
  console.log(`已重置 ${dataDir} 为示范社区数据`);
}

main().catch((error) => {
  console.error('写入失败:', error instanceof Error ? error.message : error);
  process.exit(1);
});
