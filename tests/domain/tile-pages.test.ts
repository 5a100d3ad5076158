/**
 * Every 工作台 tile opens a page the app declares (src/app.config.ts): a tile whose page is missing
 * from the config opens nothing on weapp and an empty screen on H5.
 */
import { TILES } from '../../src/features/workbench';

function appPages(): Set<string> {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown };
  g.defineAppConfig = (c) => c;
  process.env.TARO_ENV = 'weapp';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../src/app.config').default as {
    pages: string[];
    subPackages: { root: string; pages: string[] }[];
  };
  return new Set([...config.pages, ...config.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]);
}

test.each(Object.values(TILES).filter((t) => t.url))('tile $title opens a declared page ($url)', (tile) => {
  expect(appPages()).toContain((tile.url as string).replace(/^\//, '').split('?')[0]);
});
