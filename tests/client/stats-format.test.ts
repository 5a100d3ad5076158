/** 数据看板's words and bar widths (src/features/stats/format.ts). */
import { barWidth, rateChange } from '../../src/features/stats/format';

test('the page words: change against the previous period, bar widths', () => {
  expect(rateChange(80, 75.5)).toBe('比上期 +4.5 个百分点');
  expect(rateChange(70, 70)).toBe('与上期持平');
  expect(rateChange(null, 70)).toBe('');
  expect(barWidth(0, 10)).toBe(0);
  expect(barWidth(1, 1000)).toBe(2);
  expect(barWidth(5, 10)).toBe(50);
});
