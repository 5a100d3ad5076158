// Builds everything the e2e set runs against, so it never tests a stale build: the cloud
// functions (the lead's script), the H5 client and the weapp client. With Taro's webpack cache
// warm the two client builds take ~4–6 s each; cold, ~15–35 s.
// E2E_SKIP_BUILD=1 skips this when CI has just built (npm run build:weapp && npm run build:h5).
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '../../..');
// jest sets NODE_ENV=test, which makes babel emit CommonJS and breaks the Taro bundles.
const env = { ...process.env, NODE_ENV: 'production', BABEL_ENV: 'production' };

function run(label, args) {
  const started = Date.now();
  try {
    execFileSync(process.execPath, args, { cwd: ROOT, env, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const out = `${error.stdout ?? ''}\n${error.stderr ?? ''}`;
    throw new Error(`e2e setup: ${label} failed\n${out.slice(-4000)}`);
  }
  process.stdout.write(`e2e setup: ${label} ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

module.exports = async function globalSetup() {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const taro = join(ROOT, 'node_modules/@tarojs/cli/bin/taro');
  run('cloud functions', [join(ROOT, 'scripts/build-functions.mjs')]);
  run('taro build --type h5', [taro, 'build', '--type', 'h5']);
  run('taro build --type weapp', [taro, 'build', '--type', 'weapp']);
};
