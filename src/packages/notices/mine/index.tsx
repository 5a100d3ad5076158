/**
 * 我的发布: the notices this person posted, wherever they went, newest first, each opening
 * 阅读情况 (and the 接龙名单).
 */
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useTextSize } from '@/features/elder-mode';
import { usePagedList } from '@/features/list/use-paged-list';
import { NOTICE_PAGES, noticeFollowUrl } from '@/features/notices/routes';
import { listMyNotices } from '@/services/notices';
import { EmptyView } from '@/components/StatusView';
import { PagedListView } from '@/components/PagedListView';
import { NoticeCard } from '@/components/notices/NoticeCard';
import '@/components/notices/notices.scss';

export default function MyNoticesPage() {
  const text = useTextSize();
  const list = usePagedList(listMyNotices, true);

  return (
    <View className={`${text.className} notices-mine`}>
      <Button
        className="full-button notice-go-post"
        type="primary"
        size="large"
        block
        onClick={() => void Taro.navigateTo({ url: NOTICE_PAGES.post })}
      >
        发布新通知
      </Button>
      <PagedListView
        list={list}
        empty={<EmptyView text="您还没有发布过通知。" />}
        render={(n) => (
          <NoticeCard
            notice={n}
            showUnread={false}
            onOpen={(x) => void Taro.navigateTo({ url: noticeFollowUrl(x._id) })}
          />
        )}
      />
    </View>
  );
}
