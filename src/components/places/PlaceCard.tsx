/**
 * One 服务阵地 as a resident reads it: name and kind, how far on foot (and whether it is inside the
 * 15分钟服务圈), a row of its photos (a tap shows them all), the address, the hours and what it offers; then two big buttons, 导航 and 打电话.
 */
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { PlaceView } from '../../../types/places';
import { distanceLabel } from '../../../domain/places/distance';
import { navigate } from '@/features/places/location';
import { PhotoGrid } from '@/components/PhotoGrid';
import './places.scss';

export function PlaceCard({ place, actions }: { place: PlaceView; actions?: ReactNode }) {
  const far = place.distanceMeters !== undefined;
  return (
    <View className="card place-card">
      <View className="place-card__head">
        <Text className="place-card__name">{place.name}</Text>
        <Text className={`place-card__type place-card__type--${place.type}`}>{place.typeLabel}</Text>
      </View>
      {place.trusted && <Text className="place-card__trusted">社区信得过</Text>}
      {place.description && <Text className="place-card__line">{place.description}</Text>}
      {!!place.photos?.length && (
        <View className="place-card__photos">
          <PhotoGrid fileIds={place.photos} rows={1} />
        </View>
      )}
      {far && (
        <View className="place-card__walk">
          <Text>
            步行约 {place.walkMinutes} 分钟 · {distanceLabel(place.distanceMeters as number)}
          </Text>
          {place.inCircle && <Text className="place-card__circle">15分钟内</Text>}
        </View>
      )}
      <Text className="place-card__line">地址：{place.address}</Text>
      <Text className="place-card__line">开放：{place.hours}</Text>
      {place.services.length > 0 && (
        <View className="place-card__services">
          {place.services.map((s) => (
            <Text key={s} className="place-card__service">
              {s}
            </Text>
          ))}
        </View>
      )}
      <View className="place-card__buttons">
        <Button className="place-card__go" type="primary" size="large" onClick={() => navigate(place)}>
          导航过去
        </Button>
        {place.phone && (
          <Button
            className="place-card__call"
            size="large"
            onClick={() => void Taro.makePhoneCall({ phoneNumber: place.phone as string })}
          >
            打电话
          </Button>
        )}
      </View>
      {place.hasMerchant && (
        <Button
          className="place-card__shop"
          size="large"
          block
          onClick={() => void Taro.navigateTo({ url: `/packages/places/shop/index?id=${place._id}` })}
        >
          服务项目 · 确认服务
        </Button>
      )}
      {actions}
    </View>
  );
}
