/**
 * 我的兑换: what I redeemed, newest first, narrowed by status. A pending one shows its code and QR
 * code for the counter, and 取消兑换 (the points come back). Always one's own, admins included.
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import { REDEMPTION_STATUSES, type RedemptionStatus, type RedemptionView } from '../../../../types/points';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { usePagedList } from '@/features/list/use-paged-list';
import { inlineQrIds, redemptionStatusLabel } from '@/features/points/labels';
import { POINTS_PAGES } from '@/features/points/routes';
import { cancelRedemption, listRedemptions } from '@/services/points';
import { EmptyView } from '@/components/StatusView';
import { SheetDialog } from '@/components/SheetDialog';
import { PagedListView } from '@/components/PagedListView';
import { RedemptionCard } from '@/components/points/RedemptionCard';
import { RedemptionCode } from '@/components/points/RedemptionCode';
import '@/components/forms.scss';

const FILTERS: { value: RedemptionStatus | ''; label: string }[] = [
  { value: '', label: '全部' },
  ...REDEMPTION_STATUSES.map((s) => ({ value: s, label: redemptionStatusLabel(s) })),
];

export default function MyRedemptionsPage() {
  const text = useTextSize();
  const [status, setStatus] = useState<RedemptionStatus | ''>('');
  const list = usePagedList(
    useCallback((cursor?: string) => listRedemptions({ mine: true, status: status || undefined, cursor }), [status]),
  );
  const [showing, setShowing] = useState<RedemptionView | null>(null);
  const [cancelling, setCancelling] = useState<RedemptionView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const inline = inlineQrIds(list.state.items);

  const cancel = async (r: RedemptionView) => {
    if (busy) return;
    setBusy(true);
    const res = await cancelRedemption(r._id);
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    list.put(res.data.redemption);
    setCancelling(null);
    void Taro.showToast({ title: '已取消，积分已退回', icon: 'none' });
  };

  return (
    <View className={text.className}>
      <View className="chip-row" role="tablist">
        {FILTERS.map((f) => (
          <View
            key={f.value || 'all'}
            className={status === f.value ? 'chip chip--on' : 'chip'}
            role="tab"
            aria-selected={status === f.value}
            onClick={() => setStatus(f.value)}
          >
            {f.label}
          </View>
        ))}
      </View>
      <PagedListView
        list={list}
        empty={
          <EmptyView text={status ? `没有「${redemptionStatusLabel(status)}」的兑换。` : '还没有兑换过商品。'}>
            <Button
              className="full-button"
              type="primary"
              size="large"
              onClick={() => void Taro.navigateTo({ url: POINTS_PAGES.mall })}
            >
              去爱心超市看看
            </Button>
          </EmptyView>
        }
        render={(r) => (
          <RedemptionCard
            redemption={r}
            elder={text.elder}
            inlineQr={inline.has(r._id)}
            onShowQr={setShowing}
            onCancel={(x) => {
              setError('');
              setCancelling(x);
            }}
          />
        )}
      />

      <SheetDialog
        visible={!!cancelling}
        title={cancelling ? `取消兑换「${cancelling.itemName}」？` : ''}
        confirmText="确认取消"
        cancelText="不取消"
        busy={busy}
        error={error}
        onCancel={() => setCancelling(null)}
        onConfirm={() => cancelling && void cancel(cancelling)}
      >
        <Text className="sheet-dialog__text">取消后 {cancelling?.cost} 积分会退回到您的账户。</Text>
      </SheetDialog>

      <Popup visible={!!showing} position="bottom" round onClose={() => setShowing(null)}>
        {showing && (
          <View className="sheet-dialog">
            <Text className="sheet-dialog__title">{showing.itemName}</Text>
            <RedemptionCode redemption={showing} elder={text.elder} />
            <Button className="full-button" type="primary" size="large" block onClick={() => setShowing(null)}>
              关闭
            </Button>
          </View>
        )}
      </Popup>
    </View>
  );
}
