/** An order's timeline, oldest first: what happened, who (and as what), when, and the note. */
import { View, Text } from '@tarojs/components';
import type { TimelineEntry } from '../../../types/orders';
import { timelineLabel, when } from '@/features/orders/labels';
import './orders.scss';

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <View className="timeline">
      {entries.map((t, i) => (
        <View
          key={`${t.at}-${i}`}
          className={i === entries.length - 1 ? 'timeline__row timeline__row--last' : 'timeline__row'}
        >
          <View className="timeline__dot" />
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="timeline__action">{timelineLabel(t.action)}</Text>
              <Text className="timeline__when">{when(t.at)}</Text>
            </View>
            <Text className="timeline__who">
              {t.actorName}
              {t.actorRole && t.actorRole !== t.actorName ? `（${t.actorRole}）` : ''}
            </Text>
            {t.note && <Text className="timeline__note">{t.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
