/**
 * The three ways to dispatch (派单) a submitted order, one sheet each:
 *   受理自办 — to a grid, the suggested one (the grid containing the building, 地域临近) chosen first;
 *   回复解释 — an answer is all it needs: the reply text;
 *   转交办理 — beyond the community: optionally to one department person, with a note.
 */
import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { ORDER_LIMITS, type DispatchKind, type OrderView } from '../../../../types/orders';
import type { OrgTree } from '../../../../types/org';
import type { DispatchInput } from '@/services/orders';
import { holdsRole, loadAllMembers } from '@/features/members';
import { SheetDialog } from '@/components/SheetDialog';
import { ChoiceList, type Choice } from '@/components/ChoiceList';
import '@/components/forms.scss';

const TITLES: Record<DispatchKind, string> = {
  self: '受理自办 · 派到网格',
  reply: '回复解释',
  transfer: '转交办理',
};

export interface DispatchSheetProps {
  kind: DispatchKind;
  order: OrderView;
  tree: OrgTree | undefined;
  suggestedGridId: string;
  busy: boolean;
  error: string;
  onSend(input: DispatchInput): void;
  onClose(): void;
}

export function DispatchSheet(props: DispatchSheetProps) {
  const { kind, order } = props;
  const [gridId, setGridId] = useState(props.suggestedGridId);
  const [text, setText] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [departments, setDepartments] = useState<Choice[] | null>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    if (kind !== 'transfer') return;
    void loadAllMembers().then(({ members }) =>
      setDepartments(members.filter((m) => holdsRole(m, 'department')).map((m) => ({ value: m._id, label: m.name }))),
    );
  }, [kind]);

  const grids: Choice[] = (props.tree?.grids ?? []).map((g) => ({
    value: g._id,
    label: g.name,
    hint: g._id === props.suggestedGridId ? '建议（楼栋所在网格）' : undefined,
  }));

  const send = () => {
    const words = text.trim();
    if (kind === 'reply' && !words) return setProblem('请写下答复内容');
    setProblem('');
    if (kind === 'self') props.onSend({ orderId: order._id, kind, ...(gridId ? { gridId } : {}) });
    if (kind === 'reply') props.onSend({ orderId: order._id, kind, reply: words });
    if (kind === 'transfer') {
      props.onSend({
        orderId: order._id,
        kind,
        ...(departmentId ? { departmentId } : {}),
        ...(words ? { note: words } : {}),
      });
    }
  };

  return (
    <SheetDialog
      visible
      title={TITLES[kind]}
      confirmText={kind === 'self' ? '派单' : kind === 'reply' ? '答复' : '转交'}
      busy={props.busy}
      error={problem || props.error}
      onCancel={props.onClose}
      onConfirm={send}
    >
      <Text className="sheet-dialog__text dispatch-sheet__content">{order.content}</Text>
      {kind === 'self' && <ChoiceList choices={grids} value={gridId} onChange={setGridId} />}
      {kind === 'transfer' && (
        <>
          <Text className="muted">交给哪位部门联系人？（可不选，联席会议再定）</Text>
          {departments === null ? (
            <Text className="muted">正在加载…</Text>
          ) : departments.length === 0 ? (
            <Text className="muted">还没有职能部门联系人。</Text>
          ) : (
            <ChoiceList
              choices={departments}
              value={departmentId}
              onChange={(v) => setDepartmentId(v === departmentId ? '' : v)}
            />
          )}
        </>
      )}
      {kind !== 'self' && (
        <TextArea
          className="form-textarea"
          value={text}
          placeholder={kind === 'reply' ? '给居民的答复或解释' : '备注（可不填）'}
          maxLength={kind === 'reply' ? ORDER_LIMITS.reply : ORDER_LIMITS.dispatchNote}
          rows={3}
          onChange={(v) => {
            setText(v);
            setProblem('');
          }}
        />
      )}
    </SheetDialog>
  );
}
