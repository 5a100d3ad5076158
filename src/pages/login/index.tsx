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
import { invitePagePath } from '@/features/people/invite-link';
import { DEMO_INVITATIONS } from '../../../types/demo';
import './index.scss';

const GROUPS = groupByCommunity();

function signInAs(openid: string, url = HOME_PAGE) {
  setDevOpenid(openid);
  resetAll();
  void Taro.reLaunch({ url });
}

/** A brand-new WeChat user: an openid nobody has used, as a first scan of an invitation would bring. */
const newcomerOpenid = () => `dev-new-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

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
      <Text className="section-title">新用户</Text>
      <View className="card login-list">
        <View
          className="login-person tap login-newcomer-invite"
          onClick={() => signInAs(newcomerOpenid(), invitePagePath(DEMO_INVITATIONS[1]._id))}
        >
          <Text className="login-person__name">扫 1号楼邀请码</Text>
          <Text className="login-person__title">以新微信用户加入示范社区 1号楼，等待认证</Text>
        </View>
        <View className="login-person tap login-newcomer" onClick={() => signInAs(newcomerOpenid())}>
          <Text className="login-person__name">没有邀请码</Text>
          <Text className="login-person__title">以新微信用户打开，自己选择社区</Text>
        </View>
      </View>
    </View>
  );
}
