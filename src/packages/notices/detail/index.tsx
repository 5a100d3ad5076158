/**
 * 通知详情: title, who posted it and when, the text and its photos; for a 接龙 the count, the deadline and 我要报名
 * (with an optional short note) or 取消报名 before the deadline. Opening it marks it read. Shared
 * into a WeChat group it is a card that opens this page (the subscribe message links here too).
 * Its poster and admins find 阅读情况 and 接龙名单 one tap away.
 */
import { useCallback } from 'react';
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro';
import { View, Text, Button as TaroButton } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useTextSize } from '@/features/elder-mode';
import { useResource } from '@/features/resource';
import { session } from '@/features/session';
import { viewerOf } from '@/features/viewer';
import { mayFollowUp } from '../../../../domain/notices/rules';
import { IS_WEAPP } from '@/features/platform';
import { kindLabel, posterLine, scopeText } from '@/features/notices/labels';
import { detailPath, noticeFollowUrl } from '@/features/notices/routes';
import { useLoaded } from '@/features/notices/use-loaded';
import { announceNotice } from '@/features/notices/events';
import { getNotice } from '@/services/notices';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { StatusTag } from '@/components/StatusTag';
import { PhotoGrid } from '@/components/PhotoGrid';
import { NOTICE_KIND_TONES } from '@/components/status';
import { SignupBox } from './SignupBox';
import '@/components/notices/notices.scss';

export default function NoticeDetailPage() {
  const text = useTextSize();
  const noticeId = useRouter().params.noticeId ?? '';
  const me = useResource(session);
  const fetchNotice = useCallback(() => getNotice(noticeId), [noticeId]);
  const loaded = useLoaded(fetchNotice);
  const notice = loaded.data?.notice ?? null;
  const load = loaded.reload;
  usePullDownRefresh(() => void load().then(() => Taro.stopPullDownRefresh()));

  // The card a group sees: the title, and a tap opens this notice (for whoever it reaches).
  useShareAppMessage(() => ({
    title: notice ? `【${kindLabel(notice)}】${notice.title}` : '楼栋通知',
    path: detailPath(noticeId),
  }));

  if (!notice) {
    return (
      <View className={text.className}>
        {loaded.error && !loaded.loading ? (
          <ErrorView error={loaded.error} onRetry={() => void load()} />
        ) : (
          <LoadingView />
        )}
      </View>
    );
  }

  // The rule the function applies (admins, and the poster while they hold the role), asked here too.
  const follows = me.data ? mayFollowUp(viewerOf(me.data), notice) : false;

  return (
    <View className={text.className}>
      <View className="card notice-detail">
        <View className="notice-card__head">
          <StatusTag tone={NOTICE_KIND_TONES[notice.kind]} className="notice-kind">
            {kindLabel(notice)}
          </StatusTag>
          <Text className="notice-detail__meta">{scopeText(notice)}</Text>
        </View>
        <Text className="notice-detail__title">{notice.title}</Text>
        <Text className="notice-detail__meta">{posterLine(notice)}</Text>
        <Text className="notice-detail__content">{notice.content}</Text>
        <PhotoGrid fileIds={notice.photos} />
      </View>

      {notice.kind === 'signup' && (
        <SignupBox
          notice={notice}
          onChanged={(n) => {
            loaded.set({ notice: n });
            announceNotice(n);
          }}
        />
      )}

      {follows && (
        <Button
          className="full-button notice-go-follow"
          size="large"
          block
          onClick={() => void Taro.navigateTo({ url: noticeFollowUrl(notice._id) })}
        >
          {notice.kind === 'signup' ? '阅读情况与接龙名单' : '阅读情况'}
        </Button>
      )}
      {IS_WEAPP && (
        <TaroButton className="full-button notice-share" openType="share">
          分享到群
        </TaroButton>
      )}
    </View>
  );
}
