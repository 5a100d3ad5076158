/**
 * 阅读情况 (poster and admins): 已读 n / 未读 m households of the notice's scope with names, building
 * and room — 未读 first, since those are the doors a leader still knocks on — and, for a 接龙, the
 * sign-up list in order with each note.
 */
import { useCallback, useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Envelope } from '../../../../types/envelope';
import type { Household, NoticeView } from '../../../../types/notices';
import { useTextSize } from '@/features/elder-mode';
import { when } from '@/features/orders/labels';
import { countText, kindLabel, scopeText } from '@/features/notices/labels';
import { noticeDetailUrl } from '@/features/notices/routes';
import { useLoaded } from '@/features/notices/use-loaded';
import { getFollow, type SignupEntry } from '@/services/notices';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { StatusTag } from '@/components/StatusTag';
import { NOTICE_KIND_TONES } from '@/components/status';
import { PageTabs } from '@/components/PageTabs';
import { HouseholdList } from '@/components/notices/HouseholdList';
import '@/components/notices/notices.scss';

interface Follow {
  notice: NoticeView;
  read: Household[];
  unread: Household[];
  signups: SignupEntry[];
}

/** The notice, its readers and (for a 接龙) its sign-ups: one call, `notices.follow`. */
const loadFollow = (noticeId: string): Promise<Envelope<Follow>> => getFollow(noticeId);

export default function NoticeFollowPage() {
  const text = useTextSize();
  const noticeId = useRouter().params.noticeId ?? '';
  const [tab, setTab] = useState<'unread' | 'read'>('unread');
  const loaded = useLoaded(useCallback(() => loadFollow(noticeId), [noticeId]));
  const data = loaded.data;
  const load = loaded.reload;
  usePullDownRefresh(() => void load().then(() => Taro.stopPullDownRefresh()));

  if (!data) {
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

  const { notice } = data;
  return (
    <View className={text.className}>
      <View className="card notice-detail" onClick={() => void Taro.navigateTo({ url: noticeDetailUrl(notice._id) })}>
        <View className="notice-card__head">
          <StatusTag tone={NOTICE_KIND_TONES[notice.kind]} className="notice-kind">
            {kindLabel(notice)}
          </StatusTag>
          <Text className="notice-detail__meta">{scopeText(notice)}</Text>
        </View>
        <Text className="notice-detail__title">{notice.title}</Text>
        <Text className="notice-detail__meta">查看全文 ›</Text>
      </View>

      {notice.kind === 'signup' && (
        <>
          <Text className="section-title">接龙名单 · {countText(notice)}</Text>
          <View className="card notice-signups">
            {data.signups.length === 0 ? (
              <Text className="notice-people__empty">还没有人报名。</Text>
            ) : (
              data.signups.map((s, i) => (
                <View key={s.userId} className="notice-people__row">
                  <Text className="notice-people__name">{`${i + 1}. ${s.name || '未填姓名'}`}</Text>
                  <Text className="notice-people__note">{s.note || when(s.at)}</Text>
                </View>
              ))
            )}
          </View>
        </>
      )}

      <Text className="section-title">阅读情况</Text>
      <PageTabs<'unread' | 'read'>
        value={tab}
        tabs={[
          { value: 'unread', title: `未读 ${data.unread.length}` },
          { value: 'read', title: `已读 ${data.read.length}` },
        ]}
        onChange={setTab}
      />
      <View className="card notice-readers">
        <HouseholdList
          households={tab === 'read' ? data.read : data.unread}
          empty={tab === 'read' ? '还没有住户打开这条通知。' : '所有住户都看过了。'}
        />
      </View>
      <Button className="full-button" size="large" block onClick={() => void load()}>
        刷新
      </Button>
    </View>
  );
}
