/**
 * 我的: profile (phone masked until its owner taps), roles in Chinese, the 长辈模式 switch, and on
 * H5 a way back to the dev sign-in.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Cell, Switch } from '@nutui/nutui-react-taro';
import { useResource } from '@/features/resource';
import { orgTree, resetAll, session } from '@/features/session';
import { useTextSize, wechatFontSize } from '@/features/elder-mode';
import { maskPhone } from '../../../domain/mask';
import { roleLabels } from '@/features/roles';
import { buildingName, nameIndex } from '@/features/org-names';
import { IS_H5, LOGIN_PAGE, PROFILE_EDIT_PAGE } from '@/features/platform';
import { clearDevOpenid, getDevOpenid } from '@/services/identity';
import { BOOKING_PAGES } from '@/features/places/days';
import { ACTIVITY_PAGES } from '@/features/activities/routes';
import { ErrorView, LoadingView } from '@/components/StatusView';
import './index.scss';

function switchIdentity() {
  clearDevOpenid();
  resetAll();
  void Taro.reLaunch({ url: LOGIN_PAGE });
}

export default function MinePage() {
  const text = useTextSize();
  const signedOut = IS_H5 && !getDevOpenid();
  const me = useResource(session, !signedOut);
  const tree = useResource(orgTree, me.status === 'ready');
  const [showPhone, setShowPhone] = useState(false);

  // The whole row is the switch (a 48 px+ target, not a small toggle at the edge); the Switch only
  // shows the state, so a tap on it is the row's tap and flips once.
  const elderCell = (
    <Cell
      className="mine-cell mine-elder"
      title="长辈模式"
      description={text.elder ? '字更大、按钮更大、选项更少' : '打开后字更大、按钮更大'}
      extra={<Switch className="mine-elder__switch" checked={text.elder} />}
      onClick={() => text.setElder(!text.elder)}
    />
  );
  const fontHint =
    (wechatFontSize() ?? 0) > 17 ? <Text className="muted mine-hint">已按您的微信字体大小显示</Text> : null;
  const h5Switch = IS_H5 && (
    <Button className="full-button" size="large" onClick={switchIdentity}>
      切换身份
    </Button>
  );

  if (signedOut || !me.data) {
    return (
      <View className={text.className}>
        {signedOut ? null : me.status === 'error' ? (
          <ErrorView error={me.error} onRetry={() => void session.load(true)} />
        ) : (
          <LoadingView />
        )}
        <View className="card mine-settings">{elderCell}</View>
        {h5Switch}
      </View>
    );
  }

  const { user, roles, community } = me.data;
  const names = nameIndex(tree.data);
  const building = buildingName(tree.data, user.buildingId);
  const labels = roleLabels(roles, names);

  return (
    <View className={text.className}>
      <Text className="section-title">我的资料</Text>
      <View className="card mine-profile">
        <Cell className="mine-cell" title="姓名" extra={user.name || '未填写'} />
        <Cell
          className="mine-cell"
          title="手机号"
          extra={user.phone ? (showPhone ? user.phone : maskPhone(user.phone)) : '未填写'}
          description={user.phone ? (showPhone ? '点一下隐藏' : '点一下查看完整号码') : undefined}
          onClick={() => setShowPhone((v) => !v)}
        />
        <Cell className="mine-cell" title="社区" extra={community.name} />
        <Cell
          className="mine-cell"
          title="楼栋"
          extra={building || (user.buildingId ? (tree.status === 'error' ? '暂时无法显示' : '…') : '未填写')}
        />
        <Cell className="mine-cell" title="房号" extra={user.room || '未填写'} />
        <Button
          className="full-button"
          type="primary"
          size="large"
          onClick={() => void Taro.navigateTo({ url: PROFILE_EDIT_PAGE })}
        >
          修改资料
        </Button>
      </View>

      <Text className="section-title">我的预约</Text>
      <View className="card mine-bookings">
        <Cell
          className="mine-cell mine-bookings__open"
          title="我预约的活动室、会议室"
          extra="查看 ›"
          onClick={() => void Taro.navigateTo({ url: BOOKING_PAGES.mine })}
        />
      </View>

      <Text className="section-title">活动与志愿服务时长</Text>
      <View className="card mine-hours">
        <Cell
          className="mine-cell mine-signups__open"
          title="我报名的活动"
          extra="查看 ›"
          onClick={() => void Taro.navigateTo({ url: ACTIVITY_PAGES.mine })}
        />
        <Cell
          className="mine-cell mine-hours__open"
          title="我的志愿时长（活动、微心愿）"
          extra="查看 ›"
          onClick={() => void Taro.navigateTo({ url: ACTIVITY_PAGES.hours })}
        />
      </View>

      <Text className="section-title">我的身份</Text>
      <View className="card mine-roles">
        {labels.length ? (
          labels.map((l) => (
            <Text key={l} className="mine-role">
              {l}
            </Text>
          ))
        ) : (
          <Text className="muted">居民</Text>
        )}
      </View>

      <Text className="section-title">设置</Text>
      <View className="card mine-settings">
        {elderCell}
        {fontHint}
      </View>
      {h5Switch}
    </View>
  );
}
