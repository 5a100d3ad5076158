/** The one paged list behind every list page (src/features/list/paging.ts). Pure. */
import {
  cursorForMore,
  initialPaged,
  pagedReducer,
  type PagedEvent,
  type PagedState,
  type Placement,
} from '../../src/features/list/paging';
import type { OrderView } from '../../types/orders';

const o = (id: string, createdAt: string, status: OrderView['status'] = 'submitted') =>
  ({ _id: id, createdAt, status }) as OrderView;
type Ev = PagedEvent<OrderView>;
const run = (events: Ev[], from: PagedState<OrderView> = initialPaged<OrderView>()) =>
  events.reduce<PagedState<OrderView>>(pagedReducer, from);
/** How order lists place a changed order they do not show yet. */
const newestFirst: Placement<OrderView> = { newestFirst: (x) => x.createdAt };
const changed = (order: OrderView, belongs: boolean, place: Placement<OrderView> = newestFirst): Ev => ({
  type: 'changed',
  item: order,
  belongs,
  place,
});

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
  const moved = run([changed(o('b', '2025-01-02', 'dispatched'), true)], base);
  expect(moved.items.map((x) => x.status)).toEqual(['submitted', 'dispatched']);
  expect(run([changed(o('b', '2025-01-02'), false)], base).items.map((x) => x._id)).toEqual(['c']);
  const inserted = run([changed(o('n', '2025-01-09'), true)], base);
  expect(inserted.items.map((x) => x._id)).toEqual(['n', 'c', 'b']);
  const older = run([changed(o('z', '2024-12-01'), true)], base);
  expect(older.items.map((x) => x._id)).toEqual(['c', 'b', 'z']);
});

test('an older order is not inserted past the loaded pages (it comes with the next page)', () => {
  const s = run([
    { type: 'start', mode: 'reset' },
    { type: 'page', seq: 1, page: page1 },
  ]);
  expect(run([changed(o('z', '2024-12-01'), true)], s).items).toHaveLength(2);
});

test('remove takes a card away (抢单 lost to someone else)', () => {
  const s = run([
    { type: 'start', mode: 'reset' },
    { type: 'page', seq: 1, page: page1 },
    { type: 'remove', id: 'c' },
  ]);
  expect(s.items.map((x) => x._id)).toEqual(['b']);
});

describe('placement, as points, meetings and notices lists use it', () => {
  const base = run([
    { type: 'start', mode: 'reset' },
    { type: 'page', seq: 1, page: { items: page1.items, nextCursor: 'cur-1' } },
  ]);

  test("'keep' replaces a shown record and ignores one not shown", () => {
    const s = run(
      [changed(o('b', '2025-01-02', 'closed'), true, 'keep'), changed(o('z', '2025-02-01'), true, 'keep')],
      base,
    );
    expect(s.items.map((x) => `${x._id}:${x.status}`)).toEqual(['c:submitted', 'b:closed']);
  });

  test("'first' puts a new record first whatever its date (a new award, a new item)", () => {
    const s = run([changed(o('old', '2020-01-01'), true, 'first')], base);
    expect(s.items.map((x) => x._id)).toEqual(['old', 'c', 'b']);
  });

  test("'first' still replaces in place a record already shown, never duplicating it", () => {
    const s = run([changed(o('b', '2025-01-02', 'closed'), true, 'first')], base);
    expect(s.items.map((x) => x._id)).toEqual(['c', 'b']);
  });

  test('a record that does not belong and is not shown leaves the list as it was', () => {
    expect(run([changed(o('z', '2025-02-01'), false, 'first')], base)).toBe(base);
  });
});
