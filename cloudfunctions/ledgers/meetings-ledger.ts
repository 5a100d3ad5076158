/** 议事台账: the meetings held in the period (one grid's or all), their topics, decisions and follow-up. */
import { LEDGER_LABELS, type LedgerFile } from '../../types/ledgers';
import { DECISION_COLUMNS, MEETING_COLUMNS, meetingRow, topicRows } from '../../domain/ledgers/meeting-rows';
import { db } from '../_shared/cloud';
import { newestFirst } from '../_shared/cursor';
import { fileNameOf, storeLedger } from '../_shared/ledger-files';
import { meetingDoc, meetingParts } from './meeting-parts';
import { readPaged } from '../_shared/read-paged';
import { exportContext, type ExportContext } from './scope';
import { addSheet, subtitleOf, workbookBytes } from './workbook';

/** Served by meetings' community_starts / scope_starts indexes. */
async function readMeetings(ctx: ExportContext) {
  const _ = db().command;
  const where: object[] = [
    { communityId: ctx.communityId, ...(ctx.gridId ? { gridKey: ctx.gridId } : {}) },
    { startsAt: _.gte(ctx.period.from).and(_.lt(ctx.period.to)) },
  ];
  return (await readPaged('meetings', where, newestFirst('startsAt'), meetingDoc)).reverse();
}

export async function meetingsWorkbook(ctx: ExportContext, now = new Date()): Promise<{ bytes: Buffer; rows: number }> {
  const meetings = await readMeetings(ctx);
  const meetingRows: (string | number)[][] = [];
  const decisionRows: (string | number)[][] = [];
  let topicCount = 0;
  let decisionCount = 0;
  let doneCount = 0;
  let attendeeCount = 0;
  for (const [i, m] of meetings.entries()) {
    const parts = await meetingParts(m._id);
    const gridName = m.gridId ? (ctx.gridNames.get(m.gridId) ?? '') : '';
    meetingRows.push(meetingRow(m, i + 1, { gridName, ...parts, topics: parts.topics.length }, ctx.personal));
    decisionRows.push(...topicRows(m, parts.topics, parts.decisions, ctx.personal, now));
    topicCount += parts.topics.length;
    decisionCount += parts.decisions.length;
    doneCount += parts.decisions.filter((d) => d.done).length;
    attendeeCount += parts.attendees.length;
  }
  decisionRows.forEach((r, i) => (r[0] = i + 1));

  const meetingTotals: (string | number)[] = MEETING_COLUMNS.map(() => '');
  meetingTotals[0] = '合计';
  meetingTotals[1] = `共 ${meetings.length} 场`;
  meetingTotals[7] = attendeeCount;
  meetingTotals[9] = topicCount;
  meetingTotals[10] = decisionCount;
  meetingTotals[11] = doneCount;
  const decisionTotals: (string | number)[] = DECISION_COLUMNS.map(() => '');
  decisionTotals[0] = '合计';
  decisionTotals[1] = `议题 ${topicCount} 项`;
  decisionTotals[6] = `决策 ${decisionCount} 项`;
  decisionTotals[10] = `已落实 ${doneCount} 项`;

  const title = (what: string) => `${ctx.communityName}${what}（${ctx.period.label}）`;
  const subtitle = subtitleOf(ctx.gridLabel, now);
  const bytes = await workbookBytes((book) => {
    addSheet(book, {
      name: '会议',
      title: title(LEDGER_LABELS.meetings),
      subtitle,
      columns: MEETING_COLUMNS,
      rows: meetingRows,
      totals: meetingTotals,
    });
    addSheet(book, {
      name: '议题与决策',
      title: title('议题与决策落实'),
      subtitle,
      columns: DECISION_COLUMNS,
      rows: decisionRows,
      totals: decisionTotals,
    });
  });
  return { bytes, rows: meetings.length };
}

export async function exportMeetings(event: {
  period: string;
  gridId?: string;
  communityId?: string;
}): Promise<LedgerFile> {
  const ctx = await exportContext(event);
  const { bytes, rows } = await meetingsWorkbook(ctx);
  const name = fileNameOf([LEDGER_LABELS.meetings, ctx.communityName, ctx.gridLabel, ctx.period.label], 'xlsx');
  return storeLedger(ctx.userId, bytes, 'xlsx', name, rows);
}
