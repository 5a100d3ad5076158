/** The 红榜's tabs and words. Pure. */
import type { BoardPeriod } from '../../../types/points';

export const BOARD_TABS: { value: BoardPeriod; label: string }[] = [
  { value: 'month', label: '本月' },
  { value: 'year', label: '本年' },
  { value: 'all', label: '总榜' },
];

const PERIOD_WORDS: Record<BoardPeriod, string> = { month: '本月', year: '今年', all: '目前' };

export const boardEmptyText = (period: BoardPeriod): string => `${PERIOD_WORDS[period]}还没有人获得积分。`;
