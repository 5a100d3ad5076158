/**
 * 楼栋通知: what the building, the grid and the community told this household, newest first; unread
 * ones marked with a dot and bold. 「有新通知提醒我」 asks WeChat for one subscribe message. Those who
 * post (楼栋长, 网格员, 社区) also find 发布通知 and 我的发布 here.
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { NoticeView } from '../../../../types/notices';
import { useTextSize } from '@/features/elder-mode';
import { useResource } from '@/features/resource';
import { session } from '@/features/session';
import { usePagedList } from '@/features/list/use-paged-list';
import { mayPostSomewhere } from '../../../../domain/notices/rules';
import { viewerOf } from '@/features/viewer';
import { NOTICE_PAGES, noticeDetailUrl } from '@/features/notices/routes';
import { askToSubscribe } from '@/features/notices/subscribe';
import { useNoticeChanges } from '@/features/notices/events';
import { listNotices } from '@/services/notices';
import { PagedListView } from '@/components/PagedListView';
import { NoticeCard } from '@/components/notices/NoticeCard';
import '@/components/notices/notices.scss';

export default function NoticeListPage() {
  const text = useTextSize();
  const me = useResource(session);
  const list = usePagedList(useCallback((cursor?: string) => listNotices(cursor), []));
  const [asking, setAsking] = useState(false);
  const poster = !!me.data && mayPostSomewhere(viewerOf(me.data));
  // Signed up or withdrawn on the detail page: the card shows it on the way back.
  useNoticeChanges((n) => list.put(n));

  const open = (n: NoticeView) => {
    // Opening marks it read in the cloud; show it read here at once rather than after a refresh.
    if (n.unread) list.put({ ...n, unread: false });
    void Taro.navigateTo({ url: noticeDetailUrl(n._id) });
  };

  const remindMe = async () => {
    if (asking) return;
    setAsking(true);
    const outcome = await askToSubscribe(['building_notice']);
    setAsking(false);
    void Taro.showToast({
      title: outcome.ok ? '好的，有新通知会提醒您' : outcome.message,
      icon: 'none',
      duration: 2500,
    });
  };

  return (
    <View className={text.className}>
      {poster && (
        <View className="notice-links">
          <Button
            className="notice-go-post"
            type="primary"
            size="large"
            onClick={() => void Taro.navigateTo({ url: NOTICE_PAGES.post })}
          >
            发布通知
          </Button>
          <Button
            className="notice-go-mine"
            size="large"
            onClick={() => void Taro.navigateTo({ url: NOTICE_PAGES.mine })}
          >
            我的发布
          </Button>
        </View>
      )}
      <PagedListView
        list={list}
        empty="还没有通知。楼栋长、网格员发布后会显示在这里。"
        render={(n) => <NoticeCard notice={n} onOpen={open} />}
      />
      <Button className="full-button notice-remind" size="large" block loading={asking} onClick={() => void remindMe()}>
        有新通知提醒我
      </Button>
    </View>
  );
}
