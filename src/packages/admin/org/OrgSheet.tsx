/**
 * The one sheet of 组织架构's edits: add a grid, rename a grid, add a building to a grid, rename a
 * building, or move a building to another grid. Names are checked by the same schema the function
 * parses (types/org.ts), so the sheet says what is wrong before anything is sent.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { Envelope } from '../../../../types/envelope';
import type { OrgTree } from '../../../../types/org';
import { errorText } from '@/features/errors';
import { addBuilding, addGrid, moveBuilding, renameBuilding, renameGrid } from '@/services/org';
import { ChoiceList } from '@/components/ChoiceList';
import { SheetDialog } from '@/components/SheetDialog';

export type OrgEdit =
  | { kind: 'grid.add' }
  | { kind: 'grid.rename'; gridId: string; name: string }
  | { kind: 'building.add'; gridId: string; gridName: string }
  | { kind: 'building.edit'; buildingId: string; name: string; gridId: string };

const TITLES: Record<OrgEdit['kind'], string> = {
  'grid.add': '新增网格',
  'grid.rename': '网格改名',
  'building.add': '新增楼栋',
  'building.edit': '楼栋改名或换网格',
};

/** Runs the edit; answers the first failure's message, or '' when all went through. */
async function apply(edit: OrgEdit, name: string, gridId: string): Promise<string> {
  const run = async (call: Promise<Envelope<unknown>>) => {
    const res = await call;
    return res.ok ? '' : errorText(res.error);
  };
  if (edit.kind === 'grid.add') return run(addGrid(name));
  if (edit.kind === 'grid.rename') return run(renameGrid(edit.gridId, name));
  if (edit.kind === 'building.add') return run(addBuilding(edit.gridId, name));
  const renamed = name === edit.name ? '' : await run(renameBuilding(edit.buildingId, name));
  if (renamed || gridId === edit.gridId) return renamed;
  return run(moveBuilding(edit.buildingId, gridId));
}

export function OrgSheet(props: { edit: OrgEdit; tree: OrgTree; onDone(): void; onClose(): void }) {
  const { edit } = props;
  const [name, setName] = useState('name' in edit ? edit.name : '');
  const [gridId, setGridId] = useState(edit.kind === 'building.edit' ? edit.gridId : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) return setError('请填写名称');
    if (trimmed.length > 30) return setError('名称最多 30 个字');
    setBusy(true);
    setError('');
    const failure = await apply(edit, trimmed, gridId);
    setBusy(false);
    if (failure) return setError(failure);
    props.onDone();
  };

  return (
    <SheetDialog
      visible
      title={edit.kind === 'building.add' ? `${TITLES[edit.kind]}（${edit.gridName}）` : TITLES[edit.kind]}
      confirmText="保存"
      busy={busy}
      error={error}
      onCancel={props.onClose}
      onConfirm={() => void submit()}
    >
      <View className="org-sheet">
        <Input
          className="form-input org-sheet__name"
          value={name}
          placeholder={edit.kind.startsWith('grid') ? '例如 网格三' : '例如 5号楼'}
          maxLength={30}
          onChange={setName}
        />
        {edit.kind === 'building.edit' && (
          <>
            <Text className="org-sheet__heading">所属网格</Text>
            <ChoiceList
              choices={props.tree.grids.map((g) => ({ value: g._id, label: g.name }))}
              value={gridId}
              onChange={setGridId}
            />
          </>
        )}
      </View>
    </SheetDialog>
  );
}
