/**
 * 会议详情: what kind of meeting, what about, when and where; its steps with the current one
 * highlighted; topics with their notes, decisions with their progress; who signed in. The buttons
 * follow the viewer and the step (features/meetings/actions.ts): 签到 (SignInPanel), 提议题 and 纪要
 * for everyone in scope; 签到码, 点名, 推进, 记录, 决策, 公布 and 报告进展 for whoever runs it.
 */
import { useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Envelope } from '../../../../types/envelope';
import type { DecisionView, TopicView, WithDetail } from '../../../../types/meetings';
import { useResource } from '@/features/resource';
import { session } from '@/features/session';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { when } from '@/features/orders/labels';
import { mayRun, meetingActions } from '@/features/meetings/actions';
import { viewerOf } from '@/features/viewer';
import { kindOf, stepDisplay } from '@/features/meetings/steps';
import { useMeeting } from '@/features/meetings/use-meeting';
import { advanceMeeting, publishMeeting } from '@/services/meetings';
import { minutesUrl } from '@/features/meetings/routes';
import { ErrorView, LoadingView } from '@/components/StatusView';
import { SheetDialog } from '@/components/SheetDialog';
import { MeetingSteps } from '@/components/meetings/MeetingSteps';
import { TopicCard } from '@/components/meetings/TopicCard';
import { DecisionCard } from '@/components/meetings/DecisionCard';
import { ProposeSheet } from '@/components/meetings/ProposeSheet';
import { DecideSheet, ProgressSheet, RecordSheet } from './RunSheets';
import { SignInPanel } from './SignInPanel';
import '../../../components/meetings/meetings.scss';
import { RemindRow } from '@/components/RemindRow';
import { DECISION_CONSENT } from '@/features/notices/work-consent';

type Sheet =
  | { kind: 'advance' | 'publish' | 'propose' }
  | { kind: 'record' | 'decide'; topic: TopicView }
  | { kind: 'progress'; decision: DecisionView };

