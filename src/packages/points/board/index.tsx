/**
 * 红榜: who earned the most points in the community this month, this year and overall, and how the
 * grids compare. Earned points only (spending never lowers a rank), names only — never a phone,
 * a room or anyone's ledger. One's own row is tinted.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import type { AppError, Envelope } from '../../../../types/envelope';
import type { BoardPeriod, Leaderboard } from '../../../../types/points';
import { useTextSize } from '@/features/elder-mode';
import { BOARD_TABS, boardEmptyText } from '@/features/points/board';
import { getLeaderboard } from '@/services/points';
import { ErrorView, LoadingView } from '@/components/StatusView';
import '@/components/forms.scss';
import '../../../components/points/points.scss';
import './index.scss';

export default function BoardPage() {
  const text = useTextSize();
  const [period, setPeriod] = useState<BoardPeriod>('month');
  const [{ board, error }, answered] = useReducer(reduce, {});
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    const res = await getLeaderboard(period);
    if (mine === seq.current) answered({ period, res }); // else the person switched tabs meanwhile
  }, [period]);

  // The board shown is another tab's until this one's arrives: the page shows loading meanwhile.
  useEffect(() => {
    void load();
  }, [load]);
  usePullDownRefresh(() => void load().then(() => Taro.stopPullDownRefresh()));

  return (
    <View className={text.className}>
      <View className="chip-row" role="tablist">
        {BOARD_TABS.map((t) => (
          <View
            key={t.value}
            className={period === t.value ? 'chip chip--on' : 'chip'}
            role="tab"
            aria-selected={period === t.value}
            onClick={() => setPeriod(t.value)}
          >
            {t.label}
          </View>
        ))}
      </View>

      {!board || board.period !== period ? (
        error?.period === period ? (
          <ErrorView error={error.error} onRetry={() => void load()} />
        ) : (
          <LoadingView />
        )
      ) : (
        <>
          <View className="card board-people">
            <Text className="points-title">积分能手</Text>
            {board.people.length === 0 && <Text className="muted">{boardEmptyText(period)}</Text>}
            {board.people.map((p) => (
              <Row
                key={p.rank}
                rank={p.rank}
                name={p.isMe ? `${p.name}（我）` : p.name}
                points={p.points}
                me={p.isMe}
              />
            ))}
          </View>
          <View className="card board-grids">
            <Text className="points-title">网格排名</Text>
            {board.grids.map((g) => (
              <Row key={g.gridId} rank={g.rank} name={g.name} points={g.points} />
            ))}
          </View>
        </>
      )}
    </View>
  );
}

interface BoardState {
  board?: Leaderboard;
  /** Kept with its period, so switching tabs never shows another tab's error. */
  error?: { period: BoardPeriod; error: AppError };
}

function reduce(s: BoardState, a: { period: BoardPeriod; res: Envelope<Leaderboard> }): BoardState {
  return a.res.ok ? { board: a.res.data } : { ...s, error: { period: a.period, error: a.res.error } };
}

function Row(props: { rank: number; name: string; points: number; me?: boolean }) {
  return (
    <View className={props.me ? 'board-row board-row--me' : 'board-row'}>
      <Text className={props.rank <= 3 ? 'board-row__rank board-row__rank--top' : 'board-row__rank'}>{props.rank}</Text>
      <Text className="board-row__name">{props.name}</Text>
      <Text className="board-row__points">{props.points} 分</Text>
    </View>
  );
}
