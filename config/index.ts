/**
 * Taro build config shared by weapp and H5. `taro build --type weapp` → dist/weapp,
 * `--type h5` → dist/h5 (served by the local cloud, which also answers POST /cloud/<name>).
 *
 * The WeChat cloud environment id lives ONLY in config/cloud-env.json and reaches the client as
 * the compile-time constant CLOUD_ENV_ID (see config/README.md).
 */
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import cloudEnv from './cloud-env.json';
import { shareH5Chunks } from './h5-chunks';

const root = path.resolve(__dirname, '..');

/**
 * Rules whose selector contains these keep px as real CSS px instead of rpx/rem: the text tiers
 * (src/app.scss `.fs-17` …), because 长辈模式 needs body text ≥ 23.8 CSS px on any screen width.
 * (Writing `PX` would also do it, but Prettier lowercases units.)
 */
const REAL_PX_SELECTORS = ['.fs-'];

/** Plain TypeScript shared with the functions; .dependency-cruiser.cjs keeps it free of Node, SDK and Taro. */
const SHARED = [path.resolve(root, 'types'), path.resolve(root, 'domain')];

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linlitong',
    date: '2025-1-1',
    // NutUI is drawn on a 375 px canvas; our own styles on WeChat's usual 750 px one.
    designWidth(input) {
      const file = typeof input === 'object' && input ? input.file : undefined;
      if (file && file.replace(/\\+/g, '/').includes('@nutui')) return 375;
      return 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    // NutUI React Taro renders some HTML tags (div in Button/Cell, i for icons); without this
    // plugin those nodes have no weapp template and silently vanish (button text, icons).
    plugins: ['@tarojs/plugin-html'],
    defineConstants: {
      CLOUD_ENV_ID: JSON.stringify(cloudEnv.envId),
      // The domain set up for 扫普通链接二维码打开小程序 (README, 部署 9); '' → no printed QR on weapp.
      INVITE_LINK_ORIGIN: JSON.stringify(process.env.TARO_APP_INVITE_ORIGIN ?? ''),
    },
    alias: {
      '@': path.resolve(root, 'src'),
    },
    // The weapp <map>'s marker icons must be files in the package (drawn by src/assets/map/make-pins.mjs).
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'src/assets/map/', to: 'dist/weapp/assets/map/', ignore: ['**/*.mjs'] }]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    // Persistent webpack cache for H5 only: rebuilds drop from ~13 s to ~4 s (DESIGN.md). Not for
    // weapp: a warm weapp build kept emitting the old code of modules shared by two or more
    // subpackages (Taro's sub-common chunks) after they were edited, so a developer's build:weapp
    // could upload stale code (found by the weapp simulate tests; only rm -rf node_modules/.cache
    // cured it). A cold weapp build costs ~30 s; a stale upload costs a release.
    cache: { enable: process.env.TARO_ENV === 'h5' },
    mini: {
      // types/ (zod schemas) and domain/ (the rules) are shared with the cloud functions and sit
      // outside src: compile them too, so the client calls the one definition of each rule.
      compile: { include: SHARED },
      // NutUI component CSS is order-independent; don't warn about its order across subpackages.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: { selectorBlackList: REAL_PX_SELECTORS } },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // The local cloud serves index.html for unknown paths, so clean browser URLs work on reload.
      router: { mode: 'browser' },
      // NutUI ships modern syntax; let Taro compile it for H5.
      esnextModules: ['nutui-react'],
      compile: { include: SHARED },
      // Libraries in shared chunks instead of a copy per page (h5-chunks.ts).
      webpackChain: shareH5Chunks,
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        pxtransform: { enable: true, config: { selectorBlackList: REAL_PX_SELECTORS } },
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
