/**
 * Dependency rules (issue #2, point 8): business rules stay plain TypeScript.
 * - domain/ and types/ import neither wx-server-sdk nor Taro (nor React, nor the client).
 * - the client (src/) never imports wx-server-sdk, function code or the local cloud.
 * - only src/services/ talks to the cloud (Taro.cloud / fetch of /cloud) — checked by a test.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-plain-typescript',
      severity: 'error',
      comment: 'Domain and shared types must run anywhere: no SDK, no Taro, no React.',
      from: { path: '^(domain|types)/' },
      to: { path: '(^|/)node_modules/(wx-server-sdk|@tarojs|react|react-dom|@nutui)/' },
    },
    {
      name: 'domain-does-not-reach-out',
      severity: 'error',
      from: { path: '^(domain|types)/' },
      to: { path: '^(src|cloudfunctions|localcloud|scripts)/' },
    },
    {
      name: 'client-never-imports-server-code',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(cloudfunctions|localcloud|scripts)/|(^|/)node_modules/wx-server-sdk/' },
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
