// Builds the cloud functions once before the test run, so function tests exercise the same bundles
// that are deployed (dist/cloudfunctions/<name>/index.js).
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  execFileSync(process.execPath, [join(__dirname, '../../scripts/build-functions.mjs')], { stdio: 'inherit' });
};
