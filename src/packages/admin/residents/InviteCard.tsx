/**
 * 邀请新居民: the invitation a 楼栋长 (their building) or an admin (the community, or a building)
 * shares — as a WeChat share card into the building's group (weapp), a QR code of the link, and the
 * code itself to read aloud. Following it joins; the claimed address still waits for 认证.
 */
import { useEffect, useState } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Invitation } from '../../../../types/user';
import { errorText } from '@/features/errors';
import { IS_H5, IS_WEAPP } from '@/features/platform';
import { inviteLink, invitePagePath } from '@/features/people/invite-link';
import { createInvite } from '@/services/user';
import { QrCode } from '@/components/points/QrCode';

export interface InviteChoice {
  /** '' for the community's own invitation. */
  buildingId: string;
  label: string;
}

/** On weapp the QR code needs the domain set up for 扫普通链接二维码打开小程序 (README); H5 uses its own. */
const LINK_ORIGIN = IS_H5 ? window.location.origin : typeof INVITE_LINK_ORIGIN === 'string' ? INVITE_LINK_ORIGIN : '';

export function InviteCard({ choices }: { choices: InviteChoice[] }) {
  const [chosen, setChosen] = useState(choices[0]?.buildingId ?? '');
  // Keyed by the choice: a new choice starts from nothing shown.
  const [shown, setShown] = useState<{ for: string; invitation?: Invitation; error?: string }>({ for: '' });
  const invitation = shown.for === chosen ? (shown.invitation ?? null) : null;
  const error = shown.for === chosen ? (shown.error ?? '') : '';

  useEffect(() => {
    let live = true;
    void createInvite(chosen || undefined).then((res) => {
      if (!live) return;
      setShown(
        res.ok ? { for: chosen, invitation: res.data.invitation } : { for: chosen, error: errorText(res.error) },
      );
    });
    return () => {
      live = false;
    };
  }, [chosen]);

  useShareAppMessage(() => ({
    title: invitation ? `邀请您加入${invitation.communityName}${invitation.buildingName}` : '邀请您加入社区',
    path: invitation ? invitePagePath(invitation.code) : '/pages/home/index',
  }));

  const link = invitation && LINK_ORIGIN ? inviteLink(LINK_ORIGIN, invitation.code) : '';
  return (
    <View className="card invite-card">
      <Text className="title">邀请新居民</Text>
      {choices.length > 1 && (
        <View className="chip-row">
          {choices.map((c) => (
            <Text
              key={c.buildingId || 'community'}
              className={`chip tap ${c.buildingId === chosen ? 'chip--on' : ''}`}
              onClick={() => setChosen(c.buildingId)}
            >
              {c.label}
            </Text>
          ))}
        </View>
      )}
      {error && <Text className="invite-card__error">{error}</Text>}
      {invitation && (
        <View className="invite-card__body">
          <Text className="muted">
            {invitation.communityName}
            {invitation.buildingName ? ` · ${invitation.buildingName}` : ''}的邀请
          </Text>
          {link && <QrCode text={link} cell={5} />}
          <Text className="invite-card__code">邀请码 {invitation.code}</Text>
          {link && <Text className="invite-card__link">{link}</Text>}
          {IS_WEAPP ? (
            <Button className="full-button" type="primary" size="large" block openType="share">
              发到楼栋微信群
            </Button>
          ) : (
            <Button
              className="full-button invite-copy"
              size="large"
              block
              onClick={() => void Taro.setClipboardData({ data: link || invitation.code })}
            >
              复制邀请链接
            </Button>
          )}
          <Text className="muted">新居民加入后填写的楼栋和房号，要由您在下面认证后才生效。</Text>
        </View>
      )}
    </View>
  );
}
