/**
 * The 议事台账 (issue 13): a sheet of meetings (date, type, name, grid, place, host, who attended,
 * topics, decisions, how many done) and a sheet of topics with their decisions (owner, due date,
 * progress, status), each with a 合计 row. Topics born from a resident's order carry their name,
 * room and complaint; a masked view shows them as a fixed phrase (as meetings' masked topics do).
 * Pure.
 */
import { chinaDateTime, chinaDay } from '../china-time';
import { MEETING_TYPE_LABELS, TOPIC_STATUS_LABELS, type MeetingType, type TopicStatus } from '../../types/meetings';
import type { PersonalView } from './access';
import { personName } from './points-rows';

export interface LedgerMeeting {
  _id: string;
  type: MeetingType;
  title: string;
  gridId?: string;
  startsAt: Date;
  place: string;
  hostName: string;
}
export interface LedgerTopic {
  _id: string;
  meetingId?: string;
  title: string;
  proposerName: string;
  status: TopicStatus;
  notes?: string;
  orderId?: string;
}
export interface LedgerDecision {
  topicId: string;
  meetingId: string;
  decision: string;
  ownerName: string;
  dueDate: string;
  dueAt: Date;
  done: boolean;
  progress: { at: Date; note: string; done: boolean }[];
}

export const MEETING_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '会议时间', width: 17 },
  { header: '类型', width: 12 },
  { header: '会议名称', width: 24 },
  { header: '网格', width: 10 },
  { header: '地点', width: 14 },
  { header: '主持人', width: 8 },
  { header: '参会人数', width: 8 },
  { header: '参会人员', width: 30 },
  { header: '议题数', width: 7 },
  { header: '决策数', width: 7 },
  { header: '已落实', width: 7 },
];

export const DECISION_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '会议时间', width: 17 },
  { header: '会议名称', width: 20 },
  { header: '议题', width: 24 },
  { header: '提出人', width: 8 },
  { header: '议题状态', width: 8 },
  { header: '决策事项', width: 30 },
  { header: '责任人', width: 8 },
  { header: '完成时限', width: 11 },
  { header: '落实进展', width: 30 },
  { header: '落实情况', width: 8 },
];

export const ORDER_TOPIC_MASKED = '居民诉求（已隐去个人信息）';

export function topicTitle(t: LedgerTopic, view: PersonalView): string {
  return t.orderId && view === 'masked' ? ORDER_TOPIC_MASKED : t.title;
}

/** 已落实, 逾期 (past its due day and not done) or 落实中. */
export function decisionState(d: Pick<LedgerDecision, 'done' | 'dueAt'>, now: Date): string {
  if (d.done) return '已落实';
  return d.dueAt.getTime() < now.getTime() ? '逾期' : '落实中';
}

export function meetingRow(
  m: LedgerMeeting,
  index: number,
  parts: { gridName: string; attendees: string[]; topics: number; decisions: LedgerDecision[] },
  view: PersonalView,
): (string | number)[] {
  return [
    index,
    chinaDateTime(m.startsAt),
    MEETING_TYPE_LABELS[m.type],
    m.title,
    parts.gridName || '全社区',
    m.place,
    m.hostName,
    parts.attendees.length,
    parts.attendees.map((n) => personName(view, n)).join('、'),
    parts.topics,
    parts.decisions.length,
    parts.decisions.filter((d) => d.done).length,
  ];
}

/** One row per decision; a topic no decision came from gets a row of its own. */
export function topicRows(
  m: LedgerMeeting,
  topics: readonly LedgerTopic[],
  decisions: readonly LedgerDecision[],
  view: PersonalView,
  now: Date,
): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const t of topics) {
    const mine = decisions.filter((d) => d.topicId === t._id);
    const head = [
      chinaDateTime(m.startsAt),
      m.title,
      topicTitle(t, view),
      personName(view, t.proposerName),
      TOPIC_STATUS_LABELS[t.status],
    ];
    if (mine.length === 0) rows.push([0, ...head, '', '', '', '', '']);
    for (const d of mine) {
      const last = d.progress[d.progress.length - 1];
      const progress = last ? `${chinaDay(last.at)} ${last.note}` : '';
      rows.push([0, ...head, d.decision, d.ownerName, d.dueDate, progress, decisionState(d, now)]);
    }
  }
  return rows;
}
