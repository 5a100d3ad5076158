/**
 * The top of every booking screen: the place's rooms as chips (with how many they hold), the
 * bookable days as date chips (今天, 明天…), and the legend of the slot grid.
 */
import { View, Text } from '@tarojs/components';
import type { RoomView } from '../../../types/bookings';
import { dayLabel } from '@/features/places/days';
import './bookings.scss';

export function DayPicker(props: {
  rooms: RoomView[];
  roomId?: string;
  days: string[];
  day: string;
  onRoom(roomId: string): void;
  onDay(day: string): void;
}) {
  return (
    <View>
      {props.rooms.length > 1 && (
        <View className="chip-row booking-rooms">
          {props.rooms.map((r) => (
            <Text
              key={r._id}
              className={r._id === props.roomId ? 'chip chip--on' : 'chip'}
              onClick={() => props.onRoom(r._id)}
            >
              {r.name}
            </Text>
          ))}
        </View>
      )}
      <View className="booking-days">
        {props.days.map((d) => {
          const label = dayLabel(d, props.days);
          return (
            <View
              key={d}
              className={d === props.day ? 'booking-day booking-day--on' : 'booking-day'}
              onClick={() => props.onDay(d)}
            >
              <Text className="booking-day__top">{label.top}</Text>
              <Text className="booking-day__date">{label.date}</Text>
            </View>
          );
        })}
      </View>
      <View className="booking-legend">
        <Text className="booking-legend__item slot--free">可约</Text>
        <Text className="booking-legend__item slot--taken">已约</Text>
        <Text className="booking-legend__item slot--blocked">不可约</Text>
        <Text className="booking-legend__item slot--mine">我的</Text>
      </View>
    </View>
  );
}
