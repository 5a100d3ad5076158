/**
 * A pending redemption as the counter needs it: the code in the biggest type (the clerk may type
 * it) and as a QR code (the clerk may scan it), with the day it must be collected by.
 */
import { View, Text } from '@tarojs/components';
import type { RedemptionView } from '../../../types/points';
import { formatCode } from '@/features/points/code';
import { when } from '@/features/orders/labels';
import { QrCode } from './QrCode';
import './Redemption.scss';

export function RedemptionCode(props: { redemption: RedemptionView; elder?: boolean; qr?: boolean }) {
  const r = props.redemption;
  return (
    <View className="redemption-code">
      <Text className="redemption-code__label">兑换码</Text>
      <Text className="redemption-code__code">{formatCode(r.code)}</Text>
      {props.qr !== false && <QrCode text={r.code} cell={props.elder ? 10 : 8} />}
      <View className="redemption-code__hint">
        <Text>请到社区服务站出示此码领取</Text>
        <Text>{when(r.expiresAt)} 前有效</Text>
      </View>
    </View>
  );
}
