/**
 * 人员管理 (admins): find a person by name, or by its pinyin or initials (zs → 张三), 20 a page,
 * and grant or revoke their roles with scope (RoleSheet). Each row shows the person's roles and
 * whether their address is confirmed (待认证 people are also in 居民认证).
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { Member } from '../../../../types/user';
import { ADDRESS_STATUS_LABELS } from '../../../../domain/residence';
import { useTextSize } from '@/features/elder-mode';
import { useResource } from '@/features/resource';
import { orgTree } from '@/features/session';
import { nameIndex } from '@/features/org-names';
import { memberLine } from '@/features/points/member-search';
import { usePagedList } from '@/features/list/use-paged-list';
import { searchMembers } from '@/services/user';
import { PagedListView } from '@/components/PagedListView';
import { RoleSheet } from './RoleSheet';
import '@/components/forms.scss';
import './index.scss';

export default function PeoplePage() {
  const text = useTextSize();
  const tree = useResource(orgTree);
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const list = usePagedList<Member>(useCallback((cursor?: string) => searchMembers(query, cursor), [query]));
  const [open, setOpen] = useState<Member | null>(null);
  const names = nameIndex(tree.data);

  return (
    <View className={text.className}>
      <View className="card people-search">
        <Input
          className="form-input people-search__input"
          value={typed}
          placeholder="姓名或拼音首字母，如 zs"
          maxLength={20}
          confirmType="search"
          onChange={(v) => {
            setTyped(v);
            // Search as one types: each change is one indexed read of 20.
            setQuery(v.trim());
          }}
        />
      </View>
      <PagedListView
        list={list}
        empty={query ? `没有找到「${query}」` : '社区还没有人员。'}
        render={(m) => (
          <View className="card people-row tap" data-user={m._id} onClick={() => setOpen(m)}>
            <View className="people-row__body">
              <Text className="people-row__name">{m.name}</Text>
              <Text className="muted">{memberLine(m, names)}</Text>
            </View>
            {m.addressStatus && m.addressStatus !== 'confirmed' && (
              <Text className={`people-row__status people-row__status--${m.addressStatus}`}>
                {ADDRESS_STATUS_LABELS[m.addressStatus]}
              </Text>
            )}
            <Text className="people-row__go">身份 ›</Text>
          </View>
        )}
      />
      {open && (
        <RoleSheet
          member={open}
          tree={tree.data}
          onClose={() => setOpen(null)}
          onChanged={(m) => {
            list.put(m);
            setOpen(m);
            void Taro.showToast({ title: '已更新', icon: 'success' });
          }}
        />
      )}
    </View>
  );
}
