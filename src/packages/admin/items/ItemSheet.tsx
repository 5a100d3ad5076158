/**
 * Add or edit an item: name, points it costs, stock, an optional per-person limit, an optional
 * 参考价值 in yuan (the 数据看板 adds up the ¥ value of what residents collect) and an optional
 * picture (uploaded to cloud storage as it is chosen). Saving an edit replaces the item, so a
 * cleared limit, value or picture is really gone. A new item's id comes from its name: a double tap adds one.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text, Image } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { ItemView } from '../../../../types/points';
import { errorText } from '@/features/errors';
import { emptyItem, hasErrors, itemDraftOf, itemFields, validateItem, type ItemDraft } from '@/features/points/forms';
import { saveItem } from '@/services/points';
import { choosePhotos, photoSrc, uploadPhoto } from '@/services/storage';
import { SheetDialog } from '@/components/SheetDialog';
import { Field } from '@/components/Field';
import { POINTS_LIMITS } from '../../../../types/points';

const NUMBER_FIELDS: { key: 'cost' | 'stock' | 'limit'; label: string; placeholder: string }[] = [
  { key: 'cost', label: '所需积分', placeholder: '例如 30' },
  { key: 'stock', label: '库存（件）', placeholder: '例如 20' },
  { key: 'limit', label: '每人限兑（件，可不填）', placeholder: '不填则不限' },
];

export function ItemSheet(props: { item?: ItemView; onClose(): void; onSaved(item: ItemView): void }) {
  const [draft, setDraft] = useState<ItemDraft>(() => (props.item ? itemDraftOf(props.item) : emptyItem));
  const [errors, setErrors] = useState<Partial<Record<keyof ItemDraft, string>>>({});
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState('');
  const set = <K extends keyof ItemDraft>(k: K, v: ItemDraft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };

  const pickPhoto = async () => {
    const [photo] = await choosePhotos(1);
    if (!photo) return;
    setUploading(true);
    const res = await uploadPhoto(photo, 'mall');
    setUploading(false);
    if (res.ok) set('image', res.data.fileId);
    else void Taro.showToast({ title: errorText(res.error), icon: 'none' });
  };

  const save = async () => {
    if (busy || uploading) return;
    const found = validateItem(draft);
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy(true);
    setFailure('');
    const res = await saveItem(itemFields(draft, props.item?._id));
    setBusy(false);
    if (!res.ok) return setFailure(errorText(res.error));
    props.onSaved(res.data.item);
    props.onClose();
  };

  return (
    <SheetDialog
      visible
      title={props.item ? `编辑「${props.item.name}」` : '上架新商品'}
      confirmText="保存"
      busy={busy || uploading}
      error={failure}
      onCancel={props.onClose}
      onConfirm={() => void save()}
    >
      <View className="sheet-scroll sheet-form">
        <Field label="商品名称" error={errors.name}>
          <Input
            className="form-input item-name"
            value={draft.name}
            placeholder="例如 洗衣粉一袋"
            maxLength={POINTS_LIMITS.itemName}
            onChange={(v) => set('name', v)}
          />
        </Field>
        {NUMBER_FIELDS.map((f) => (
          <Field key={f.key} label={f.label} error={errors[f.key]}>
            <Input
              className={`form-input item-${f.key}`}
              type="number"
              value={draft[f.key]}
              placeholder={f.placeholder}
              maxLength={6}
              onChange={(v) => set(f.key, v)}
            />
          </Field>
        ))}
        <Field label="参考价值（元，可不填）" error={errors.value}>
          <Input
            className="form-input item-value"
            type="digit"
            value={draft.value}
            placeholder="例如 12.50，用于统计兑出物品的价值"
            maxLength={10}
            onChange={(v) => set('value', v)}
          />
        </Field>
        <Field label="图片（可不传）">
          <View className="photo-grid">
            {draft.image && (
              <View className="photo-grid__item">
                <Image className="photo-picker__img" src={photoSrc(draft.image)} mode="aspectFill" />
                <View className="photo-picker__remove" aria-label="删除图片" onClick={() => set('image', '')}>
                  <Text>×</Text>
                </View>
              </View>
            )}
            {!draft.image && (
              <View className="photo-grid__item photo-picker__add" onClick={() => void pickPhoto()}>
                <Text className="photo-picker__plus">＋</Text>
                <Text className="photo-picker__hint">{uploading ? '上传中…' : '拍照或选图'}</Text>
              </View>
            )}
          </View>
        </Field>
      </View>
    </SheetDialog>
  );
}
