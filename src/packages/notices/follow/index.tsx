/**
 * 阅读情况 (admins, and the poster while they hold the role): households of the notice's audience,
 * 未读 first — those are the doors a leader still knocks on — listed by room, 20 at a time (more on
 * scroll), with 一键提醒 to send the unread households a reminder; 已读 households with when they
 * first opened it; for a 接龙, the sign-up list in order with each note. Opens with one call.
 */
import Taro, { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { Button } from '@nutui/nutui-react-taro';
import { useTextSize } from '@/features/elder-mode';
import { when } from '@/features/orders/labels';
import { errorText } from '@/features/errors';
import { countText, householdNote, householdPlace, kindLabel, remindText, scopeText } from '@/features/notices/labels';
import { noticeDetailUrl } from '@/features/notices/routes';
import { useReaders } from '@/features/notices/readers';
import { remindUnread } from '@/services/notices';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { StatusTag } from '@/components/StatusTag';
import { NOTICE_KIND_TONES } from '@/components/status';
import { PageTabs } from '@/components/PageTabs';
import { PagedListView } from '@/components/PagedListView';
import type { ReaderTab } from '../../../../types/notices';
import '@/components/notices/notices.scss';

export default function NoticeFollowPage() {
  const text = useTextSize();
  const noticeId = useRouter().params.noticeId ?? '';
  const { tab, setTab, head, counts, list, moreSignups } = useReaders(noticeId);

  if (!head) {
    return (
      <View className={text.className}>
        {list.state.error ? (
          <ErrorView error={list.state.error} onRetry={() => void list.refresh()} />
        ) : (
          <LoadingView />
        )}
      </View>
    );
  }

  const { notice, signups } = head;
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
            {signups.length === 0 ? (
              <Text className="notice-people__empty">还没有人报名。</Text>
            ) : (
              signups.map((s, i) => (
                <View key={s.userId} className="notice-people__row">
                  <Text className="notice-people__name">{`${i + 1}. ${s.name || '未填姓名'}`}</Text>
                  <Text className="notice-people__note">{s.note || when(s.at)}</Text>
                </View>
              ))
            )}
            {moreSignups.error && <Text className="paged-list__error">{errorText(moreSignups.error)}</Text>}
          </View>
          {head.signupsNext && (
            <Button
              className="full-button notice-more-signups"
              size="large"
              block
              loading={moreSignups.loading}
              onClick={() => void moreSignups.load()}
            >
              更多报名
            </Button>
          )}
        </>
      )}

      <Text className="section-title">阅读情况（按户）</Text>
      <PageTabs<ReaderTab>
        value={tab}
        tabs={[
          { value: 'unread', title: `未读 ${counts?.unread ?? 0} 户` },
          { value: 'read', title: `已读 ${counts?.read ?? 0} 户` },
        ]}
        onChange={setTab}
      />
      {tab === 'unread' && (counts?.unread ?? 0) > 0 && (
        <RemindButton noticeId={notice._id} households={counts?.unread ?? 0} />
      )}
      <PagedListView
        list={list}
        wrap="card notice-people notice-readers"
        empty={tab === 'read' ? '还没有住户打开这条通知。' : '所有住户都看过了。'}
        render={(h) => (
          <View className="notice-people__row">
            <Text className="notice-people__name">{householdPlace(h)}</Text>
            <Text className="notice-people__where">{householdNote(h)}</Text>
          </View>
        )}
      />
    </View>
  );
}

/** 一键提醒: asks once (it messages many homes), then says how many were told. */
function RemindButton(props: { noticeId: string; households: number }) {
  const [sending, setSending] = useState(false);
  const remind = async () => {
    const ok = await Taro.showModal({
      title: '提醒未读住户',
      content: `向 ${props.households} 户未读住户发送提醒？只有订阅了楼栋通知的住户会收到。`,
      confirmText: '发送提醒',
    });
    if (!ok.confirm) return;
    setSending(true);
    const res = await remindUnread(props.noticeId);
    setSending(false);
    const said = res.ok ? remindText(res.data) : { title: errorText(res.error), done: false };
    void Taro.showToast({ title: said.title, icon: said.done ? 'success' : 'none' });
  };
  return (
    <Button
      className="full-button notice-remind"
      type="primary"
      size="large"
      block
      loading={sending}
      disabled={sending}
      onClick={() => void remind()}
    >
      一键提醒未读住户
    </Button>
  );
}
