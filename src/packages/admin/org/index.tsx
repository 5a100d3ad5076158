/**
 * 组织架构 (admins): the community's grids and the buildings in each, from `org.tree`; add and
 * rename grids and buildings, and move a building to another grid (OrgSheet). After each change
 * the tree is read again, so every page that names grids and buildings shows the new names. At the
 * foot, the community's 回访期限 (ClosingCard).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Cell } from '@nutui/nutui-react-taro';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { EmptyView, ErrorView, LoadingView } from '@/components/StatusView';
import { OrgSheet, type OrgEdit } from './OrgSheet';
import { ClosingCard } from './ClosingCard';
import '@/components/forms.scss';
import './index.scss';

export default function OrgPage() {
  const text = useTextSize();
  const tree = useResource(orgTree);
  const [edit, setEdit] = useState<OrgEdit | null>(null);

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
  const done = () => {
    setEdit(null);
    void orgTree.load(true);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };

  return (
    <View className={text.className}>
      <View className="card org-summary">
        <Text className="title">{community.name}</Text>
        <Text className="muted">
          {grids.length} 个网格 · {buildingCount} 栋楼
        </Text>
        <Button className="org-add-grid" type="primary" size="large" onClick={() => setEdit({ kind: 'grid.add' })}>
          新增网格
        </Button>
      </View>
      {grids.length === 0 && <EmptyView text="还没有网格，先新增一个网格。" />}
      {grids.map((g) => (
        <View key={g._id} className="org-grid-block" data-grid={g.name}>
          <View className="org-grid-head">
            <Text
              className="section-title org-grid-name tap"
              onClick={() => setEdit({ kind: 'grid.rename', gridId: g._id, name: g.name })}
            >
              {g.name}（{g.buildings.length} 栋） ✎
            </Text>
          </View>
          <View className="card org-grid">
            {g.buildings.length === 0 && <Text className="muted">这个网格还没有楼栋</Text>}
            {g.buildings.map((b) => (
              <Cell
                key={b._id}
                className="org-building tap"
                title={b.name}
                extra="改名/换网格 ›"
                onClick={() => setEdit({ kind: 'building.edit', buildingId: b._id, name: b.name, gridId: g._id })}
              />
            ))}
            <Button
              className="org-add-building"
              size="large"
              block
              onClick={() => setEdit({ kind: 'building.add', gridId: g._id, gridName: g.name })}
            >
              ＋ 新增楼栋
            </Button>
          </View>
        </View>
      ))}
      <ClosingCard />
      {edit && <OrgSheet edit={edit} tree={tree.data} onDone={done} onClose={() => setEdit(null)} />}
    </View>
  );
}
