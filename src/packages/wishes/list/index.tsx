/**
 * 微心愿: 心愿墙 (approved wishes waiting for a claimer), 我的心愿, 我认领的 (party members), 已圆梦
 * with the community's 圆梦 count, and 待审核 (admins). 许个心愿 on top for everyone; a 楼栋长
 * may also 代发 for a resident. Cards name no one: "1号楼一位老人" at most.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { WishTab, WishView } from '../../../../types/wishes';
import { useTextSize } from '@/features/elder-mode';
import { useResource } from '@/features/resource';
import { session } from '@/features/session';
import { viewerOf } from '@/features/viewer';
import { usePagedList } from '@/features/list/use-paged-list';
import { chosenTab, WISH_EMPTY, WISH_TAB_TITLES, wishTabsFor } from '@/features/wishes/tabs';
import { WISH_PAGES, wishDetailUrl } from '@/features/wishes/routes';
import { listWishes } from '@/services/wishes';
import { PageTabs } from '@/components/PageTabs';
import { PagedListView } from '@/components/PagedListView';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { WishCard } from '@/components/wishes/WishCard';
import '@/components/wishes/wishes.scss';

export default function WishListPage() {
  const text = useTextSize();
  const me = useResource(session);
  const asked = useRouter().params.tab;
  if (!me.data) {
    return (
      <View className={text.className}>
        {me.status === 'error' ? (
          <ErrorView error={me.error} onRetry={() => void session.load(true)} />
        ) : (
          <LoadingView />
        )}
      </View>
    );
  }
  return (
    <View className={text.className}>
      <WishLists tabs={wishTabsFor(viewerOf(me.data))} asked={asked} />
    </View>
  );
}

function WishLists(props: { tabs: WishTab[]; asked?: string }) {
  const [tab, setTab] = useState<WishTab>(() => chosenTab(props.asked, props.tabs));
  const [dreams, setDreams] = useState<number | null>(null);
  const load = useCallback(
    async (cursor?: string) => {
      const res = await listWishes(tab, cursor);
      if (res.ok) setDreams(res.data.dreams);
      return res;
    },
    [tab],
  );
  const list = usePagedList<WishView>(load);
  // Back from a wish (claimed, confirmed, posted): the list shows it as it is now.
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) void list.refresh();
    shownOnce.current = true;
  });
  const tabs = useMemo(() => props.tabs.map((t) => ({ value: t, title: WISH_TAB_TITLES[t] })), [props.tabs]);

  return (
    <>
      <Button
        className="full-button wish-go-post"
        type="primary"
        size="large"
        block
        onClick={() => void Taro.navigateTo({ url: WISH_PAGES.post })}
      >
        许个心愿
      </Button>
      {dreams !== null && <Text className="wish-dreams">本社区已圆梦 {dreams} 个心愿</Text>}
      <PageTabs value={tab} tabs={tabs} onChange={(v) => setTab(v as WishTab)} />
      <PagedListView
        list={list}
        empty={WISH_EMPTY[tab]}
        render={(w) => <WishCard wish={w} onOpen={(x) => void Taro.navigateTo({ url: wishDetailUrl(x._id) })} />}
      />
    </>
  );
}
