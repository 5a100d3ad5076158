/**
 * The 数据看板's three charts, built from the `stats` answer: what each chart draws (uCharts
 * options, without the canvas, size and pixel ratio the page adds) and, from the same numbers, the
 * table beside it, so every figure in a chart can also be read as text — by someone who finds the
 * chart too small and by a screen reader (the canvas itself is a picture to them). Pure
 * (tests/client/stats-charts.test.ts).
 */
import type { Dashboard } from '../../../types/stats';

/** The part of uCharts' options these charts use (see @qiun/ucharts: `new uCharts(opts)`). */
export interface ChartOptions {
  type: 'column' | 'ring';
  categories?: string[];
  series: { name: string; data: number[] | { name: string; value: number }[]; color?: string }[];
  color: string[];
  /** CSS px, multiplied by the pixel ratio when drawn. */
  fontSize: number;
  legend: { show: boolean; fontSize: number; lineHeight: number };
  dataLabel: boolean;
  xAxis?: { fontSize: number; disableGrid: boolean; rotateLabel?: boolean; rotateAngle?: number };
  yAxis?: { data: { min: number; max: number; fontSize: number }[]; splitNumber: number };
  extra: Record<string, unknown>;
}

export interface ChartTable {
  head: string[];
  rows: { key: string; cells: string[] }[];
}

export interface ChartSpec {
  /** What the chart shows, in words (the canvas's label for screen readers). */
  title: string;
  /** false: nothing to draw (no orders in the period); the page says so instead of an empty axis. */
  drawable: boolean;
  options: ChartOptions;
  table: ChartTable;
}

/** The app's red first, then colours that stay apart for the colour-blind (Okabe–Ito). */
export const CHART_COLORS = ['#c8161d', '#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#999999'];
/** The previous period, beside the current one in red. */
const BEFORE_COLOR = '#9e9e9e';

const percentCell = (p: number | null) => (p === null ? '—' : `${p}%`);

/** 'm2026-12' (a trend month) → '2026年12月': the table spells out what the axis abbreviates. */
export function monthText(month: string, label: string): string {
  const m = /^m?(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[1]}年${Number(m[2])}月` : label;
}

function base(fontSize: number): Pick<ChartOptions, 'color' | 'fontSize' | 'legend' | 'dataLabel' | 'extra'> {
  return {
    color: CHART_COLORS,
    fontSize,
    legend: { show: true, fontSize, lineHeight: Math.round(fontSize * 1.3) },
    dataLabel: true,
    extra: {},
  };
}

const Y_STEPS = 4;

/** The axis top: a multiple of the step count, so every grid line is a whole number of 件. */
export function axisMax(values: readonly number[]): number {
  const top = Math.max(0, ...values);
  return Math.max(Y_STEPS, Math.ceil(top / Y_STEPS) * Y_STEPS);
}

function axes(fontSize: number, manyLabels: boolean, values: number[]): Pick<ChartOptions, 'xAxis' | 'yAxis'> {
  return {
    xAxis: { fontSize, disableGrid: true, ...(manyLabels ? { rotateLabel: true, rotateAngle: 45 } : {}) },
    yAxis: { data: [{ min: 0, max: axisMax(values), fontSize }], splitNumber: Y_STEPS },
  };
}

/** Orders by month, the 12 months up to the period's end; the table adds 解决率. */
export function trendChart(d: Pick<Dashboard, 'trend'>, fontSize: number): ChartSpec {
  const months = d.trend;
  return {
    title: '近 12 个月诉求件数，按月',
    drawable: months.some((m) => m.orders > 0),
    options: {
      type: 'column',
      categories: months.map((m) => m.label),
      series: [{ name: '诉求（件）', data: months.map((m) => m.orders), color: CHART_COLORS[0] }],
      ...base(fontSize),
      legend: { show: false, fontSize, lineHeight: fontSize },
      // 12 numbers over 12 narrow columns collide; the table beside gives each month's number.
      dataLabel: false,
      ...axes(
        fontSize,
        months.length > 6,
        months.map((m) => m.orders),
      ),
      extra: { column: { width: 14 } },
    },
    table: {
      head: ['月份', '件数', '解决率'],
      rows: months.map((m) => ({
        key: m.month,
        cells: [monthText(m.month, m.label), String(m.orders), percentCell(m.resolution)],
      })),
    },
  };
}

/** This period's orders by category, as shares of a ring; the table gives counts and shares. */
export function categoryChart(d: Pick<Dashboard, 'current'>, fontSize: number): ChartSpec {
  const slices = d.current.byCategory.filter((s) => s.count > 0);
  const total = slices.reduce((n, s) => n + s.count, 0);
  const share = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);
  return {
    title: '本期诉求按类别',
    drawable: total > 0,
    options: {
      type: 'ring',
      series: [{ name: '按类别', data: slices.map((s) => ({ name: s.label, value: s.count })) }],
      ...base(fontSize),
      // Labels round a small ring overlap; the legend under it and the table name every slice.
      dataLabel: false,
      extra: { ring: { ringWidth: 36, border: true, borderWidth: 2, borderColor: '#ffffff', labelWidth: 0 } },
    },
    table: {
      head: ['类别', '件数', '占比'],
      rows: slices.map((s) => ({ key: s.key, cells: [s.label, String(s.count), `${share(s.count)}%`] })),
    },
  };
}

/**
 * Each grid (a 街道's sum: each community) this period beside the previous one — the comparison the
 * issue asks for; the table adds each one's 解决率.
 */
export function placeChart(d: Pick<Dashboard, 'current' | 'before' | 'communityId'>, fontSize: number): ChartSpec {
  const before = new Map(d.before.byPlace.map((s) => [s.key, s.count]));
  const places = d.current.byPlace;
  const now = places.map((s) => s.count);
  const then = places.map((s) => before.get(s.key) ?? 0);
  const unit = d.communityId ? '网格' : '社区';
  return {
    title: `本期与上期诉求件数，按${unit}`,
    drawable: [...now, ...then].some((n) => n > 0),
    options: {
      type: 'column',
      categories: places.map((s) => s.label),
      series: [
        { name: '本期', data: now, color: CHART_COLORS[0] },
        { name: '上期', data: then, color: BEFORE_COLOR },
      ],
      ...base(fontSize),
      ...axes(fontSize, places.length > 4, [...now, ...then]),
      extra: { column: { type: 'group', width: 18, seriesGap: 4 } },
    },
    table: {
      head: [unit, '本期', '上期', '解决率'],
      rows: places.map((s) => ({
        key: s.key,
        cells: [s.label, String(s.count), String(before.get(s.key) ?? 0), percentCell(s.resolution)],
      })),
    },
  };
}

/** Chart text: a little under body text so a month label fits under its column, never under 13 px. */
export const chartFontSize = (bodyPx: number): number => Math.max(13, Math.round(bodyPx * 0.85));
