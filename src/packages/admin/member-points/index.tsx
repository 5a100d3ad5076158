/**
 * One member's points (admins): 加分 (an area of the ten, an amount, a reason) and their ledger,
 * where each earning not yet corrected has 冲正 (a reversing entry with a reason; never an edit).
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AccountView, EntryView } from '../../../../types/points';
import { useTextSize } from '@/features/elder-mode';
import { usePagedList } from '@/features/list/use-paged-list';
import { useBalance, withFigures } from '@/features/points/use-balance';
import { mayReverse, reversedIds, signedAmount } from '@/features/points/labels';
import { requestIdKeeper } from '@/features/orders/request-id';
import { listLedger } from '@/services/points';
import { EntryRow } from '@/components/points/EntryRow';
import { PagedListView } from '@/components/PagedListView';
import { AwardSheet } from './AwardSheet';
import { ReverseSheet } from './ReverseSheet';
import '../../../components/points/points.scss';
import './index.scss';

export default function MemberPointsPage() {
  const text = useTextSize();
  const params = useRouter().params;
  const userId = params.id ?? '';
  const name = decodeURIComponent(params.name ?? '') || '居民';
  // One call a screen: each ledger page carries the member's figures.
  const figures = useBalance(false);
  const ledger = usePagedList(
    useCallback((cursor?: string) => withFigures(listLedger(cursor, userId), figures.set), [userId, figures.set]),
    !!userId,
  );
  // One award in progress for this member: its requestId survives a failed try and a reopened sheet.
  const [awardKeeper] = useState(requestIdKeeper);
  const [awarding, setAwarding] = useState(false);
  const [reversing, setReversing] = useState<EntryView | null>(null);

  const entries = ledger.state.items;
  const reversed = reversedIds(entries);

  const posted = (entry: EntryView, after: AccountView, done: string) => {
    ledger.put(entry, 'first');
    figures.set(after); // the answer carries the member's new figures
    void Taro.showToast({ title: done, icon: 'success' });
  };

  return (
    <View className={text.className}>
      <View className="card member-points">
        <Text className="points-title">{name}</Text>
        <Text className="member-points__balance">
          可用积分 <Text className="member-points__number">{figures.account?.balance ?? '…'}</Text>
        </Text>
        <Text className="member-points__balance">
          累计积分 <Text className="member-points__lifetime">{figures.account?.lifetime ?? '…'}</Text>
        </Text>
        <Button
          className="full-button member-award"
          type="primary"
          size="large"
          block
          onClick={() => setAwarding(true)}
        >
          给 {name} 加分
        </Button>
      </View>

      <Text className="section-title">积分明细（获得积分的记录可以冲正）</Text>
      <PagedListView
        list={ledger}
        wrap="card ledger-card"
        empty={`${name}还没有积分记录。`}
        render={(e) => (
          <EntryRow entry={e}>
            {mayReverse(e, reversed) && (
              <Button className="entry-reverse" size="small" onClick={() => setReversing(e)}>
                冲正 {signedAmount(-e.amount)}
              </Button>
            )}
            {reversed.has(e._id) && <Text className="muted">已冲正</Text>}
          </EntryRow>
        )}
      />

      {awarding && (
        <AwardSheet
          userId={userId}
          name={name}
          keeper={awardKeeper}
          onClose={() => setAwarding(false)}
          onAwarded={(entry, after) => posted(entry, after, `已加 ${entry.amount} 分`)}
        />
      )}
      {reversing && (
        <ReverseSheet
          entry={reversing}
          onClose={() => setReversing(null)}
          onReversed={(entry, after) => posted(entry, after, '已冲正')}
        />
      )}
    </View>
  );
}
