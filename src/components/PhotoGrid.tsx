/** Photos of an order, three to a row; a tap opens them full screen (swipe between them). */
import Taro from '@tarojs/taro';
import { View, Image } from '@tarojs/components';
import { photoSrc } from '@/services/storage';
import './Photos.scss';

export function PhotoGrid({ fileIds }: { fileIds: string[] }) {
  if (!fileIds.length) return null;
  const urls = fileIds.map(photoSrc);
  return (
    <View className="photo-grid">
      {urls.map((src) => (
        <Image
          key={src}
          className="photo-grid__item"
          src={src}
          mode="aspectFill"
          onClick={() => void Taro.previewImage({ current: src, urls })}
        />
      ))}
    </View>
  );
}
