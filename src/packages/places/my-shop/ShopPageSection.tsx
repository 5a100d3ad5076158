/**
 * 店铺信息: what a merchant may change on their place's page — hours, phone, introduction and up to
 * six photos of the shop (residents see them on the 服务阵地 card and the 商家服务 page). New photos
 * must be the merchant's own uploads; the ones staff put on the place stay until the merchant removes them.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { MyShop } from '../../../../types/merchants';
import { errorText } from '@/features/errors';
import { saveShopPage } from '@/services/merchants';
import { Field } from '@/components/Field';
import { PhotoPicker } from '@/components/PhotoPicker';
import { PLACE_LIMITS } from '../../../../types/places';

export function ShopPageSection({ shop, onSaved }: { shop: MyShop; onSaved: () => void }) {
  const [hours, setHours] = useState(shop.page.hours);
  const [phone, setPhone] = useState(shop.page.phone ?? '');
  const [description, setDescription] = useState(shop.page.description ?? '');
  const [photos, setPhotos] = useState<string[]>(shop.page.photos ?? []);
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState(false);
  const save = async () => {
    const res = await saveShopPage(shop.placeId, {
      ...shop.page,
      hours,
      ...(phone ? { phone } : { phone: undefined }),
      description,
      photos,
    });
    if (!res.ok) return setProblem(errorText(res.error));
    setProblem('');
    setSaved(true);
    onSaved();
  };
  return (
    <>
      <Text className="section-title">店铺信息（居民在服务阵地里看到）</Text>
      <View className="card sheet-form">
        <Field label="营业时间" error={problem}>
          <Input className="form-input" value={hours} maxLength={40} onChange={setHours} />
        </Field>
        <Field label="对外电话">
          <Input className="form-input" value={phone} type="tel" maxLength={13} onChange={setPhone} />
        </Field>
        <Field label="店铺介绍">
          <Input className="form-input" value={description} maxLength={200} onChange={setDescription} />
        </Field>
        <Field label={`店铺照片（最多 ${PLACE_LIMITS.photos} 张，门面、店内、价目表）`}>
          <PhotoPicker
            value={photos}
            max={PLACE_LIMITS.photos}
            folder="places"
            onChange={(next) => {
              setPhotos(next);
              setSaved(false);
            }}
          />
        </Field>
        <Button className="full-button shop-page-save" size="large" block onClick={() => void save()}>
          {saved ? '已保存' : '保存店铺信息'}
        </Button>
      </View>
    </>
  );
}
