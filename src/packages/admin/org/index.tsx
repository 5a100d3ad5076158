/**
 * 组织架构 (admins): the community's grids and the buildings in each, from `org.tree`.
 * Read-only for now; adding and renaming come with the admin tools.
 */
import { View, Text } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { EmptyView, ErrorView, LoadingView } from '@/components/StatusView';
import './index.scss';

export default function OrgPage() {
  const text = useTextSize();
  const tree = useResource(orgTree);

  if (!tree.data) {
    return (
      <View className={text.className}>
        {tree.status === 'error' ? (
          <ErrorView error={tree.error} onRetry={() => void orgTree.load(true)} />
        ) : (
          <LoadingView />
        )}
      </View>
    );
  }

  const { community, grids } = tree.data;
  const buildingCount = grids.reduce((n, g) => n + g.buildings.length, 0);

  return (
    <View className={text.className}>
      <View className="card org-summary">
        <Text className="title">{community.name}</Text>
        <Text className="muted">
          {grids.length} 个网格 · {buildingCount} 栋楼
        </Text>
      </View>
      {grids.length === 0 && <EmptyView text="还没有网格。" />}
      {grids.map((g) => (
        <View key={g._id}>
          <Text className="section-title">
            {g.name}（{g.buildings.length} 栋）
          </Text>
          <View className="card org-grid">
            {g.buildings.length === 0 ? (
              <Text className="muted">这个网格还没有楼栋</Text>
            ) : (
              g.buildings.map((b) => <Cell key={b._id} className="org-building" title={b.name} />)
            )}
          </View>
        </View>
      ))}
    </View>
  );
}
