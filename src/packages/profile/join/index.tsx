/**
 * 加入社区 (issue 11 point 1): where an invitation lands — a share card, a 小程序码 or the link of a
 * QR code (features/people/invite-link.ts). It names the community (and building) of the invitation
 * and joins on one big tap; without an invitation it lists the communities open to newcomers. Then
 * the person fills in name, building and room, which stay 待认证 until the 楼栋长 confirms them.
 */
import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AppError } from '../../../../types/envelope';
import type { CommunitySummary, InvitePeek } from '../../../../types/user';
import { useTextSize } from '@/features/elder-mode';
import { inviteFromParams } from '@/features/people/invite-link';
import { usePagedList } from '@/features/list/use-paged-list';
import { resetAll, session } from '@/features/session';
import { errorText } from '@/features/errors';
import { PROFILE_EDIT_PAGE } from '@/features/platform';
import { joinCommunity, listOpenCommunities, peekInvite } from '@/services/user';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { PagedListView } from '@/components/PagedListView';
import './index.scss';

export default function JoinPage() {
  const text = useTextSize();
  const invite = inviteFromParams(useRouter().params);
  const [joining, setJoining] = useState(false);
  const [joinError, setJoinError] = useState('');

  const join = async (via: { invite: string } | { communityId: string }) => {
    setJoining(true);
    setJoinError('');
    const res = await joinCommunity(via);
    setJoining(false);
    if (!res.ok) {
      setJoinError(errorText(res.error));
      return;
    }
    resetAll();
    session.set(res.data);
    void Taro.showToast({ title: '已加入', icon: 'success' });
    // Next: name, building and room (a building invitation has chosen the building already).
    setTimeout(() => void Taro.redirectTo({ url: PROFILE_EDIT_PAGE }), 600);
  };

  return (
    <View className={text.className}>
      {invite ? (
        <InviteCard invite={invite} joining={joining} onJoin={() => void join({ invite })} />
      ) : (
        <CommunityChoice joining={joining} onJoin={(communityId) => void join({ communityId })} />
      )}
      {joinError && <Text className="join-error">{joinError}</Text>}
      <View className="card join-how">
        <Text className="muted">
          加入后请填写姓名、楼栋和房号。楼栋长或社区核实（认证）后，您才能看到本楼栋的通知、获得积分；在此之前也可以提交诉求。
        </Text>
      </View>
    </View>
  );
}

function InviteCard(props: { invite: string; joining: boolean; onJoin: () => void }) {
  const [peek, setPeek] = useState<InvitePeek | null>(null);
  const [error, setError] = useState<AppError | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void peekInvite(props.invite).then((res) => {
      if (!live) return;
      setPeek(res.ok ? res.data : null);
      setError(res.ok ? undefined : res.error);
    });
    return () => {
      live = false;
    };
  }, [props.invite, attempt]);

  if (error)
    return (
      <ErrorView
        error={error}
        onRetry={() => {
          setError(undefined);
          setAttempt((n) => n + 1);
        }}
      />
    );
  if (!peek) return <LoadingView text="正在核对邀请…" />;
  return (
    <View className="card join-invite">
      <Text className="muted">您收到的邀请</Text>
      <Text className="join-invite__community">{peek.communityName}</Text>
      {peek.buildingName && <Text className="join-invite__building">{peek.buildingName}</Text>}
      <Button
        className="full-button join-button"
        type="primary"
        size="large"
        block
        loading={props.joining}
        disabled={props.joining}
        onClick={props.onJoin}
      >
        加入{peek.communityName}
      </Button>
    </View>
  );
}

function CommunityChoice(props: { joining: boolean; onJoin: (communityId: string) => void }) {
  const list = usePagedList<CommunitySummary>(useCallback((cursor?: string) => listOpenCommunities(cursor), []));
  return (
    <>
      <View className="card join-invite">
        <Text className="title">选择您所在的社区</Text>
        <Text className="muted">有楼栋长或社区发的邀请码时，扫码加入更快。</Text>
      </View>
      <PagedListView
        list={list}
        empty="暂时没有开放加入的社区，请向楼栋长或社区索取邀请码。"
        wrap="card join-communities"
        render={(c) => (
          <View className="join-community tap" onClick={() => !props.joining && props.onJoin(c._id)}>
            <Text className="join-community__name">{c.name}</Text>
            <Text className="join-community__go">加入 ›</Text>
          </View>
        )}
      />
    </>
  );
}
