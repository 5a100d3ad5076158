// Unit and local-cloud integration tests. End-to-end browser tests live in jest.e2e.config.js.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // tests/weapp needs a built dist/weapp: it runs with the e2e set (jest.e2e.config.js), which builds first.
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/', '/tests/weapp/'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2020',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    // Client component tests (tests/client): stylesheets are nothing to jsdom. First, so that an
    // aliased stylesheet ('@/components/forms.scss') is stubbed too.
    '\\.(css|scss)$': '<rootDir>/tests/client/stubs/style.js',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  testTimeout: 60000,
  globalSetup: '<rootDir>/tests/support/global-setup.js',
};
