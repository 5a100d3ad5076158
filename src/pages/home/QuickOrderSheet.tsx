/**
 * 一键发单: the tap on the big button sends. `orders.submit {oneTap}` files a help request from the
 * registered address; the sheet then says it went and, for UNDO_SECONDS, offers 撤回 (the ordinary
 * 撤销) — an older person is not asked "are you sure?" first, and a mistaken tap is easy to take back.
 * When the window closes, the new order opens. The requestId is made once per press of 一键发单 and
 * reused on 再试一次 after a failure, so help is never asked twice.
 * Without a registered address there is nothing to send yet: the sheet leads to the profile instead.
 */
import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { OrderView } from '../../../types/orders';
import { errorText } from '@/features/errors';
import { IS_H5, PROFILE_EDIT_PAGE } from '@/features/platform';
import { requestIdKeeper } from '@/features/orders/request-id';
import { announceOrder } from '@/features/orders/events';
import { orderDetailUrl } from '@/features/orders/routes';
import { UNDO_SECONDS, undoLabel } from '@/features/orders/undo-window';
import { cancelOrder, submitOneTap } from '@/services/orders';
import { SheetDialog } from '@/components/SheetDialog';

type Phase =
  | { kind: 'sending' }
  | { kind: 'failed'; message: string }
  | { kind: 'sent'; order: OrderView; left: number }
  | { kind: 'withdrawing'; order: OrderView };

/** `place` is "1号楼 302室", or '' when the profile has no address yet. */
export function QuickOrderSheet(props: { place: string; onClose(): void }) {
  useTabBarHidden();
  if (!props.place) return <NoAddressSheet onClose={props.onClose} />;
  return <SendingSheet place={props.place} onClose={props.onClose} />;
}

function SendingSheet(props: { place: string; onClose(): void }) {
  const keeper = useRef(requestIdKeeper()).current;
  const [phase, setPhase] = useState<Phase>({ kind: 'sending' });

  // Sets state only after the answer, so the first send can start from the mount effect.
  const deliver = async () => {
    const res = await submitOneTap(keeper.current());
    if (!res.ok) {
      setPhase({ kind: 'failed', message: errorText(res.error) });
      return;
    }
    keeper.settled();
    announceOrder(res.data.order);
    setPhase({ kind: 'sent', order: res.data.order, left: UNDO_SECONDS });
  };
  const retry = () => {
    setPhase({ kind: 'sending' });
    void deliver();
  };

  const open = (order: OrderView) => {
    props.onClose();
    void Taro.navigateTo({ url: orderDetailUrl(order._id) });
  };

  const withdraw = async (order: OrderView) => {
    setPhase({ kind: 'withdrawing', order });
    const res = await cancelOrder(order._id);
    if (!res.ok) {
      // Someone took it within the window: it is on its way; show where it stands.
      void Taro.showToast({ title: errorText(res.error), icon: 'none', duration: 2500 });
      open(order);
      return;
    }
    announceOrder(res.data.order);
    void Taro.showToast({ title: '已撤回', icon: 'success' });
    props.onClose();
  };

  // The one tap that opened the sheet is the send.
  useEffect(() => {
    void deliver();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The 撤回 window counts down once a second; at zero the order opens.
  const left = phase.kind === 'sent' ? phase.left : -1;
  useEffect(() => {
    if (phase.kind !== 'sent') return;
    if (phase.left <= 0) {
      open(phase.order);
      return;
    }
    const timer = setTimeout(() => setPhase({ ...phase, left: phase.left - 1 }), 1000);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [left]);

  if (phase.kind === 'failed') {
    return (
      <SheetDialog
        visible
        title="没能发出求助"
        confirmText="再试一次"
        error={phase.message}
        onCancel={props.onClose}
        onConfirm={retry}
      >
        <Text className="sheet-dialog__text">请再点一次「再试一次」；不会重复发出。</Text>
      </SheetDialog>
    );
  }
  if (phase.kind === 'sending') {
    return (
      <SheetDialog
        visible
        busy
        title="正在发出求助…"
        confirmText="查看进度"
        onCancel={props.onClose}
        onConfirm={() => {}}
      >
        <Text className="sheet-dialog__text">按您登记的地址（{props.place}）发出求助。</Text>
      </SheetDialog>
    );
  }
  const order = phase.order;
  return (
    <SheetDialog
      visible
      dismissible={false}
      title="求助已发出"
      busy={phase.kind === 'withdrawing'}
      cancelText={phase.kind === 'sent' ? undoLabel(phase.left) : '撤回'}
      confirmText="查看进度"
      onCancel={() => void withdraw(order)}
      onConfirm={() => open(order)}
    >
      <Text className="sheet-dialog__text">
        已按您登记的地址（{props.place}）发出求助，网格员会尽快联系您、上门帮忙。点错了可以马上撤回。
      </Text>
    </SheetDialog>
  );
}

function NoAddressSheet(props: { onClose(): void }) {
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

/**
 * H5 draws the tab bar over the page, and the sheet's buttons would sit under it; WeChat's own tab
 * bar is outside the page, so there the sheet already ends above it.
 */
function useTabBarHidden() {
  useEffect(() => {
    if (!IS_H5) return;
    Taro.hideTabBar({ animation: false }).catch(() => undefined);
    return () => {
      Taro.showTabBar({ animation: false }).catch(() => undefined);
    };
  }, []);
}
