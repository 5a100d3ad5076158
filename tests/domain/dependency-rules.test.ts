/**
 * The dependency rules (.dependency-cruiser.cjs) really bite: run on a fixture tree that breaks them
 * on purpose (tests/fixtures/depcruise, one file per rule), each rule reports its own break;
 * `npm run depcheck` runs the same rules on the real tree.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/depcruise');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CONFIG = require('../../.dependency-cruiser.cjs') as { forbidden: { name: string }[] };

function cruise(cwd: string, args: string[]): { status: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      [CLI, '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err', ...args],
      { cwd, encoding: 'utf8', stdio: 'pipe' },
    );
    return { status: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

/** Each rule, and the fixture file that breaks it (and nothing else). */
const BREAKS: Record<string, string[]> = {
  'domain-uses-no-node-builtins': ['domain/imports-node-crypto.ts', 'types/imports-fs.ts'],
  'domain-uses-no-server-sdk': ['domain/imports-the-sdk.ts'],
  'domain-uses-no-client-framework': ['domain/imports-taro.ts'],
  'domain-does-not-import-the-client': ['domain/imports-the-client.ts'],
  'domain-does-not-import-functions': ['domain/imports-a-function.ts'],
  'client-never-imports-server-code': ['src/calls-server.ts'],
  'functions-never-import-the-client': ['cloudfunctions/orders/imports-taro.ts'],
  'functions-do-not-import-each-other': [
    'cloudfunctions/meetings/imports-orders.ts',
    'cloudfunctions/_shared/imports-a-function.ts',
  ],
};

describe('dependency rules', () => {
  const { status, out } = cruise(FIXTURE, ['domain', 'types', 'src', 'cloudfunctions']);
  /** "rule: from → to" lines of the report. */
  const reported = out.split('\n').filter((line) => /^\s*error /.test(line));

  it('fail the run on the fixture tree', () => expect(status).not.toBe(0));

  it('every rule has a fixture that breaks it', () => {
    expect(Object.keys(BREAKS).sort()).toEqual(CONFIG.forbidden.map((r) => r.name).sort());
  });

  it.each(Object.entries(BREAKS))('%s reports exactly its fixtures', (rule, files) => {
    const byRule = reported.filter((line) => line.includes(`${rule}:`));
    for (const file of files) expect(byRule.some((line) => line.includes(`${rule}: ${file}`))).toBe(true);
    expect(byRule).toHaveLength(files.length);
  });

  it('leave plain code alone', () => {
    expect(out).not.toContain('domain/plain.ts');
    expect(out).not.toContain('cloudfunctions/orders/helper.ts →');
    expect(out).not.toContain('cloudfunctions/orders/uses-shared.ts →');
  });
});
