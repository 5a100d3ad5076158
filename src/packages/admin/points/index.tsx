/**
 * 积分管理 (admins): the way to 爱心超市商品 and 核销, and the community's people — find one by name
 * or room, open their points to 加分 or 冲正.
 */
import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { Member } from '../../../../types/user';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { nameIndex } from '@/features/org-names';
import { loadAllMembers } from '@/features/members';
import { MEMBER_LIST_MAX, memberLine, searchMembers } from '@/features/points/member-search';
import { memberPointsUrl, POINTS_PAGES } from '@/features/points/routes';
import { EmptyView, ErrorView, LoadingView } from '@/components/StatusView';
import '@/components/forms.scss';
import '../../../components/points/points.scss';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

export default function PointsAdminPage() {
  const text = useTextSize();
  const tree = useResource(orgTree);
  const [members, setMembers] = useState<Member[] | null>(null);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');

  const fetchMembers = useCallback(
    () =>
      loadAllMembers().then((r) => {
        setMembers(r.members);
        setError(r.error ?? '');
      }),
    [],
  );
  useEffect(() => {
    void fetchMembers();
  }, [fetchMembers]);
  const retry = () => {
    setMembers(null);
    void fetchMembers();
  };

  const names = nameIndex(tree.data);
  const found = members ? searchMembers(members, query) : [];

  return (
    <View className={text.className}>
      <View className="points-links">
        <Button className="admin-go-items" type="primary" size="large" onClick={() => go(POINTS_PAGES.items)}>
          爱心超市商品
        </Button>
        <Button className="admin-go-verify" size="large" onClick={() => go(POINTS_PAGES.verify)}>
          核销兑换
        </Button>
      </View>

      <Text className="section-title">居民积分：点一位居民，给他加分或冲正</Text>
      <View className="card">
        <Input
          className="form-input member-search"
          value={query}
          placeholder="输入姓名或房号查找"
          maxLength={20}
          onChange={setQuery}
        />
        {members === null ? (
          <LoadingView text="正在加载居民…" />
        ) : members.length === 0 && error ? (
          <ErrorView error={{ code: 'INTERNAL', message: error }} onRetry={retry} />
        ) : found.length === 0 ? (
          <EmptyView text={query ? `没有找到「${query}」` : '社区还没有居民。'} />
        ) : (
          <View className="member-list">
            {found.slice(0, MEMBER_LIST_MAX).map((m) => (
              <View key={m._id} className="member-row" onClick={() => go(memberPointsUrl(m._id, m.name))}>
                <View className="member-row__body">
                  <Text className="member-row__name">{m.name || '（未填姓名）'}</Text>
                  <Text className="member-row__meta">{memberLine(m, names)}</Text>
                </View>
                <Text className="muted">积分 ›</Text>
              </View>
            ))}
            {found.length > MEMBER_LIST_MAX && (
              <Text className="paged-list__note">还有 {found.length - MEMBER_LIST_MAX} 人，请输入姓名查找</Text>
            )}
          </View>
        )}
        {error && members && members.length > 0 && <Text className="paged-list__error">{error}</Text>}
      </View>
    </View>
  );
}
