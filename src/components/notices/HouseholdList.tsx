/** Households as rows: name, then building and room, so a leader knows whose door to knock on. */
import { View, Text } from '@tarojs/components';
import type { Household } from '../../../types/notices';
import './notices.scss';

export function HouseholdList(props: { households: Household[]; empty: string }) {
  if (props.households.length === 0) return <Text className="notice-people__empty">{props.empty}</Text>;
  return (
    <View className="notice-people">
      {props.households.map((h) => (
        <View key={h.userId} className="notice-people__row">
          <Text className="notice-people__name">{h.name || '未填姓名'}</Text>
          <Text className="notice-people__where">{`${h.buildingName} ${h.room ? `${h.room}室` : ''}`.trim()}</Text>
        </View>
      ))}
    </View>
  );
}
