/**
 * 台账导出 (community admins for their community; 街道管理员 for each of theirs): the 三单、积分、议事
 * 台账 of a month, quarter or year, for one grid or all, as Excel files in the forms a 街道 asks for
 * (titled, dated, the community's name, 合计). A meeting's 纪要 is exported from its 会议纪要 page.
 */
import { View, Text } from '@tarojs/components';
import { useTextSize } from '@/features/elder-mode';
import { useLoaded } from '@/features/notices/use-loaded';
import { ledgerCommunities } from '@/services/ledgers';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { LedgerExportPanel } from '@/components/ledgers/LedgerExportPanel';
import '@/components/forms.scss';

export default function LedgersPage() {
  const text = useTextSize();
  const scope = useLoaded(ledgerCommunities);
  if (!scope.data) {
    return (
      <View className={text.className}>
        {scope.error && !scope.loading ? (
          <ErrorView error={scope.error} onRetry={() => void scope.reload()} />
        ) : (
          <LoadingView />
        )}
      </View>
    );
  }
  const { communities } = scope.data;
  return (
    <View className={text.className}>
      <Text className="list-hint">
        {communities.length === 1
          ? `${communities[0].name}：选好时段和网格，点一下即生成 Excel 台账，可直接转发给街道。`
          : '选好时段、社区和网格，点一下即生成 Excel 台账。'}
      </Text>
      <LedgerExportPanel communities={communities} />
    </View>
  );
}
