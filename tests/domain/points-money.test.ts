/** ¥ amounts in yuan ↔ whole 分 (domain/points/money.ts): the 参考价值 of 爱心超市 items. */
import { fenOfYuan, yuanLabel, yuanOfFen } from '../../domain/points/money';
import { collectionFacts } from '../../domain/stats/points-facts';

test('yuan with up to two decimals becomes whole 分, and back', () => {
  expect(fenOfYuan('12')).toBe(1200);
  expect(fenOfYuan('12.5')).toBe(1250);
  expect(fenOfYuan(' 0.07 ')).toBe(7);
  expect(fenOfYuan('9999999.99')).toBe(999_999_999);
  for (const bad of ['', '12.345', '-1', '1e3', '1,000', '¥5', '.5', '12.']) expect(fenOfYuan(bad)).toBeNull();
  expect(yuanOfFen(1250)).toBe('12.50');
  expect(yuanOfFen(7)).toBe('0.07');
  expect(yuanOfFen(0)).toBe('0.00');
  expect(yuanOfFen(-305)).toBe('-3.05');
  expect(yuanLabel(199900)).toBe('¥1999.00');
  // round trip: what the form shows back parses to the same 分
  for (const fen of [0, 1, 99, 100, 12345, 10_000_000]) expect(fenOfYuan(yuanOfFen(fen))).toBe(fen);
});

test('a redemption handed over counts one unit and its value; an item without a value counts ¥0', () => {
  expect(collectionFacts({ valueFen: 1250 })).toEqual({ collected: 1, valueFen: 1250 });
  expect(collectionFacts({})).toEqual({ collected: 1 });
});
