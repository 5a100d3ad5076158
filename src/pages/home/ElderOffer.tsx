/**
 * The first time the home shows, it offers 长辈模式 in big words with two big buttons, so an older
 * person need not find the switch in 我的 with small text. Answered once, it goes away (the switch
 * stays in 我的).
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { elderOfferPending, markElderOffered } from '@/features/elder-mode';

export function ElderOffer(props: { onTurnOn(): void }) {
  const [pending, setPending] = useState(elderOfferPending);
  if (!pending) return null;
  const answer = (on: boolean) => {
    markElderOffered();
    setPending(false);
    if (on) props.onTurnOn();
  };
  return (
    <View className="home-elder-offer card">
      <Text className="home-elder-offer__ask">字太小、看不清？</Text>
      <Text className="home-elder-offer__hint">打开长辈模式，字更大、按钮更大。以后在「我的」里也能开关。</Text>
      <View className="home-elder-offer__actions">
        <Button className="home-elder-offer__no" size="large" onClick={() => answer(false)}>
          不用了
        </Button>
        <Button className="home-elder-offer__yes" type="primary" size="large" onClick={() => answer(true)}>
          打开长辈模式
        </Button>
      </View>
    </View>
  );
}
