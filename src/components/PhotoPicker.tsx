/**
 * Up to `max` photos for a form: a big ＋ tile opens the album/camera; each choice uploads at once
 * and shows a preview; × removes one. The form gets file ids only, never temp paths.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text, Image } from '@tarojs/components';
import { choosePhotos, photoSrc, uploadPhoto } from '@/services/storage';
import { errorText } from '@/features/errors';
import './Photos.scss';

/** `folder`: where in cloud storage the photos go (orders, notices). */
export function PhotoPicker(props: { value: string[]; max: number; folder?: string; onChange(next: string[]): void }) {
  const [uploading, setUploading] = useState(0);
  const room = props.max - props.value.length - uploading;

  const add = async () => {
    const chosen = await choosePhotos(room);
    if (!chosen.length) return;
    setUploading((n) => n + chosen.length);
    const answers = await Promise.all(chosen.map((c) => uploadPhoto(c, props.folder)));
    setUploading((n) => n - chosen.length);
    const ids = answers.flatMap((a) => (a.ok ? [a.data.fileId] : []));
    const failed = answers.find((a) => !a.ok);
    if (failed && !failed.ok) void Taro.showToast({ title: errorText(failed.error), icon: 'none' });
    if (ids.length) props.onChange([...props.value, ...ids].slice(0, props.max));
  };

  return (
    <View className="photo-grid">
      {props.value.map((id) => (
        <View key={id} className="photo-grid__item photo-picker__item">
          <Image className="photo-picker__img" src={photoSrc(id)} mode="aspectFill" />
          <View
            className="photo-picker__remove"
            aria-label="删除这张图片"
            onClick={() => props.onChange(props.value.filter((v) => v !== id))}
          >
            <Text>×</Text>
          </View>
        </View>
      ))}
      {Array.from({ length: uploading }, (_, i) => (
        <View key={`up-${i}`} className="photo-grid__item photo-picker__add">
          <Text className="photo-picker__hint">上传中…</Text>
        </View>
      ))}
      {room > 0 && (
        <View className="photo-grid__item photo-picker__add" onClick={() => void add()}>
          <Text className="photo-picker__plus">＋</Text>
          <Text className="photo-picker__hint">{props.value.length ? '再加一张' : '拍照或选图'}</Text>
        </View>
      )}
    </View>
  );
}
