/**
 * 工作台: who you are, then what your roles let you do. For a resident 一键发单 comes first, as
 * one big button (the tap sends; a few seconds to 撤回 follow, then the order opens). The first time,
 * 长辈模式 is offered right under the greeting. On H5 without a dev
 * sign-in it sends you to pick a demo person; on weapp the identity is WeChat's, so it never goes there.
 * The greeting card also shows one's points (先锋积分 for party members), a tap from 我的积分.
 */
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { unreadText, useHomeScreen } from '@/features/home';
import { useTextSize } from '@/features/elder-mode';
import { tileCounts, workbenchFor } from '@/features/workbench';
import { balanceTitle } from '@/features/points/balance-title';
import { POINTS_PAGES } from '@/features/points/routes';
import { NOTICE_PAGES } from '@/features/notices/routes';
import { IS_H5, LOGIN_PAGE, PROFILE_EDIT_PAGE } from '@/features/platform';
import { reasonOf } from '@/features/errors';
import { JOIN_PAGE } from '../../../types/user';
import { getDevOpenid } from '@/services/identity';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { TileGrid } from '@/components/TileGrid';
import { askAlongTheWay } from '@/features/notices/subscribe';
import { consentForTile, QUICK_ORDER_CONSENT } from '@/features/notices/work-consent';
import { QuickOrderSheet } from './QuickOrderSheet';
import { ElderOffer } from './ElderOffer';
import './index.scss';

export default function HomePage() {
  const text = useTextSize();
  const needsSignIn = IS_H5 && !getDevOpenid();
  // One call answers the whole screen, read again each time the home shows (features/home.ts).
  const me = useHomeScreen(!needsSignIn);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    if (needsSignIn) void Taro.reLaunch({ url: LOGIN_PAGE });
  }, [needsSignIn]);
  // Not in a community yet (no invitation followed): 加入社区 lists the ones open to newcomers.
  const notJoined = reasonOf(me.error) === 'NOT_JOINED' && !me.data;
  useEffect(() => {
    if (notJoined) void Taro.reLaunch({ url: `/${JOIN_PAGE}` });
  }, [notJoined]);

  if (needsSignIn)
    return (
      <View className={text.className}>
        <LoadingView text="请先选择身份…" />
      </View>
    );

  if (!me.data) {
    return (
      <View className={text.className}>
        {me.error ? (
          <ErrorView error={me.error} onRetry={() => void me.reload()}>
            {IS_H5 && (
              <Button size="large" onClick={() => void Taro.reLaunch({ url: LOGIN_PAGE })}>
                切换身份
              </Button>
            )}
          </ErrorView>
        ) : (
          <LoadingView />
        )}
      </View>
    );
  }

  const { user, roles, community, points, buildingName: building } = me.data;
  // 楼栋通知 not yet opened: a banner above the tiles, so a new notice is the first thing seen.
  const unread = unreadText(me.data.unreadNotices);
  const bench = workbenchFor(
    roles.map((r) => r.role),
    { elder: text.elder },
  );
  const counts = tileCounts(me.data.work);
  // On a work tile's tap, the messages its work brings are asked for (WeChat's prompt needs a tap).
  const held = roles.map((r) => r.role);
  const consent = Object.fromEntries(
    bench.sections.flatMap((s) => s.tiles).map((t) => [t.key, consentForTile(t.key, held)]),
  );
  const incomplete = !user.name || !user.buildingId || !user.room;

  return (
    <View className={text.className}>
      <View className="home-hello card">
        <Text className="home-hello__name">{user.name ? `${user.name}，您好` : '您好'}</Text>
        <Text className="home-hello__where">
          {community.name}
          {building ? ` · ${building}` : ''}
          {user.room ? ` ${user.room}室` : ''}
          {me.data.addressStatus === 'pending' && <Text className="home-hello__pending">（待认证）</Text>}
        </Text>
        {points && (
          <View className="home-points tap" onClick={() => void Taro.navigateTo({ url: POINTS_PAGES.mine })}>
            <Text>
              {balanceTitle(points.label)} <Text className="home-points__number">{points.balance}</Text>
            </Text>
            <Text className="home-points__go">明细 ›</Text>
          </View>
        )}
      </View>

      <ElderOffer onTurnOn={() => text.setElder(true)} />

      {incomplete && (
        <View className="home-notice card" onClick={() => void Taro.navigateTo({ url: PROFILE_EDIT_PAGE })}>
          <Text>请先完善您的姓名、楼栋和房号，网格员才能找到您。</Text>
          <Text className="home-notice__go">去完善 ›</Text>
        </View>
      )}

      {!incomplete && (me.data.addressStatus === 'pending' || me.data.addressStatus === 'rejected') && (
        <View className="home-notice card" onClick={() => void Taro.navigateTo({ url: PROFILE_EDIT_PAGE })}>
          <Text>
            {me.data.addressStatus === 'pending'
              ? '住址待楼栋长认证，认证后可看本楼栋通知、获得积分。'
              : '住址未通过认证，请核对楼栋和房号。'}
          </Text>
          <Text className="home-notice__go">查看 ›</Text>
        </View>
      )}

      {unread && (
        <View className="home-notice home-unread card" onClick={() => void Taro.navigateTo({ url: NOTICE_PAGES.list })}>
          <Text>
            楼栋通知：<Text className="home-unread__count">{unread}</Text> 条未读
          </Text>
          <Text className="home-notice__go">去看看 ›</Text>
        </View>
      )}

      {bench.quickOrder && (
        <Button
          className="home-quick"
          type="primary"
          block
          onClick={() => {
            // The same tap sends the order and asks to tell the resident when it is taken and done.
            void askAlongTheWay(QUICK_ORDER_CONSENT);
            setAsking(true);
          }}
        >
          <View className="home-quick__inner">
            <Text className="home-quick__title">{bench.quickOrder.title}</Text>
            <Text className="home-quick__desc">{bench.quickOrder.desc}</Text>
          </View>
        </Button>
      )}

      {bench.sections.map((s) => (
        <View key={s.title}>
          <Text className="section-title">{s.title}</Text>
          <TileGrid tiles={s.tiles} elder={text.elder} counts={counts} consent={consent} />
        </View>
      ))}

      {asking && (
        <QuickOrderSheet
          place={incomplete ? '' : `${building || '您登记的楼栋'} ${user.room}室`}
          onClose={() => setAsking(false)}
        />
      )}
    </View>
  );
}
