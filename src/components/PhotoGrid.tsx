/**
 * Photos (of an order, a notice, a place), three to a row; a tap opens them full screen (swipe
 * between them). `rows` caps the thumbnails shown (a place card in a list shows one row); the
 * full-screen view still swipes through every photo.
 */
import Taro from '@tarojs/taro';
import { View, Image } from '@tarojs/components';
import { photoSrc } from '@/services/storage';
import './Photos.scss';

export function PhotoGrid({ fileIds, rows }: { fileIds: string[]; rows?: number }) {
  if (!fileIds.length) return null;
  const urls = fileIds.map(photoSrc);
  const shown = rows ? urls.slice(0, rows * 3) : urls;
  return (
    <View className="photo-grid">
      {shown.map((src) => (
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
