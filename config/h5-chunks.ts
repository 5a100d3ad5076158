/**
 * How the H5 build splits its JavaScript. Taro's own H5 default splits only *initial* chunks
 * (`chunks: 'initial'`), and every page is an async chunk of the router, so each page bundled its
 * own copy of zod, Taro's view core and the NutUI components it uses: ~30 copies, 8.4 MB of JS.
 * Here the libraries live in shared chunks that every page reuses and the browser caches once:
 *  - `framework`: react, react-dom and Taro (runtime, router, components) — every page needs them;
 *  - `lib`: zod and dayjs (the shared schemas and dates of types/ and domain/);
 *  - `nutui`: the NutUI components, one chunk however many pages use them;
 *  - our own modules (src/, types/, domain/) used by two or more pages: shared chunks webpack names.
 * Only the H5 build uses this; the weapp build keeps Taro's mini-program splitting (main package
 * size is WeChat's limit).
 */
/** The part of Taro's webpack-chain object this file touches. */
interface WebpackChain {
  optimization: { splitChunks(value: typeof H5_SPLIT_CHUNKS): unknown };
}

const inNodeModules = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

export const H5_SPLIT_CHUNKS = {
  chunks: 'all' as const,
  // Shared pieces of our own code smaller than this stay copied into the pages that use them:
  // one request fewer weighs more than a few KB counted twice.
  minSize: 8_000,
  cacheGroups: {
    default: false as const,
    defaultVendors: false as const,
    framework: {
      name: 'framework',
      test: inNodeModules('react|react-dom|scheduler|@tarojs'),
      priority: 100,
      enforce: true,
    },
    lib: { name: 'lib', test: inNodeModules('zod|dayjs'), priority: 90, enforce: true },
    nutui: { name: 'nutui', test: inNodeModules('@nutui'), priority: 80, enforce: true },
    vendors: { test: inNodeModules('.+?'), minChunks: 2, priority: 10, reuseExistingChunk: true },
    common: { minChunks: 2, priority: 1, reuseExistingChunk: true },
  },
};

export function shareH5Chunks(chain: WebpackChain): void {
  chain.optimization.splitChunks(H5_SPLIT_CHUNKS);
}
