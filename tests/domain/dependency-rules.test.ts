/**
 * The dependency rules (.dependency-cruiser.cjs) really bite: run on a fixture tree that breaks them
 * on purpose, they report each break; `npm run depcheck` runs the same rules on the real tree.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/depcruise');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function cruise(cwd: string, args: string[]): { status: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      [CLI, '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'err', ...args],
      {
        cwd,
        encoding: 'utf8',
        stdio: 'pipe',
      },
    );
    return { status: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

describe('dependency rules', () => {
  it('refuse domain code that imports wx-server-sdk or Taro, and client code that imports the SDK', () => {
    const { status, out } = cruise(FIXTURE, ['domain', 'src']);
    expect(status).not.toBe(0);
    expect(out).toContain('domain-is-plain-typescript: domain/imports-the-sdk.ts');
    expect(out).toContain('domain-is-plain-typescript: domain/imports-taro.ts');
    expect(out).toContain('client-never-imports-server-code: src/calls-server.ts');
    expect(out).not.toContain('domain/plain.ts');
  });
});
