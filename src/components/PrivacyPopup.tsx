/**
 * 用户隐私保护指引: shown when src/features/privacy.ts asks (WeChat's privacy check on weapp, or
 * the first time a phone number is about to be saved). Mount it on pages that collect personal
 * data. On weapp the agree button is WeChat's agreePrivacyAuthorization button, so WeChat itself
 * records the consent.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button as TaroButton, View, Text } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import { AGREE_BUTTON_ID, PRIVACY_EVENT, type ConsentAnswer } from '@/features/privacy';
import './PrivacyPopup.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

export function PrivacyPopup() {
  const [answer, setAnswer] = useState<ConsentAnswer | null>(null);

  useEffect(() => {
    const onAsk = (a: ConsentAnswer) => setAnswer(() => a);
    Taro.eventCenter.on(PRIVACY_EVENT, onAsk);
    return () => {
      Taro.eventCenter.off(PRIVACY_EVENT, onAsk);
    };
  }, []);

  const reply = (agreed: boolean) => {
    answer?.(agreed);
    setAnswer(null);
  };

  const openContract = () => {
    if (isWeapp) void Taro.openPrivacyContract({});
  };

  return (
    <Popup visible={!!answer} position="bottom" round closeOnOverlayClick={false} onClose={() => reply(false)}>
      <View className="privacy">
        <Text className="privacy__title">用户隐私保护指引</Text>
        <Text className="privacy__text">
          为了让网格员和社区工作人员能联系到您、上门服务，邻里通需要收集您的姓名、手机号和所住楼栋房号。
          这些信息只用于本社区的服务，不会提供给其他人；您可以随时在「我的」里修改。
        </Text>
        {isWeapp && (
          <Text className="privacy__link" onClick={openContract}>
            查看《邻里通隐私保护指引》
          </Text>
        )}
        <View className="privacy__actions">
          <Button className="privacy__button" size="large" onClick={() => reply(false)}>
            不同意
          </Button>
          {isWeapp ? (
            <TaroButton
              id={AGREE_BUTTON_ID}
              className="privacy__agree"
              openType="agreePrivacyAuthorization"
              onAgreePrivacyAuthorization={() => reply(true)}
            >
              同意
            </TaroButton>
          ) : (
            <Button
              className="privacy__button privacy__agree-h5"
              type="primary"
              size="large"
              onClick={() => reply(true)}
            >
              同意
            </Button>
          )}
        </View>
      </View>
    </Popup>
  );
}
