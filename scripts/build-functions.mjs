#!/usr/bin/env node
/**
 * Bundles each cloud function (cloudfunctions/<name>/index.ts, folders not starting with "_") into
 * one deployable folder: <out>/<name>/{index.js, package.json, config.json}. wx-server-sdk stays
 * external: the WeChat cloud installs it from the folder's package.json (pinned to the exact
 * version the root package.json pins), and the local cloud resolves it from node_modules.
 *
 *   node scripts/build-functions.mjs [--out dist/cloudfunctions]
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const outDir = resolve(root, outArg > 0 ? process.argv[outArg + 1] : 'dist/cloudfunctions');
const sdkVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies['wx-server-sdk'];

const sourceDir = join(root, 'cloudfunctions');
const names = readdirSync(sourceDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(sourceDir, d.name, 'index.ts')))
  .map((d) => d.name);

const started = Date.now();
await Promise.all(
  names.map(async (name) => {
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: [join(sourceDir, name, 'index.ts')],
      outfile: join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16', // the oldest runtime the WeChat cloud still offers
      format: 'cjs',
      external: ['wx-server-sdk'],
      minify: false,
      sourcemap: false,
      logLevel: 'warning',
    });
    const pkg = {
      name,
      version: '1.0.0',
      private: true,
      main: 'index.js',
      dependencies: { 'wx-server-sdk': sdkVersion },
    };
    writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
    copyFileSync(join(sourceDir, name, 'config.json'), join(dir, 'config.json'));
  }),
);
console.log(`built ${names.length} cloud functions (${names.join(', ')}) into ${outDir} in ${Date.now() - started} ms`);
