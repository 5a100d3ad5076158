import {
  cursorForMore,
  initialList,
  listReducer,
  type ListEvent,
  type ListState,
} from '../../src/features/orders/paging';
import type { OrderView } from '../../types/orders';

const o = (id: string, createdAt: string, status: OrderView['status'] = 'submitted') =>
  ({ _id: id, createdAt, status }) as OrderView;
const run = (events: ListEvent[], from: ListState = initialList) => events.reduce(listReducer, from);

const page1 = { items: [o('c', '2025-01-03'), o('b', '2025-01-02')], nextCursor: 'cur-1' };
const page2 = { items: [o('b', '2025-01-02'), o('a', '2025-01-01')] };

test('the first page arrives; 加载更多 appends the next, without duplicates, and ends there', () => {
  let s = run([
    { type: 'start', mode: 'reset' },
    { type: 'page', seq: 1, page: page1 },
  ]);
  expect(s.items.map((x) => x._id)).toEqual(['c', 'b']);
  expect(s.loaded).toBe(true);
  expect(cursorForMore(s)).toBe('cur-1');
  s = run([{ type: 'start', mode: 'more' }], s);
  expect(cursorForMore(s)).toBeUndefined(); // no second fetch while one runs
  s = run([{ type: 'page', seq: 2, page: page2 }], s);
  expect(s.items.map((x) => x._id)).toEqual(['c', 'b', 'a']);
  expect(cursorForMore(s)).toBeUndefined();
});

test('a slow answer to an older fetch (filter changed meanwhile) is dropped', () => {
  const s = run([
    { type: 'start', mode: 'reset' },
    { type: 'start', mode: 'reset' },
    { type: 'page', seq: 2, page: { items: [o('new', '2025-01-05')] } },
    { type: 'page', seq: 1, page: page1 },
    { type: 'fail', seq: 1, error: { code: 'INTERNAL', message: 'x' } },
  ]);
  expect(s.items.map((x) => x._id)).toEqual(['new']);
  expect(s.error).toBeUndefined();
});

test('pull-down refresh keeps the list on screen, then replaces it', () => {
  let s = run([
    { type: 'start', mode: 'reset' },
    { type: 'page', seq: 1, page: page1 },
  ]);
  s = run([{ type: 'start', mode: 'refresh' }], s);
  expect(s.phase).toBe('refreshing');
  expect(s.items).toHaveLength(2);
  s = run([{ type: 'page', seq: 2, page: { items: [o('d', '2025-01-04')] } }], s);
  expect(s.items.map((x) => x._id)).toEqual(['d']);
  expect(s.nextCursor).toBeUndefined();
});

test('a failure keeps what was shown and says why; the next page can be tried again', () => {
  let s = run([
    { type: 'start', mode: 'reset' },
    { type: 'page', seq: 1, page: page1 },
    { type: 'start', mode: 'more' },
  ]);
  s = run([{ type: 'fail', seq: 2, error: { code: 'INTERNAL', message: '网络不给力，请稍后再试' } }], s);
  expect(s.items).toHaveLength(2);
  expect(s.error?.message).toBe('网络不给力，请稍后再试');
  expect(cursorForMore(s)).toBe('cur-1');
});

test('an order changed elsewhere is replaced in place, dropped when it no longer belongs, or inserted by date', () => {
  const base = run([
    { type: 'start', mode: 'reset' },
    { type: 'page', seq: 1, page: { items: page1.items } },
  ]);
  const moved = run([{ type: 'changed', order: o('b', '2025-01-02', 'dispatched'), belongs: true }], base);
  expect(moved.items.map((x) => x.status)).toEqual(['submitted', 'dispatched']);
  expect(run([{ type: 'changed', order: o('b', '2025-01-02'), belongs: false }], base).items.map((x) => x._id)).toEqual(
    ['c'],
  );
  const inserted = run([{ type: 'changed', order: o('n', '2025-01-09'), belongs: true }], base);
  expect(inserted.items.map((x) => x._id)).toEqual(['n', 'c', 'b']);
  const older = run([{ type: 'changed', order: o('z', '2024-12-01'), belongs: true }], base);
  expect(older.items.map((x) => x._id)).toEqual(['c', 'b', 'z']);
});

test('an older order is not inserted past the loaded pages (it comes with the next page)', () => {
  const s = run([
    { type: 'start', mode: 'reset' },
    { type: 'page', seq: 1, page: page1 },
  ]);
  expect(run([{ type: 'changed', order: o('z', '2024-12-01'), belongs: true }], s).items).toHaveLength(2);
});

test('remove takes a card away (抢单 lost to someone else)', () => {
  const s = run([
    { type: 'start', mode: 'reset' },
    { type: 'page', seq: 1, page: page1 },
    { type: 'remove', id: 'c' },
  ]);
  expect(s.items.map((x) => x._id)).toEqual(['b']);
});
