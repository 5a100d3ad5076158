/**
 * One person's roles (人员管理): each grant with 撤销, and 授予 a role with its scope — 楼栋长 of a
 * building, 网格员/党员/物业 of a grid, 部门/商家/管理员 of the community (features/people/grants.ts).
 * The function checks the admin's current grant and the scope's community on every call.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Member } from '../../../../types/user';
import type { OrgTree } from '../../../../types/org';
import { ROLE_TABLE, type Role, type RoleGrant } from '../../../../types/roles';
import { roleLabel } from '@/features/roles';
import { nameIndex } from '@/features/org-names';
import { GRANTABLE_ROLES, revocable, scopeOptions } from '@/features/people/grants';
import { errorText } from '@/features/errors';
import { grantRole, revokeRole } from '@/services/user';
import { ChoiceList } from '@/components/ChoiceList';
import { SheetDialog } from '@/components/SheetDialog';

export function RoleSheet(props: {
  member: Member;
  tree: OrgTree | undefined;
  onChanged(member: Member): void;
  onClose(): void;
}) {
  const { member, tree } = props;
  const names = nameIndex(tree);
  const [role, setRole] = useState<Role>('building_leader');
  const options = scopeOptions(tree, role);
  const [scopeId, setScopeId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const chosen = options.find((o) => o.value === scopeId) ?? (options.length === 1 ? options[0] : undefined);

  const act = async (call: () => ReturnType<typeof grantRole>) => {
    setBusy(true);
    setError('');
    const res = await call();
    setBusy(false);
    if (res.ok) props.onChanged(res.data.member);
    else setError(errorText(res.error));
  };

  return (
    <SheetDialog
      visible
      title={`${member.name} 的身份`}
      confirmText="授予"
      busy={busy}
      error={error}
      onCancel={props.onClose}
      onConfirm={() => {
        if (!chosen) return setError('请选择范围');
        void act(() => grantRole(member._id, role, chosen.scope));
      }}
    >
      <View className="role-sheet">
        {revocable(member.roles).length === 0 ? (
          <Text className="muted">目前只是居民，没有其他身份。</Text>
        ) : (
          revocable(member.roles).map((g: RoleGrant) => (
            <View key={roleLabel(g, names)} className="role-sheet__grant">
              <Text className="role-sheet__label">{roleLabel(g, names)}</Text>
              <Button
                className="role-revoke"
                size="small"
                disabled={busy}
                onClick={() => void act(() => revokeRole(member._id, g.role, g.scope))}
              >
                撤销
              </Button>
            </View>
          ))
        )}
        <Text className="role-sheet__heading">授予身份</Text>
        <View className="chip-row">
          {GRANTABLE_ROLES.map((r) => (
            <Text
              key={r}
              className={`chip tap role-chip-${r} ${r === role ? 'chip--on' : ''}`}
              onClick={() => {
                setRole(r);
                setScopeId('');
              }}
            >
              {ROLE_TABLE[r].label}
            </Text>
          ))}
        </View>
        {options.length > 1 && (
          <ChoiceList
            choices={options.map((o) => ({ value: o.value, label: o.text }))}
            value={chosen?.value ?? ''}
            onChange={setScopeId}
          />
        )}
      </View>
    </SheetDialog>
  );
}
