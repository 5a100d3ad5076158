/** After 兑换: the new redemption's code and QR code, and the way to 我的兑换 where it stays. */
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import type { RedemptionView } from '../../../../types/points';
import { POINTS_PAGES } from '@/features/points/routes';
import { RedemptionCode } from '@/components/points/RedemptionCode';

export function RedeemedSheet(props: { redemption: RedemptionView; elder: boolean; onClose(): void }) {
  const r = props.redemption;
  return (
    <Popup visible position="bottom" round onClose={props.onClose}>
      <View className="sheet-dialog redeemed-sheet">
        <Text className="sheet-dialog__title">兑换成功：{r.itemName}</Text>
        <RedemptionCode redemption={r} elder={props.elder} />
        <View className="sheet-dialog__actions">
          <Button
            className="sheet-dialog__button redeemed-go"
            size="large"
            onClick={() => {
              props.onClose();
              void Taro.navigateTo({ url: POINTS_PAGES.redemptions });
            }}
          >
            我的兑换
          </Button>
          <Button className="sheet-dialog__button redeemed-ok" type="primary" size="large" onClick={props.onClose}>
            知道了
          </Button>
        </View>
      </View>
    </Popup>
  );
}
