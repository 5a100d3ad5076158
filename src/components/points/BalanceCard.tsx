/**
 * The two figures (兑换后不清零): 可用积分, what can be spent, in the biggest type on the page, and
 * 累计积分, everything ever earned, which spending never lowers and which the 红榜 and 评优 use.
 */
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import type { AccountView } from '../../../types/points';
import { balanceTitle } from '@/features/points/balance-title';
import './BalanceCard.scss';

export function BalanceCard({ account, children }: { account: AccountView; children?: ReactNode }) {
  return (
    <View className="card balance-card">
      <Text className="balance-card__title">{balanceTitle(account.label)}</Text>
      <View className="balance-card__figures">
        <View className="balance-card__figure">
          <Text className="balance-card__number">{account.balance}</Text>
          <Text className="balance-card__label">可用积分</Text>
        </View>
        <View className="balance-card__figure balance-card__figure--side">
          <Text className="balance-card__lifetime">{account.lifetime}</Text>
          <Text className="balance-card__label">累计积分</Text>
        </View>
      </View>
      {account.pending && account.pending.orders > 0 && (
        <Text className="balance-card__pending">
          待确认 +{account.pending.points}（{account.pending.orders} 单已办结，居民评价或回访到期后入账）
        </Text>
      )}
      <Text className="balance-card__note">累计积分兑换后不清零，用于红榜和年度评优</Text>
      {children}
    </View>
  );
}
