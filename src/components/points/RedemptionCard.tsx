/**
 * One redemption in 我的兑换: what, for how many points, where it stands. A pending one shows its
 * code (and, for the first few on screen, its QR code; the rest one tap away) and 取消兑换.
 */
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { RedemptionView } from '../../../types/points';
import { costText, redemptionStatusLabel } from '@/features/points/labels';
import { StatusTag } from '../StatusTag';
import { REDEMPTION_TONES } from '../status';
import { when } from '@/features/orders/labels';
import { RedemptionCode } from './RedemptionCode';
import './Redemption.scss';

const ENDINGS: Record<Exclude<RedemptionView['status'], 'pending'>, string> = {
  fulfilled: '已领取',
  cancelled: '已取消，积分已退回',
  expired: '逾期未领取，积分已退回',
};

export interface RedemptionCardProps {
  redemption: RedemptionView;
  elder: boolean;
  /** Draw the QR code on the card (else a 出示二维码 button opens it). */
  inlineQr: boolean;
  onShowQr(r: RedemptionView): void;
  onCancel(r: RedemptionView): void;
}

export function RedemptionCard({ redemption: r, elder, inlineQr, onShowQr, onCancel }: RedemptionCardProps) {
  return (
    <View className="card redemption-card" data-redemption-id={r._id}>
      <View className="redemption-card__head">
        <Text className="redemption-card__name">{r.itemName}</Text>
        <StatusTag tone={REDEMPTION_TONES[r.status]}>{redemptionStatusLabel(r.status)}</StatusTag>
      </View>
      <Text className="redemption-card__meta">
        {costText(r.cost)} · {when(r.createdAt)} 兑换
      </Text>
      {r.status === 'pending' ? (
        <>
          <RedemptionCode redemption={r} elder={elder} qr={inlineQr} />
          <View className="redemption-card__actions">
            {!inlineQr && (
              <Button className="redemption-show-qr" type="primary" size="large" onClick={() => onShowQr(r)}>
                出示二维码
              </Button>
            )}
            <Button className="redemption-cancel" size="large" onClick={() => onCancel(r)}>
              取消兑换
            </Button>
          </View>
        </>
      ) : (
        <Text className="redemption-card__meta">
          {r.closedAt ? `${when(r.closedAt)} ` : ''}
          {ENDINGS[r.status]}
        </Text>
      )}
    </View>
  );
}
