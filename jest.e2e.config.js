// End-to-end tests: the H5 build in Debian's Chromium against the local cloud (tests/e2e), and the
// weapp build in miniprogram-simulate (tests/weapp). globalSetup builds what they run against.
// Run: npm run test:e2e   (jest -c jest.e2e.config.js --runInBand)
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e', '<rootDir>/tests/weapp'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' }, module: { type: 'commonjs' } },
    ],
  },
  globalSetup: '<rootDir>/tests/e2e/support/global-setup.js',
  testTimeout: 120000,
};
