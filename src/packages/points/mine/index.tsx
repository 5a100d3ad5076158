/**
 * 我的积分: the two figures (可用积分, and 累计积分 which spending never lowers), the way to the
 * 爱心超市, 我的兑换 and 红榜, and every change to the points with its reason (积分明细).
 * Party members see the title 先锋积分.
 */
import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useTextSize } from '@/features/elder-mode';
import { useBalance, withFigures } from '@/features/points/use-balance';
import { useShownAgain } from '@/features/read-on-show';
import { usePagedList } from '@/features/list/use-paged-list';
import { POINTS_PAGES } from '@/features/points/routes';
import { listLedger } from '@/services/points';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { BalanceCard } from '@/components/points/BalanceCard';
import { EntryRow } from '@/components/points/EntryRow';
import { PagedListView } from '@/components/PagedListView';
import '../../../components/points/points.scss';

const go = (url: string) => void Taro.navigateTo({ url });

export default function MyPointsPage() {
  const text = useTextSize();
  // One call a screen: each ledger page carries the figures; shown again, the first page is re-read.
  const balance = useBalance(false);
  const ledger = usePagedList(
    useCallback((cursor?: string) => withFigures(listLedger(cursor), balance.set), [balance.set]),
  );
  useShownAgain(ledger.refresh);

  return (
    <View className={text.className}>
      {balance.account ? (
        <BalanceCard account={balance.account} />
      ) : balance.error && !balance.loading ? (
        <ErrorView error={balance.error} onRetry={() => void ledger.refresh()} />
      ) : (
        <LoadingView />
      )}

      <View className="points-links">
        <Button className="points-go-mall" type="primary" size="large" onClick={() => go(POINTS_PAGES.mall)}>
          爱心超市
        </Button>
        <Button className="points-go-redemptions" size="large" onClick={() => go(POINTS_PAGES.redemptions)}>
          我的兑换
        </Button>
        <Button className="points-go-board" size="large" onClick={() => go(POINTS_PAGES.board)}>
          红榜
        </Button>
      </View>

      <Text className="section-title">积分明细</Text>
      <PagedListView
        list={ledger}
        empty="还没有积分记录。参加志愿服务、帮助邻居、参与议事，都能获得积分。"
        render={(e) => <EntryRow entry={e} />}
        wrap="card ledger-card"
      />
    </View>
  );
}
