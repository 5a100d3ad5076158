/**
 * @jest-environment jsdom
 *
 * One look for every feature: no page or component imports another feature's stylesheet (shared
 * looks live in src/components/*.scss), and status colours are painted only by StatusTag from the
 * one palette (src/components/status.ts), never restated in a feature's stylesheet.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { render } from '@testing-library/react';
import { StatusTag } from '../../src/components/StatusTag';
import { STATUS_PALETTE } from '../../src/components/status';

jest.mock('@nutui/nutui-react-taro', () => jest.requireActual('./stubs/nutui'));

const SRC = join(__dirname, '../../src');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** Admin pages belong to the feature they manage. */
const ADMIN: Record<string, string> = {
  dispatch: 'orders',
  orders: 'orders',
  overdue: 'orders',
  items: 'points',
  'member-points': 'points',
  points: 'points',
  verify: 'points',
  org: 'org',
  // 房间与预约 manages the places' rooms
  rooms: 'places',
};
const SAME: Record<string, string> = { tasks: 'orders' };

/** The feature a file belongs to, or null for what is shared (src/components/*, app.scss). */
export function featureOf(file: string): string | null {
  const parts = relative(SRC, file).split('/');
  if (parts[0] === 'components') return parts.length > 2 ? parts[1] : null;
  if (parts[0] === 'packages') return parts[1] === 'admin' ? ADMIN[parts[2]] : (SAME[parts[1]] ?? parts[1]);
  if (parts[0] === 'pages') return `page:${parts[1]}`;
  return null;
}

function stylesheetImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/import\s+'([^']+\.scss)'/g)].map(([, spec]) =>
    spec.startsWith('@/') ? join(SRC, spec.slice(2)) : resolve(dirname(file), spec),
  );
}

test('featureOf tells features apart (the rule below can fail)', () => {
  expect(featureOf(join(SRC, 'packages/points/board/index.tsx'))).toBe('points');
  expect(featureOf(join(SRC, 'components/orders/orders.scss'))).toBe('orders');
  expect(featureOf(join(SRC, 'packages/admin/verify/index.tsx'))).toBe('points');
  expect(featureOf(join(SRC, 'components/forms.scss'))).toBeNull();
});

test('no page or component imports another feature’s stylesheet', () => {
  const crossings = files(SRC, /\.tsx?$/).flatMap((file) =>
    stylesheetImports(file)
      .filter((sheet) => featureOf(sheet) !== null && featureOf(sheet) !== featureOf(file))
      .map((sheet) => `${relative(SRC, file)} → ${relative(SRC, sheet)}`),
  );
  expect(crossings).toEqual([]);
});

test('no stylesheet restates status pills: tone modifiers live only in the palette', () => {
  // The old way: `.order-status--wait { color; background }` in a feature's stylesheet.
  const TONE_MODIFIER = new RegExp(`--(${Object.keys(STATUS_PALETTE).join('|')})\\b`);
  const restated = files(SRC, /\.scss$/)
    .filter((sheet) => TONE_MODIFIER.test(readFileSync(sheet, 'utf8')))
    .map((sheet) => relative(SRC, sheet));
  expect(restated).toEqual([]);
});

test('StatusTag paints a NutUI Tag with its tone’s palette colours', () => {
  const { container } = render(<StatusTag tone="wait">待派单</StatusTag>);
  const tag = container.querySelector('.nut-tag.status-tag') as HTMLElement;
  expect(tag.textContent).toBe('待派单');
  expect(tag.style.color).toBe('rgb(138, 90, 0)'); // #8a5a00
  expect(tag.style.background).toContain('rgb(255, 243, 214)'); // #fff3d6
});
