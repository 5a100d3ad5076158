/** 服务项目: what the shop offers residents (积分抵扣, 老人免费理发…); add, and remove. */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import {
  SERVICE_AUDIENCES,
  SERVICE_AUDIENCE_LABELS,
  type MyShop,
  type ServiceAudience,
} from '../../../../types/merchants';
import { errorText } from '@/features/errors';
import { removeService, saveService } from '@/services/merchants';
import { Field } from '@/components/Field';

export function ServicesSection({ shop, onChanged }: { shop: MyShop; onChanged: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [audience, setAudience] = useState<ServiceAudience>('all');
  const [problem, setProblem] = useState('');
  const add = async () => {
    const res = await saveService(shop.placeId, { title, description, audience });
    if (!res.ok) return setProblem(errorText(res.error));
    setTitle('');
    setDescription('');
    setProblem('');
    onChanged();
  };
  const remove = async (serviceId: string) => {
    const res = await removeService(shop.placeId, serviceId);
    if (!res.ok) return setProblem(errorText(res.error));
    onChanged();
  };
  return (
    <>
      <Text className="section-title">服务项目（居民确认一次，您得积分）</Text>
      {shop.services.map((s) => (
        <View key={s._id} className="card service-card">
          <View className="service-card__head">
            <Text className="service-card__title">{s.title}</Text>
            <Text className="service-card__who">{s.audienceLabel}</Text>
          </View>
          {s.description && <Text className="service-card__desc">{s.description}</Text>}
          <Text className="service-card__points">每次确认 +{s.points} 便民服务积分</Text>
          <Button size="small" onClick={() => void remove(s._id)}>
            下架
          </Button>
        </View>
      ))}
      <View className="card sheet-form">
        <Field label="新服务名称" error={problem}>
          <Input
            className="form-input"
            value={title}
            placeholder="例如 老人免费理发"
            maxLength={20}
            onChange={setTitle}
          />
        </Field>
        <Field label="说明">
          <Input
            className="form-input"
            value={description}
            placeholder="时间、条件"
            maxLength={120}
            onChange={setDescription}
          />
        </Field>
        <Field label="服务对象">
          <View className="chip-row">
            {SERVICE_AUDIENCES.map((a) => (
              <Text key={a} className={audience === a ? 'chip chip--on' : 'chip'} onClick={() => setAudience(a)}>
                {SERVICE_AUDIENCE_LABELS[a]}
              </Text>
            ))}
          </View>
        </Field>
        <Button className="full-button" type="primary" size="large" block onClick={() => void add()}>
          添加服务
        </Button>
      </View>
    </>
  );
}
