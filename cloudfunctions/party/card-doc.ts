/**
 * The 《在职党员进社区服务反馈卡》 as a Word document (docx), the form a community sends a member's
 * unit (评先评优的依据): the community, the member, unit and 党组织, the quarter, every service with
 * its source and hours, the total, the rating on orders they handled, the 1+X items, the member's
 * own 建议 of the quarter, and the community's remark with the date it was signed off. Built from the signed card only.
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
import { HOUR_SOURCE_LABELS } from '../../types/hours';
import { COMMITMENT_LABELS, type CommitmentKind } from '../../types/party';
import { chinaDay } from '../../domain/china-time';
import { formatHours } from '../../domain/hours/credit';
import { rangeOf, type CardDoc } from './model';

export const CARD_TITLE = '在职党员进社区服务反馈卡';

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const row = (cells: string[], bold = false) => new TableRow({ children: cells.map((c) => cell(c, bold)) });
const table = (rows: TableRow[]) => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });

export function ratingText(rating: CardDoc['rating']): string {
  return rating ? `${rating.average.toFixed(1)} 星（${rating.count} 次评价）` : '本季度无评价';
}

export async function cardDocx(card: CardDoc): Promise<Buffer> {
  const period = rangeOf(card.period).label;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `《${CARD_TITLE}》`, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ text: `${card.communityName}　${period}`, alignment: AlignmentType.CENTER }),
    table([
      row(['姓名', card.memberName, '工作单位', card.unitName]),
      row(['所在党组织', card.partyOrg, '报到社区', card.communityName]),
      row(['服务时段', period, '志愿服务时长', formatHours(card.totalMinutes)]),
      row(['服务评价', ratingText(card.rating), '服务次数', `${card.services.length} 次`]),
    ]),
    heading('一、服务记录'),
  ];
  if (card.services.length === 0) children.push(new Paragraph('本季度暂无服务记录。'));
  else
    children.push(
      table([
        row(['日期', '类别', '内容', '时长'], true),
        ...card.services.map((s) =>
          row([chinaDay(s.at), HOUR_SOURCE_LABELS[s.source], s.reason, formatHours(s.minutes)]),
        ),
        row(['合计', '', '', formatHours(card.totalMinutes)], true),
      ]),
    );
  children.push(
    heading('二、“1+X”服务承诺完成情况'),
    table([
      row(['承诺事项', '完成次数', '是否完成'], true),
      ...card.progress.map((p) =>
        row([COMMITMENT_LABELS[p.kind as CommitmentKind] ?? p.kind, String(p.count), p.met ? '已完成' : '未完成']),
      ),
    ]),
    heading('三、意见建议'),
    ...(card.suggestions.length === 0
      ? [new Paragraph('本季度未提出建议。')]
      : card.suggestions.map((sg, i) => new Paragraph(`${i + 1}. ${sg.text}（${chinaDay(sg.at)}）`))),
    heading('四、社区评语'),
    new Paragraph(card.remark),
    new Paragraph({
      text: `${card.communityName}（签发）　${chinaDay(card.signedAt)}`,
      alignment: AlignmentType.RIGHT,
    }),
  );
  const doc = new Document({ creator: '邻里通', title: CARD_TITLE, sections: [{ children }] });
  return Packer.toBuffer(doc);
}