export default function MeetingDetailPage() {
  const text = useTextSize();
  const id = useRouter().params.id ?? '';
  const me = useResource(session);
  const { detail, error, loading, reload, changed } = useMeeting(id);
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  usePullDownRefresh(() => void reload().then(() => Taro.stopPullDownRefresh()));

  if (!detail || !me.data) {
    const bad = error ?? (me.status === 'error' ? me.error : undefined);
    return (
      <View className={text.className}>
        {bad && !loading ? <ErrorView error={bad} onRetry={() => void reload()} /> : <LoadingView />}
      </View>
    );
  }

  const m = detail.meeting;
  const viewer = viewerOf(me.data);
  const actions = new Set(meetingActions(detail, viewer));
  const runs = mayRun(viewer, m);
  const steps = stepDisplay(m);
  const signedIn = detail.attendees.some((a) => a.userId === viewer.userId);
  const close = () => setSheet(null);
  const openSheet = (s: Sheet) => {
    setFailure('');
    setSheet(s);
  };

  /** A one-tap action (签到) or a confirmed one (推进, 公布): busy while it runs, then a fresh meeting. */
  const run = async (call: () => Promise<Envelope<WithDetail<object>>>, done: string) => {
    if (busy) return;
    setBusy(true);
    setFailure('');
    const res = await call();
    setBusy(false);
    if (!res.ok) {
      const message = errorText(res.error);
      if (sheet) return setFailure(message);
      return void Taro.showToast({ title: message, icon: 'none' });
    }
    close();
    void Taro.showToast({ title: done, icon: 'success' });
    await changed(res.data.detail);
  };

  return (
    <View className={text.className}>
      <View className="card meeting-detail">
        <Text className="meeting-kind">{kindOf(m)}</Text>
        <Text className="meeting-card__title meeting-detail__title">{m.title}</Text>
        <View className="meeting-facts">
          <Text>时间：{when(m.startsAt)}</Text>
          <Text>地点：{m.place}</Text>
          <Text>主持：{m.hostName}</Text>
          <Text className="meeting-detail__attendance">已签到 {detail.attendeeCount} 人</Text>
        </View>
        <SignInPanel detail={detail} actions={actions} signedIn={signedIn} onChanged={(after) => void changed(after)} />
        {actions.has('minutes') && (
          <Button
            className="full-button meeting-minutes-link"
            size="large"
            block
            onClick={() => void Taro.navigateTo({ url: minutesUrl(m._id) })}
          >
            会议纪要（可分享）
          </Button>
        )}
        {actions.has('propose') && (
          <Button
            className="full-button meeting-propose"
            size="large"
            block
            onClick={() => openSheet({ kind: 'propose' })}
          >
            向本次会议提议题
          </Button>
        )}
      </View>

      <Text className="section-title">会议步骤：{steps.finished ? '已结束' : `现在是「${m.stepLabel}」`}</Text>
      <View className="card">
        <MeetingSteps meeting={m} />
        {runs && (actions.has('advance') || actions.has('publish')) && (
          <View className="meeting-actions">
            {actions.has('publish') && (
              <Button className="meeting-publish" size="large" onClick={() => openSheet({ kind: 'publish' })}>
                公布决策
              </Button>
            )}
            {actions.has('advance') && (
              <Button
                className="meeting-advance"
                type="primary"
                size="large"
                onClick={() => openSheet({ kind: 'advance' })}
              >
                {steps.nextLabel === '已结束' ? '结束会议' : `推进到「${steps.nextLabel}」`}
              </Button>
            )}
          </View>
        )}
      </View>

      <Text className="section-title">议题（{detail.topics.length}）</Text>
      <View className="card meeting-topics">
        {detail.topics.length === 0 && <Text className="muted">还没有议题。</Text>}
        {detail.topics.map((t) => (
          <TopicCard key={t._id} topic={t}>
            {t.status === 'accepted' && (actions.has('record') || actions.has('decide')) && (
              <View className="meeting-actions">
                {actions.has('record') && (
                  <Button className="topic-record" size="large" onClick={() => openSheet({ kind: 'record', topic: t })}>
                    {t.notes ? '修改记录' : '记录'}
                  </Button>
                )}
                {actions.has('decide') && (
                  <Button
                    className="topic-decide"
                    type="primary"
                    size="large"
                    onClick={() => openSheet({ kind: 'decide', topic: t })}
                  >
                    决策
                  </Button>
                )}
              </View>
            )}
          </TopicCard>
        ))}
      </View>

      {detail.decisions.length > 0 && (
        <>
          <Text className="section-title">决策（{detail.decisions.length}）</Text>
          <View className="card meeting-decisions">
            {detail.decisions.map((d) => (
              <DecisionCard key={d._id} decision={d}>
                {/* Its owner: asked on a tap to be told the day before it is due, and when overdue. */}
                {d.ownerId === viewer.userId && !d.done && <RemindRow title="到期提醒" kinds={DECISION_CONSENT} />}
                {(runs || d.ownerId === viewer.userId) && !d.done && (
                  <Button
                    className="full-button decision-progress-button"
                    size="large"
                    block
                    onClick={() => openSheet({ kind: 'progress', decision: d })}
                  >
                    报告进展
                  </Button>
                )}
              </DecisionCard>
            ))}
          </View>
        </>
      )}

      {runs && detail.attendees.length > 0 && (
        <>
          <Text className="section-title">签到名单（{detail.attendeeCount} 人）</Text>
          <View className="card">
            <Text className="meeting-attendees">
              {detail.attendees.map((a) => (a.via === 'roll' ? `${a.name}（点名）` : a.name)).join('、')}
            </Text>
          </View>
        </>
      )}

      <SheetDialog
        visible={sheet?.kind === 'advance' || sheet?.kind === 'publish'}
        title={sheet?.kind === 'publish' ? '公布本次会议的决策？' : `推进到「${steps.nextLabel}」？`}
        confirmText={sheet?.kind === 'publish' ? '确认公布' : '确认推进'}
        busy={busy}
        error={failure}
        onCancel={close}
        onConfirm={() =>
          void (sheet?.kind === 'publish'
            ? run(() => publishMeeting(m._id), '已公布')
            : run(() => advanceMeeting(m._id), '已推进'))
        }
      >
        <Text className="sheet-dialog__text">
          {sheet?.kind === 'publish'
            ? '公布后，居民在「公开栏」能看到决策、责任人和完成日期。'
            : '会议步骤只能往前走，不能退回。'}
        </Text>
      </SheetDialog>
      {sheet?.kind === 'propose' && (
        <ProposeSheet
          meetings={[m]}
          meetingId={m._id}
          onClose={close}
          onProposed={(t, after) => void changed(after, t)}
        />
      )}
      {sheet?.kind === 'record' && (
        <RecordSheet meetingId={m._id} topic={sheet.topic} onClose={close} onDone={(after) => void changed(after)} />
      )}
      {sheet?.kind === 'decide' && (
        <DecideSheet
          meetingId={m._id}
          meetingGridId={m.gridId}
          topic={sheet.topic}
          onClose={close}
          onDone={(after) => void changed(after)}
        />
      )}
      {sheet?.kind === 'progress' && (
        <ProgressSheet decision={sheet.decision} onClose={close} onDone={(after) => void changed(after)} />
      )}
    </View>
  );
}
