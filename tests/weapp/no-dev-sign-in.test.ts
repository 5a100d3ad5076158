/**
 * Issue 12, point 10: the dev sign-in never ships in the mini-program. The real build (dist/weapp)
 * has no sign-in page, none of the demo people, and no code that sends `x-openid` or reaches the
 * local cloud: on weapp the identity is WeChat's own, and a claimed one must not even be possible.
 * Needs the build: `npx taro build --type weapp` (the e2e globalSetup builds it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEMO_PEOPLE } from '../../types/demo';
import { DIST } from './harness';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file a phone would load: scripts, templates, configs, styles. */
const shipped = () =>
  filesUnder(DIST).filter((f) => /\.(js|json|wxml|wxs|wxss)$/.test(f) && !f.endsWith('.LICENSE.txt'));

/** Which shipped files contain `needle`. */
const holding = (needle: string) =>
  shipped()
    .filter((f) => readFileSync(f, 'utf8').includes(needle))
    .map((f) => relative(DIST, f));

beforeAll(() => {
  if (!existsSync(join(DIST, 'app.js')))
    throw new Error('dist/weapp is missing: run `npx taro build --type weapp` first');
});

it('reads a real build (the scan can find what is there)', () => {
  expect(shipped().length).toBeGreaterThan(20);
  expect(holding('callFunction').length).toBeGreaterThan(0);
  expect(holding('pages/home/index').length).toBeGreaterThan(0);
});

it('has no sign-in page', () => {
  const app = JSON.parse(readFileSync(join(DIST, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };
  const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
  expect(pages.filter((p) => /login/i.test(p))).toEqual([]);
  expect(existsSync(join(DIST, 'pages/login'))).toBe(false);
  expect(holding('pages/login')).toEqual([]);
});

it('holds none of the demo people', () => {
  for (const person of DEMO_PEOPLE) {
    expect({ openid: person.openid, files: holding(person.openid) }).toEqual({ openid: person.openid, files: [] });
    expect({ name: person.name, files: holding(person.name) }).toEqual({ name: person.name, files: [] });
  }
});

it('has no code path that claims an identity or reaches the local cloud', () => {
  for (const needle of ['x-openid', 'llt.dev-openid', '/storage/upload', '/cloud/']) {
    expect({ needle, files: holding(needle) }).toEqual({ needle, files: [] });
  }
});
