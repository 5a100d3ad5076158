/** 服务记录: confirmations received, newest first, paged; a 差评 gets a reply. Residents are 周** only. */
import { useCallback, useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { chinaDateTime } from '../../../../domain/china-time';
import type { ConfirmationView } from '../../../../types/merchants';
import { usePagedList } from '@/features/list/use-paged-list';
import { errorText } from '@/features/errors';
import { confirmations, replyToComplaint } from '@/services/merchants';
import { PagedListView } from '@/components/PagedListView';

export function ConfirmationsSection({ placeId }: { placeId: string }) {
  const list = usePagedList(useCallback((cursor?: string) => confirmations(placeId, cursor), [placeId]));
  return (
    <>
      <Text className="section-title">服务记录</Text>
      <PagedListView
        list={list}
        wrap="card"
        empty="还没有居民确认服务。"
        render={(c) => <ConfirmationRow c={c} onReplied={(next) => list.put(next)} />}
      />
    </>
  );
}

function ConfirmationRow({ c, onReplied }: { c: ConfirmationView; onReplied: (c: ConfirmationView) => void }) {
  const [reply, setReply] = useState('');
  const [problem, setProblem] = useState('');
  const send = async () => {
    const res = await replyToComplaint(c._id, reply);
    if (!res.ok) return setProblem(errorText(res.error));
    onReplied(res.data.confirmation);
  };
  return (
    <View className="confirmation-row">
      <Text>
        {c.residentName} · {c.serviceTitle} {c.points > 0 ? `+${c.points} 积分` : ''}
      </Text>
      <Text className="confirmation-row__meta">
        {chinaDateTime(new Date(c.at))}
        {c.rating ? ` · ${c.rating} 星` : ''}
        {c.complaintOpen ? ' · 差评待回复' : ''}
      </Text>
      {c.reply && <Text className="confirmation-row__meta">我的回复：{c.reply}</Text>}
      {c.complaintOpen && (
        <View>
          <Input className="form-input" value={reply} placeholder="回复居民，说明如何改进" onChange={setReply} />
          <Button size="large" onClick={() => void send()}>
            回复
          </Button>
          {problem && <Text className="form-field__error">{problem}</Text>}
        </View>
      )}
    </View>
  );
}
