/**
 * Dev sign-in (H5 only): pick a demo person; their openid goes into storage and becomes the
 * x-openid header the local cloud trusts. On weapp the identity is WeChat's and this page is not
 * even built (app.config.ts).
 */
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useTextSize } from '@/features/elder-mode';
import { groupByCommunity } from '@/features/demo-people';
import { resetAll } from '@/features/session';
import { HOME_PAGE } from '@/features/platform';
import { getDevOpenid, setDevOpenid } from '@/services/identity';
import './index.scss';

const GROUPS = groupByCommunity();

function signInAs(openid: string) {
  setDevOpenid(openid);
  resetAll();
  void Taro.reLaunch({ url: HOME_PAGE });
}

export default function LoginPage() {
  const text = useTextSize();
  const current = getDevOpenid();
  return (
    <View className={text.className}>
      <View className="card login-intro">
        <Text className="title">选择一个身份体验</Text>
        <Text className="muted">这是本地演示环境。在微信里，身份来自您的微信，不需要选择。</Text>
      </View>
      {GROUPS.map((g) => (
        <View key={g.communityName}>
          <Text className="section-title">{g.communityName}</Text>
          <View className="card login-list">
            {g.people.map((p) => (
              <View
                key={p.openid}
                className="login-person tap"
                data-openid={p.openid}
                onClick={() => signInAs(p.openid)}
              >
                <Text className="login-person__name">{p.name}</Text>
                <Text className="login-person__title">{p.title}</Text>
                {current === p.openid && <Text className="login-person__current">当前</Text>}
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  );
}
