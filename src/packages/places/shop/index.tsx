/**
 * 商家服务 (a resident at a 商家 or 便民网点): the services the merchant offers, who each is for,
 * the 社区信得过 badge, and 确认服务 — scan the merchant's code (weapp) or type it (H5; a scanned
 * link opens this page with the code filled in), give stars if you like, and the merchant earns
 * 便民服务积分. The shop's photos show above the services. Once per service a day: a second confirmation says it was already counted.
 */
import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { Envelope } from '../../../../types/envelope';
import type { ShopView } from '../../../../types/merchants';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { IS_WEAPP } from '@/features/platform';
import { readMerchantCode } from '@/features/merchants/code';
import { confirmService, shopFor } from '@/services/merchants';
import { ErrorView, LoadingView, EmptyView } from '@/components/StatusView';
import { Field } from '@/components/Field';
import { PhotoGrid } from '@/components/PhotoGrid';
import '@/components/forms.scss';
import '@/components/places/merchants.scss';

export default function ShopPage() {
  const text = useTextSize();
  const params = useRouter().params;
  const placeId = params.id ?? '';
  const [shop, setShop] = useState<Envelope<ShopView> | null>(null);
  const [chosen, setChosen] = useState<string>('');
  const [code, setCode] = useState(params.code ? decodeURIComponent(params.code) : '');
  const [rating, setRating] = useState<number | undefined>();
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');

  // Bumped to fetch again (after a confirmation, on 再试一次).
  const [tick, setTick] = useState(0);
  const load = () => setTick((n) => n + 1);
  useEffect(() => {
    let live = true;
    void shopFor(placeId).then((res) => live && setShop(res));
    return () => {
      live = false;
    };
  }, [placeId, tick]);

  if (!shop) return <LoadingView />;
  if (!shop.ok) return <ErrorView error={shop.error} onRetry={load} />;
  const view = shop.data;

  const submit = async (typed: string) => {
    const read = readMerchantCode(typed);
    if ('error' in read) return setProblem(read.error);
    if (!chosen) return setProblem('请先选择您享受的服务');
    setBusy(true);
    const res = await confirmService(placeId, chosen, read.code, rating);
    setBusy(false);
    if (!res.ok) return setProblem(errorText(res.error));
    setProblem('');
    setDone(res.data.already ? '今天已经确认过这项服务了，谢谢！' : '已确认，谢谢您！商家获得了便民服务积分。');
    load();
  };

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const read = readMerchantCode(res.result ?? '');
      if ('error' in read) return setProblem(read.error);
      setCode(read.code);
      void submit(read.code);
    } catch {
      // cancelled the scan
    }
  };

  return (
    <View className={`page ${text.className}`}>
      <View className="card shop-head">
        <Text className="shop-head__name">{view.name}</Text>
        {view.trusted && <Text className="trusted-badge">社区信得过</Text>}
      </View>
      {view.photos.length > 0 && (
        <View className="shop-photos">
          <PhotoGrid fileIds={view.photos} />
        </View>
      )}
      {!view.hasMerchant || view.services.length === 0 ? (
        <EmptyView text="这里还没有登记服务项目。" />
      ) : (
        <>
          <Text className="section-title">服务项目（点选您享受的一项）</Text>
          {view.services.map((s) => (
            <View
              key={s._id}
              className={chosen === s._id ? 'card service-card service-card--on' : 'card service-card'}
              onClick={() => {
                setChosen(s._id);
                setDone('');
              }}
            >
              <View className="service-card__head">
                <Text className="service-card__title">{s.title}</Text>
                <Text className="service-card__who">{s.audienceLabel}</Text>
              </View>
              {s.description && <Text className="service-card__desc">{s.description}</Text>}
              <Text className="service-card__points">
                {s.confirmedToday ? '今天您已确认' : `确认后商家得 ${s.points} 便民服务积分`}
              </Text>
            </View>
          ))}
          <View className="card sheet-form">
            {IS_WEAPP && (
              <Button className="full-button" type="primary" size="large" block onClick={() => void scan()}>
                扫商家服务码确认
              </Button>
            )}
            <Field
              label={IS_WEAPP ? '扫不了？输入商家手机上的 6 位服务码' : '输入商家手机上的 6 位服务码'}
              error={problem}
            >
              <Input
                className="form-input merchant-code-input"
                value={code}
                placeholder="例如 K7M3QZ"
                maxLength={8}
                onChange={(v) => {
                  setCode(v.toUpperCase());
                  setProblem('');
                }}
              />
            </Field>
            <Field label="给商家打分（可不选）">
              <View className="chip-row">
                {[1, 2, 3, 4, 5].map((n) => (
                  <Text
                    key={n}
                    className={rating === n ? 'chip chip--on' : 'chip'}
                    onClick={() => setRating(rating === n ? undefined : n)}
                  >
                    {n} 星
                  </Text>
                ))}
              </View>
            </Field>
            <Button
              className="full-button confirm-service"
              type="primary"
              size="large"
              block
              loading={busy}
              onClick={() => void submit(code)}
            >
              确认已享受服务
            </Button>
            {done && <Text className="shop-done">{done}</Text>}
          </View>
        </>
      )}
    </View>
  );
}
