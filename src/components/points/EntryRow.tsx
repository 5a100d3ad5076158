/** One ledger entry: why (the reason), in which area and of what kind, when, and the signed amount. */
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import type { EntryView } from '../../../types/points';
import { amountTone, entryMeta, signedAmount } from '@/features/points/labels';
import { when } from '@/features/orders/labels';
import './EntryRow.scss';

export function EntryRow({ entry, children }: { entry: EntryView; children?: ReactNode }) {
  return (
    <View className="entry-row" data-entry-id={entry._id}>
      <View className="entry-row__main">
        <View className="entry-row__body">
          <Text className="entry-row__reason">{entry.reason}</Text>
          <Text className="entry-row__meta">
            {entryMeta(entry)} · {when(entry.at)}
          </Text>
        </View>
        <Text className={`entry-row__amount entry-row__amount--${amountTone(entry.amount)}`}>
          {signedAmount(entry.amount)}
        </Text>
      </View>
      {children}
    </View>
  );
}
