/**
 * A meeting's 纪要 as a Word document (docx), the form a 街道 files: the community's name and the
 * meeting as title; 时间、地点、主持人、类型; who attended (names and count); the accepted topics with
 * who raised them and the discussion notes; the decisions as a table (事项、责任人、完成时限、进展);
 * the date it was made. Whoever may export the meeting's community's 台账 may export it (a 街道管理员
 * with names masked).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { LEDGER_LABELS, type LedgerFile } from '../../types/ledgers';
import { MEETING_TYPE_LABELS } from '../../types/meetings';
import { chinaDateTime, chinaDay } from '../../domain/china-time';
import { decisionState, topicTitle } from '../../domain/ledgers/meeting-rows';
import { personName } from '../../domain/ledgers/points-rows';
import { ledgerScope, mayExportLedgers } from '../../domain/ledgers/access';
import { loadActor } from '../_shared/actor';
import { notFound, refusal } from '../_shared/failure';
import { findById } from '../_shared/records';
import { fileNameOf, storeLedger } from '../_shared/ledger-files';
import { meetingDoc, meetingParts } from './meeting-parts';
import { placeNames } from './scope';

const line = (label: string, value: string) =>
  new Paragraph({ children: [new TextRun({ text: `${label}：`, bold: true }), new TextRun(value)] });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

export async function exportMinutes(event: { meetingId: string }, now = new Date()): Promise<LedgerFile> {
  const actor = await loadActor();
  if (!mayExportLedgers(actor)) throw refusal('LEDGER_NOT_ALLOWED');
  const meeting = await findById('meetings', event.meetingId, meetingDoc);
  // A meeting of a community the caller may not export answers as a missing one: nothing says it exists.
  const checked = meeting ? ledgerScope(actor, meeting.communityId) : undefined;
  if (!meeting || !checked?.ok) throw notFound('会议');
  const { scope } = checked;
  const userId = actor.userId;
  const { communityName, gridNames } = await placeNames(scope.communityId);
  const parts = await meetingParts(meeting._id);
  const topics = parts.topics.filter((t) => t.status === 'accepted');
  const view = scope.personal;

  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `${communityName}`, alignment: AlignmentType.CENTER }),
    new Paragraph({ text: `${meeting.title} 会议纪要`, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    line('会议时间', chinaDateTime(meeting.startsAt)),
    line('会议地点', meeting.place),
    line('会议类型', MEETING_TYPE_LABELS[meeting.type]),
    line('范围', meeting.gridId ? (gridNames.get(meeting.gridId) ?? '') : '全社区'),
    line('主持人', meeting.hostName),
    line(
      `参会人员（${parts.attendees.length} 人）`,
      parts.attendees.map((n) => personName(view, n)).join('、') || '无签到记录',
    ),
    heading('一、议题'),
  ];
  if (topics.length === 0) children.push(new Paragraph('本次会议无采纳的议题。'));
  topics.forEach((t, i) => {
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: `${i + 1}. ${topicTitle(t, view)}`, bold: true }),
          new TextRun(`（提出人：${personName(view, t.proposerName)}）`),
        ],
      }),
    );
    // A resident's order as a topic: its notes may name them, so a masked view leaves them out.
    if (t.notes && !(t.orderId && view === 'masked')) children.push(new Paragraph(`讨论情况：${t.notes}`));
  });
  children.push(heading('二、决策事项'));
  if (parts.decisions.length === 0) children.push(new Paragraph('本次会议暂无决策事项。'));
  else {
    const header = new TableRow({
      tableHeader: true,
      children: ['序号', '决策事项', '责任人', '完成时限', '落实情况'].map((h) => cell(h, true)),
    });
    const rows = parts.decisions.map(
      (d, i) =>
        new TableRow({
          children: [String(i + 1), d.decision, d.ownerName, d.dueDate, decisionState(d, now)].map((v) => cell(v)),
        }),
    );
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }));
    children.push(
      new Paragraph(
        `合计：决策 ${parts.decisions.length} 项，已落实 ${parts.decisions.filter((d) => d.done).length} 项。`,
      ),
    );
  }
  children.push(new Paragraph({ text: `${communityName}　${chinaDay(now)}`, alignment: AlignmentType.RIGHT }));

  const doc = new Document({ creator: '邻里通', title: `${meeting.title} 会议纪要`, sections: [{ children }] });
  const bytes = await Packer.toBuffer(doc);
  const name = fileNameOf([LEDGER_LABELS.minutes, communityName, meeting.title, chinaDay(meeting.startsAt)], 'docx');
  return storeLedger(userId, bytes, 'docx', name, topics.length);
}
