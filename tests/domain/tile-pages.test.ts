/**
 * Every 工作台 tile opens a page the app declares (src/app.config.ts): a tile whose page is missing
 * from the config opens nothing on weapp and an empty screen on H5.
 */
import { TILES } from '../../src/features/workbench';
import { appPages } from '../support/app-pages';

test.each(Object.values(TILES).filter((t) => t.url))('tile $title opens a declared page ($url)', (tile) => {
  expect(appPages()).toContain((tile.url as string).replace(/^\//, '').split('?')[0]);
});
