/**
 * 一键发单's confirmation: "确认一键求助？", then one `orders.submit {oneTap}` that files a help request
 * from the registered address, and the new order opens. The requestId is made once per press of
 * 一键发单 and reused if the person taps 确认 again after a failure, so help is never asked twice.
 * Without a registered address there is nothing to send yet: the sheet leads to the profile instead.
 */
import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { errorText } from '@/features/errors';
import { IS_H5, PROFILE_EDIT_PAGE } from '@/features/platform';
import { requestIdKeeper } from '@/features/orders/request-id';
import { announceOrder } from '@/features/orders/events';
import { orderDetailUrl } from '@/features/orders/routes';
import { submitOneTap } from '@/services/orders';
import { SheetDialog } from '@/components/SheetDialog';

/** `place` is "1号楼 302室", or '' when the profile has no address yet. */
export function QuickOrderSheet(props: { place: string; onClose(): void }) {
  const keeper = useRef(requestIdKeeper()).current;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  // H5 draws the tab bar over the page, and the sheet's buttons would sit under it; WeChat's own
  // tab bar is outside the page, so there the sheet already ends above it.
  useEffect(() => {
    if (!IS_H5) return;
    Taro.hideTabBar({ animation: false }).catch(() => undefined);
    return () => {
      Taro.showTabBar({ animation: false }).catch(() => undefined);
    };
  }, []);

  if (!props.place) {
    return (
      <SheetDialog
        visible
        title="还差一步"
        confirmText="去填写"
        onCancel={props.onClose}
        onConfirm={() => {
          props.onClose();
          void Taro.navigateTo({ url: PROFILE_EDIT_PAGE });
        }}
      >
        <Text className="sheet-dialog__text">请先填写您住的楼栋和房号，网格员才能找到您。</Text>
      </SheetDialog>
    );
  }

  const send = async () => {
    if (busy) return;
    setBusy(true);
    setError('');
    const res = await submitOneTap(keeper.current());
    setBusy(false);
    if (!res.ok) {
      setError(errorText(res.error) + '，请再点一次「确认求助」');
      return;
    }
    keeper.settled();
    announceOrder(res.data.order);
    props.onClose();
    void Taro.navigateTo({ url: orderDetailUrl(res.data.order._id) });
  };

  return (
    <SheetDialog
      visible
      title="确认一键求助？"
      confirmText="确认求助"
      busy={busy}
      error={error}
      onCancel={props.onClose}
      onConfirm={() => void send()}
    >
      <Text className="sheet-dialog__text">
        将按您登记的地址（{props.place}）发出求助，网格员会尽快联系您、上门帮忙。
      </Text>
    </SheetDialog>
  );
}
