/**
 * 台账导出 (community admins): the 三单、积分、议事 台账 of a month, quarter or year, for one grid or
 * all, as Excel files in the forms a 街道 asks for (titled, dated, the community's name, 合计). A
 * meeting's 纪要 is exported from its 会议纪要 page.
 */
import { View, Text } from '@tarojs/components';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { LedgerExportPanel } from '@/components/ledgers/LedgerExportPanel';
import '@/components/forms.scss';

export default function LedgersPage() {
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
  return (
    <View className={text.className}>
      <Text className="list-hint">
        {tree.data.community.name}：选好时段和网格，点一下即生成 Excel 台账，可直接转发给街道。
      </Text>
      <LedgerExportPanel grids={tree.data.grids} />
    </View>
  );
}
