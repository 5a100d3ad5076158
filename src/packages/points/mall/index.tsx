/**
 * 爱心超市: the community's goods for points. 兑换 asks first (what it costs, what is left after),
 * then shows the redemption's code in big type and as a QR code, to show at the counter (核销).
 * One requestId per item, kept across retries, so a double tap or a retry never redeems twice.
 */
import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text, Image } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ItemView, RedemptionView } from '../../../../types/points';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { useBalance, withFigures } from '@/features/points/use-balance';
import { useShownAgain } from '@/features/read-on-show';
import { usePagedList } from '@/features/list/use-paged-list';
import { costText, itemFacts, redeemBlock } from '@/features/points/labels';
import { requestIdKeepers } from '@/features/points/request-ids';
import { POINTS_PAGES } from '@/features/points/routes';
import { listItems, redeemItem } from '@/services/points';
import { photoSrc } from '@/services/storage';
import { SheetDialog } from '@/components/SheetDialog';
import { PagedListView } from '@/components/PagedListView';
import { RedeemedSheet } from './RedeemedSheet';
import '../../../components/points/points.scss';
import './index.scss';

export default function MallPage() {
  const text = useTextSize();
  // One call a screen: each shelf page carries one's figures; shown again, the first page is re-read.
  const balance = useBalance(false);
  const items = usePagedList(
    useCallback((cursor?: string) => withFigures(listItems(cursor), balance.set), [balance.set]),
  );
  useShownAgain(items.refresh);
  const keeperFor = useRef(requestIdKeepers()).current;
  const [asking, setAsking] = useState<ItemView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [redeemed, setRedeemed] = useState<RedemptionView | null>(null);
  const points = balance.account?.balance;

  const ask = (item: ItemView) => {
    setError('');
    setAsking(item);
  };

  const redeem = async (item: ItemView) => {
    if (busy) return;
    setBusy(true);
    setError('');
    const keeper = keeperFor(item._id);
    const res = await redeemItem(item._id, keeper.current());
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error)); // the same requestId goes with a retry
    keeper.settled();
    setAsking(null);
    setRedeemed(res.data.redemption);
    // The answer carries the new figures and the item's new stock: nothing to read again.
    balance.set(res.data.account);
    if (res.data.item) items.put(res.data.item);
  };

  return (
    <View className={text.className}>
      <View className="card mall-summary">
        <Text className="mall-summary__points">
          可用积分 <Text className="mall-summary__number">{points ?? '…'}</Text>
        </Text>
        <Button
          className="mall-go-redemptions"
          size="large"
          onClick={() => void Taro.navigateTo({ url: POINTS_PAGES.redemptions })}
        >
          我的兑换
        </Button>
      </View>

      <PagedListView
        list={items}
        empty="爱心超市还没有上架商品，请过几天再来看看。"
        render={(item) => <ItemCard item={item} balance={points} onRedeem={ask} />}
      />

      <SheetDialog
        visible={!!asking}
        title={asking ? `兑换「${asking.name}」？` : ''}
        confirmText="确认兑换"
        cancelText="再想想"
        busy={busy}
        error={error}
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && void redeem(asking)}
      >
        {asking && <Text className="sheet-dialog__text">{redeemWords(asking, points)}</Text>}
      </SheetDialog>

      {redeemed && <RedeemedSheet redemption={redeemed} elder={text.elder} onClose={() => setRedeemed(null)} />}
    </View>
  );
}

/** "将使用 30 积分，兑换后剩余 92 积分。凭兑换码…", the remainder only when the balance is known to cover it. */
function redeemWords(item: ItemView, points: number | undefined): string {
  const left = points !== undefined && points >= item.cost ? `，兑换后剩余 ${points - item.cost} 积分` : '';
  return `将使用 ${item.cost} 积分${left}。兑换后凭兑换码到社区服务站领取。`;
}

function ItemCard(props: { item: ItemView; balance: number | undefined; onRedeem(item: ItemView): void }) {
  const { item } = props;
  const blocked = redeemBlock(item, props.balance);
  return (
    <View className="card item-card" data-item-id={item._id}>
      {item.image && <Image className="item-card__image" src={photoSrc(item.image)} mode="aspectFill" />}
      <View className="item-card__body">
        <Text className="item-card__name">{item.name}</Text>
        <Text className="item-card__cost">{costText(item.cost)}</Text>
        <Text className="item-card__facts">{itemFacts(item).join(' · ')}</Text>
        <Button
          className="item-redeem"
          type="primary"
          size="large"
          block
          disabled={!!blocked}
          onClick={() => props.onRedeem(item)}
        >
          {blocked || '兑换'}
        </Button>
      </View>
    </View>
  );
}
