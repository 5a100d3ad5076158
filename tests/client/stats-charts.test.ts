/**
 * The 数据看板's charts are built from the `stats` answer (src/features/stats/charts.ts): each
 * chart's series and categories, and the table of the same numbers beside it.
 */
import { axisMax, categoryChart, chartFontSize, placeChart, trendChart } from '../../src/features/stats/charts';
import type { Dashboard } from '../../types/stats';

type Figures = Dashboard['current'];
const slice = (key: string, label: string, count: number) => ({ key, label, count });
const figures = (over: Partial<Figures>): Figures => over as Figures;

test('the trend: one column per month, the months as categories, 解决率 in the table', () => {
  const trend = [
    { month: 'm2026-10', label: '10', orders: 4, resolution: 75 },
    { month: 'm2026-11', label: '11', orders: 0, resolution: null },
    { month: 'm2026-12', label: '12', orders: 7, resolution: 100 },
  ];
  const spec = trendChart({ trend }, 15);
  expect(spec.drawable).toBe(true);
  expect(spec.options.type).toBe('column');
  expect(spec.options.categories).toEqual(['10', '11', '12']);
  expect(spec.options.series).toHaveLength(1);
  expect(spec.options.series[0].data).toEqual([4, 0, 7]);
  expect(spec.options.fontSize).toBe(15);
  // 4 grid lines of whole 件: the top is the next multiple of 4 above the highest month.
  expect(spec.options.yAxis!.data[0]).toMatchObject({ min: 0, max: 8 });
  expect(spec.table.head).toEqual(['月份', '件数', '解决率']);
  expect(spec.table.rows.map((r) => r.cells)).toEqual([
    ['2026年10月', '4', '75%'],
    ['2026年11月', '0', '—'],
    ['2026年12月', '7', '100%'],
  ]);
  expect(trendChart({ trend: trend.map((m) => ({ ...m, orders: 0 })) }, 15).drawable).toBe(false);
});

test('the category split: a ring of the categories with orders, shares in the table', () => {
  const current = figures({
    byCategory: [slice('repair', '维修', 3), slice('help', '帮办', 0), slice('care', '关爱', 1)],
  });
  const spec = categoryChart({ current }, 14);
  expect(spec.options.type).toBe('ring');
  expect(spec.options.series[0].data).toEqual([
    { name: '维修', value: 3 },
    { name: '关爱', value: 1 },
  ]);
  expect(spec.table.rows.map((r) => r.cells)).toEqual([
    ['维修', '3', '75%'],
    ['关爱', '1', '25%'],
  ]);
  expect(categoryChart({ current: figures({ byCategory: [slice('help', '帮办', 0)] }) }, 14).drawable).toBe(false);
});

test('the grid comparison: this period beside the previous one, matched by grid, not by position', () => {
  const current = figures({
    byPlace: [
      { ...slice('g1', '第一网格', 5), resolution: 80 },
      { ...slice('g2', '第二网格', 2), resolution: null },
    ],
  });
  // The previous period lists the grids in another order, and one has no orders at all.
  const before = figures({ byPlace: [{ ...slice('g2', '第二网格', 6), resolution: 50 }] });
  const spec = placeChart({ current, before, communityId: 'c1' }, 14);
  expect(spec.title).toContain('按网格');
  expect(spec.options.categories).toEqual(['第一网格', '第二网格']);
  expect(spec.options.series.map((s) => [s.name, s.data])).toEqual([
    ['本期', [5, 2]],
    ['上期', [0, 6]],
  ]);
  expect(spec.table.rows.map((r) => r.cells)).toEqual([
    ['第一网格', '5', '0', '80%'],
    ['第二网格', '2', '6', '—'],
  ]);
  expect(spec.options.yAxis!.data[0].max).toBe(8);
  // A 街道's sum compares communities.
  expect(placeChart({ current, before, communityId: null }, 14).table.head[0]).toBe('社区');
});

test('the axis top is a whole multiple of its 4 steps, at least 4', () => {
  expect(axisMax([])).toBe(4);
  expect(axisMax([0, 0])).toBe(4);
  expect(axisMax([3])).toBe(4);
  expect(axisMax([11, 7])).toBe(12);
  expect(axisMax([16])).toBe(16);
});

test('chart text follows the page’s type size and never gets smaller than 13 px', () => {
  expect(chartFontSize(17)).toBe(14);
  expect(chartFontSize(28)).toBe(24);
  expect(chartFontSize(10)).toBe(13);
});
