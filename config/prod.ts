import type { UserConfigExport } from '@tarojs/cli';

/** `taro build` (NODE_ENV=production): minified; Taro's defaults are right for both targets. */
export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
