/**
 * Runs the local cloud in the foreground:
 *   node --import tsx localcloud/cli.ts
 * Environment: PORT (default 10086; 0 picks a free one), DATA_DIR (default .data),
 * FUNCTIONS_DIR (default dist/cloudfunctions), STATIC_DIR (optional H5 build),
 * MAX_INSTANCES (default 2 per CPU core, at least 4), COLLECTIONS (optional, comma-separated, ensured at start),
 * INDEXES_FILE (default deploy/indexes.json), LOCALCLOUD_STRICT_INDEXES (see store.ts).
 * Prints `local cloud ready at <url>` once it answers; SIGTERM / SIGINT close it cleanly.
 */
import { readIndexFile } from './index-catalog';
import { startLocalCloud } from './index';

async function main(): Promise<void> {
  const env = process.env;
  const cloud = await startLocalCloud({
    port: env.PORT !== undefined && env.PORT !== '' ? Number(env.PORT) : 10086,
    dataDir: env.DATA_DIR || '.data',
    functionsDir: env.FUNCTIONS_DIR || 'dist/cloudfunctions',
    staticDir: env.STATIC_DIR || undefined,
    indexes: env.INDEXES_FILE ? readIndexFile(env.INDEXES_FILE) : undefined,
    collections: env.COLLECTIONS
      ? env.COLLECTIONS.split(',')
          .map((c) => c.trim())
          .filter(Boolean)
      : [],
  });
  console.log(`local cloud ready at ${cloud.url}`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`local cloud stopping (${signal})`);
    cloud.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`local cloud failed to start: ${(error as Error)?.message ?? String(error)}`);
  process.exit(1);
});
