/**
 * 我的店铺 (merchant): the code residents scan (it changes every 10 minutes; the page fetches the
 * next one when it does), the 便民服务积分 earned, the services offered, the shop's page (hours,
 * phone, introduction) and the confirmations received — residents shown only as 周**, never their
 * room or phone. A 差评 gets a reply here.
 */
import { useEffect, useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { Envelope } from '../../../../types/envelope';
import type { MyShop } from '../../../../types/merchants';
import { useTextSize } from '@/features/elder-mode';
import { useRotatingCode } from '@/features/rotating-code';
import { myShops, merchantCode } from '@/services/merchants';
import { ErrorView, LoadingView, EmptyView } from '@/components/StatusView';
import { QrCode } from '@/components/points/QrCode';
import { ServicesSection } from './ServicesSection';
import { ShopPageSection } from './ShopPageSection';
import { ConfirmationsSection } from './ConfirmationsSection';
import '@/components/forms.scss';
import '@/components/places/merchants.scss';

export default function MyShopPage() {
  const text = useTextSize();
  const [mine, setMine] = useState<Envelope<{ shops: MyShop[] }> | null>(null);
  const [index, setIndex] = useState(0);
  // Bumped to fetch again (after a change to services or the page, on 再试一次).
  const [tick, setTick] = useState(0);
  const load = () => setTick((n) => n + 1);
  useEffect(() => {
    let live = true;
    void myShops().then((res) => live && setMine(res));
    return () => {
      live = false;
    };
  }, [tick]);

  if (!mine) return <LoadingView />;
  if (!mine.ok) return <ErrorView error={mine.error} onRetry={load} />;
  const shop = mine.data.shops[index];
  if (!shop) return <EmptyView text="您还没有关联店铺。请社区管理员在「商家管理」里把您关联到您的店铺。" />;
  return (
    <View className={`page ${text.className}`}>
      {mine.data.shops.length > 1 && (
        <View className="chip-row">
          {mine.data.shops.map((s, i) => (
            <Text key={s.placeId} className={i === index ? 'chip chip--on' : 'chip'} onClick={() => setIndex(i)}>
              {s.name}
            </Text>
          ))}
        </View>
      )}
      <View className="card shop-head">
        <Text className="shop-head__name">{shop.name}</Text>
        {shop.trusted && <Text className="trusted-badge">社区信得过</Text>}
      </View>
      <CodeCard placeId={shop.placeId} />
      <View className="card merchant-figures">
        <View>
          <Text className="merchant-figures__n merchant-points">{shop.pointsEarned}</Text>
          <Text className="merchant-figures__label">便民服务积分</Text>
        </View>
        <View>
          <Text className="merchant-figures__n">{shop.record.confirmations}</Text>
          <Text className="merchant-figures__label">近半年服务</Text>
        </View>
        <View>
          <Text className="merchant-figures__n">{shop.record.averageRating ?? '—'}</Text>
          <Text className="merchant-figures__label">平均评分</Text>
        </View>
      </View>
      <ConfirmationsSection placeId={shop.placeId} />
      <ServicesSection shop={shop} onChanged={load} />
      <ShopPageSection shop={shop} onSaved={load} />
    </View>
  );
}

/** The code to scan, fetched again when it changes. */
function CodeCard({ placeId }: { placeId: string }) {
  const { shown, problem: failed } = useRotatingCode(() => merchantCode(placeId), placeId);
  return (
    <View className="card merchant-code">
      <Text className="merchant-code__hint">请居民扫码或输入服务码，确认享受了服务</Text>
      {shown ? (
        <>
          <QrCode text={shown.path} cell={5} />
          <Text className="merchant-code__text">{shown.code}</Text>
          <Text className="merchant-code__hint">服务码每 10 分钟更换，截图转发无效</Text>
        </>
      ) : (
        <Text className="merchant-code__hint">{failed || '正在取服务码…'}</Text>
      )}
    </View>
  );
}
