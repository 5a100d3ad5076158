/**
 * 商家管理 (community admins): every 商家 and 便民网点 with its merchant and record over the last six
 * months; 关联商家 (find a member by name, pinyin or initials — it grants them `merchant`), 取消关联,
 * and 社区信得过: the rule (domain/merchants/trust.ts) marks candidates, the admin names or revokes.
 */
import { useCallback, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { Envelope, Page } from '../../../../types/envelope';
import type { AdminShopRow } from '../../../../types/merchants';
import type { Member } from '../../../../types/user';
import { trustRuleText } from '../../../../domain/merchants/trust';
import { useTextSize } from '@/features/elder-mode';
import { usePagedList } from '@/features/list/use-paged-list';
import { errorText } from '@/features/errors';
import { linkMerchant, merchantShops, setTrusted, unlinkMerchant } from '@/services/merchants';
import { searchMembers } from '@/services/user';
import { PagedListView } from '@/components/PagedListView';
import '@/components/forms.scss';
import './index.scss';

type Row = AdminShopRow & { _id: string };

const asRows = async (cursor?: string): Promise<Envelope<Page<Row>>> => {
  const res = await merchantShops(cursor);
  return res.ok ? { ...res, data: { ...res.data, items: res.data.items.map((r) => ({ ...r, _id: r.placeId })) } } : res;
};

export default function MerchantsAdminPage() {
  const text = useTextSize();
  const list = usePagedList(useCallback((cursor?: string) => asRows(cursor), []));
  return (
    <View className={`page ${text.className}`}>
      <Text className="muted">社区信得过候选条件：{trustRuleText()}</Text>
      <PagedListView
        list={list}
        empty="还没有商家或便民网点。先在「阵地管理」里登记。"
        render={(row) => <ShopRow row={row} onChanged={() => void list.refresh()} />}
      />
    </View>
  );
}

function ShopRow({ row, onChanged }: { row: Row; onChanged: () => void }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Member[]>([]);
  const [problem, setProblem] = useState('');
  const run = async (p: Promise<Envelope<unknown>>) => {
    const res = await p;
    if (!res.ok) return setProblem(errorText(res.error));
    setProblem('');
    setFound([]);
    setQ('');
    onChanged();
  };
  const search = async () => {
    const res = await searchMembers(q.trim());
    if (!res.ok) return setProblem(errorText(res.error));
    setFound(res.data.items.slice(0, 5));
  };
  const r = row.record;
  return (
    <View className="card merchant-admin-row">
      <View className="merchant-admin-row__head">
        <Text className="merchant-admin-row__name">{row.name}</Text>
        {row.trusted && <Text className="merchant-admin-row__trusted">社区信得过</Text>}
      </View>
      <Text className="muted">
        {row.typeLabel} · 店主：{row.merchant?.name ?? '未关联'}
      </Text>
      <Text className="muted">
        近半年服务 {r.confirmations} 次 · 评价 {r.ratings} 个
        {r.averageRating !== null ? `，平均 ${r.averageRating} 星` : ''}
        {r.openComplaints ? ` · ${r.openComplaints} 个差评待回复` : ''}
      </Text>
      {row.candidate && !row.trusted && <Text className="merchant-admin-row__candidate">符合社区信得过条件</Text>}
      {row.merchant ? (
        <View className="chip-row">
          <Button size="large" onClick={() => void run(setTrusted(row.placeId, !row.trusted))}>
            {row.trusted ? '取消信得过' : '评为信得过'}
          </Button>
          <Button size="large" onClick={() => void run(unlinkMerchant(row.placeId))}>
            取消关联
          </Button>
        </View>
      ) : (
        <View>
          <Input className="form-input" value={q} placeholder="输入店主姓名或拼音查找" onChange={setQ} />
          <Button size="large" onClick={() => void search()}>
            查找成员
          </Button>
          {found.map((m) => (
            <Text key={m._id} className="chip" onClick={() => void run(linkMerchant(row.placeId, m._id))}>
              关联 {m.name}
            </Text>
          ))}
        </View>
      )}
      {problem && <Text className="form-field__error">{problem}</Text>}
    </View>
  );
}
