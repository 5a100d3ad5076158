/**
 * 商家管理 (community admins): every 商家 and 便民网点 with its 店主 and record over the last six
 * months; 关联店主 (find a member by name, pinyin or initials — it grants them `merchant`), 解除关联,
 * and 社区信得过: the rule (domain/merchants/trust.ts) is shown condition by condition on each shop,
 * ✓ met / ✗ not, so a busy admin sees at a glance why a shop is or is not proposed; the admin names
 * or revokes. Revoking and unlinking ask first: one stray tap must not strip a merchant's standing.
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { Envelope, Page } from '../../../../types/envelope';
import type { AdminShopRow } from '../../../../types/merchants';
import type { Member } from '../../../../types/user';
import { trustChecks } from '../../../../domain/merchants/trust';
import { maskPhone } from '../../../../domain/mask';
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
      <Text className="merchant-admin-intro">
        「社区信得过」由社区评定。每家店下面列出评定参考，四条都打 ✓ 的标「符合条件」，供您评定时参考。
      </Text>
      <PagedListView
        list={list}
        empty="还没有商家或便民网点。先在「阵地管理」里登记。"
        render={(row) => <ShopRow row={row} onChanged={() => void list.refresh()} />}
      />
    </View>
  );
}

/** WeChat (and Taro's H5) refuse a confirmText over 4 characters: the modal then never opens. */
const ask = async (title: string, content: string, confirmText: string) =>
  (await Taro.showModal({ title, content, confirmText, cancelText: '不了' })).confirm;

function ShopRow({ row, onChanged }: { row: Row; onChanged: () => void }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Member[] | null>(null);
  const [problem, setProblem] = useState('');
  const run = async (p: Promise<Envelope<unknown>>) => {
    const res = await p;
    if (!res.ok) return setProblem(errorText(res.error));
    setProblem('');
    setFound(null);
    setQ('');
    onChanged();
  };
  const search = async () => {
    if (!q.trim()) return setProblem('请先输入店主的姓名或拼音');
    const res = await searchMembers(q.trim());
    if (!res.ok) return setProblem(errorText(res.error));
    setProblem('');
    setFound(res.data.items.slice(0, 5));
  };
  const trust = async () => {
    if (row.trusted && !(await ask('取消「社区信得过」？', `${row.name}将不再显示社区信得过标志。`, '确定取消'))) {
      return;
    }
    await run(setTrusted(row.placeId, !row.trusted));
  };
  const unlink = async () => {
    const who = row.merchant?.name ?? '店主';
    const sure = await ask(
      `解除${who}和${row.name}的关联？`,
      `${who}将不能再管理这家店的页面和服务码${row.trusted ? '，社区信得过也一并取消' : ''}。`,
      '解除关联',
    );
    if (sure) await run(unlinkMerchant(row.placeId));
  };
  const checks = trustChecks(row.record);
  return (
    <View className="card merchant-admin-row">
      <View className="merchant-admin-row__head">
        <Text className="merchant-admin-row__name">{row.name}</Text>
        {row.trusted ? (
          <Text className="merchant-admin-row__trusted">社区信得过</Text>
        ) : (
          row.candidate && <Text className="merchant-admin-row__candidate">符合条件</Text>
        )}
      </View>
      <Text className="merchant-admin-row__line">
        {row.typeLabel} · 店主：{row.merchant?.name ?? '还没有关联'}
      </Text>
      {row.merchant && (
        <View className="merchant-admin-row__checks">
          {checks.map((c) => (
            <Text key={c.label} className={c.met ? 'trust-check trust-check--met' : 'trust-check'}>
              {c.met ? '✓' : '✗'} {c.label} {c.have}（{c.need}）
            </Text>
          ))}
        </View>
      )}
      {row.merchant ? (
        <View className="merchant-admin-row__actions">
          <Button className="merchant-trust" size="large" block onClick={() => void trust()}>
            {row.trusted ? '取消社区信得过' : '评为社区信得过'}
          </Button>
          <Button className="merchant-unlink" size="large" block fill="none" onClick={() => void unlink()}>
            解除店主关联
          </Button>
        </View>
      ) : (
        <View className="merchant-admin-row__link">
          <Text className="merchant-admin-row__line">这家店还没有店主管理。找到店主，关联后他就能管理店铺页面：</Text>
          <Input
            className="form-input"
            value={q}
            placeholder="店主姓名，或拼音首字母如 zsf"
            onChange={(v) => {
              setQ(v);
              setFound(null);
            }}
          />
          <Button className="merchant-search" size="large" block onClick={() => void search()}>
            查找
          </Button>
          {found?.length === 0 && <Text className="merchant-admin-row__line">没有找到，请换个写法再试。</Text>}
          {found?.map((m) => (
            <Button
              key={m._id}
              className="merchant-link"
              size="large"
              block
              onClick={() => void run(linkMerchant(row.placeId, m._id))}
            >
              关联 {m.name} {m.phone ? maskPhone(m.phone) : ''}
            </Button>
          ))}
        </View>
      )}
      {problem && <Text className="form-field__error">{problem}</Text>}
    </View>
  );
}
