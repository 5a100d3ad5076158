/**
 * Dependency rules (issue #2, point 8): business rules stay plain TypeScript.
 * - domain/ and types/ import no Node built-in, neither wx-server-sdk nor Taro (nor React), and
 *   neither the client nor function code: they run in the client builds and in every function.
 * - the client (src/) never imports wx-server-sdk, function code or the local cloud.
 * - a function never imports another function's folder, and _shared/ imports none.
 * - only src/services/ talks to the cloud (Taro.cloud / fetch of /cloud) — checked by a test.
 */
module.exports = {
  forbidden: [
    // domain/ and types/ are compiled into both client builds (config/index.ts compile.include) and
    // bundled into every function: they must run in a mini-program, a browser and Node alike.
    {
      name: 'domain-uses-no-node-builtins',
      severity: 'error',
      comment:
        'No node:crypto, fs, path… (the weapp and H5 builds have none). Hashing lives in cloudfunctions/_shared/ids/.',
      from: { path: '^(domain|types)/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-uses-no-server-sdk',
      severity: 'error',
      comment: 'The cloud SDK exists only inside a cloud function.',
      from: { path: '^(domain|types)/' },
      to: { path: '(^|/)node_modules/wx-server-sdk/' },
    },
    {
      name: 'domain-uses-no-client-framework',
      severity: 'error',
      comment: 'No Taro, React or NutUI: the functions bundle domain/ too.',
      from: { path: '^(domain|types)/' },
      to: { path: '(^|/)node_modules/(@tarojs|react|react-dom|@nutui)/' },
    },
    {
      name: 'domain-does-not-import-the-client',
      severity: 'error',
      from: { path: '^(domain|types)/' },
      to: { path: '^src/' },
    },
    {
      name: 'domain-does-not-import-functions',
      severity: 'error',
      from: { path: '^(domain|types)/' },
      to: { path: '^(cloudfunctions|localcloud|scripts)/' },
    },
    {
      name: 'client-never-imports-server-code',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(cloudfunctions|localcloud|scripts)/|(^|/)node_modules/wx-server-sdk/' },
    },
    // Each function folder is deployed alone; what two functions share lives in domain/ or in
    // cloudfunctions/_shared/<whose>/ (issue #9, point 5). _shared itself imports no function folder.
    {
      name: 'functions-do-not-import-each-other',
      severity: 'error',
      from: { path: '^cloudfunctions/([^/]+)/' },
      to: {
        path: '^cloudfunctions/[^/]+/',
        pathNot: ['^cloudfunctions/$1/', '^cloudfunctions/_shared/'],
      },
    },
    {
      name: 'functions-never-import-the-client',
      severity: 'error',
      from: { path: '^cloudfunctions/' },
      to: { path: '^(src|localcloud)/|(^|/)node_modules/@tarojs/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)dist/' },
  },
};
