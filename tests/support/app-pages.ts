/** The pages of src/app.config.ts (main package and subpackages), as `root/page` paths, for tests. */
export function appPages(): Set<string> {
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
