import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Disposition } from '@cqo/contracts';
import { inertCell } from '../../platform/files/spreadsheet-cells';
import type { PlacedComment } from './comments.service';
import type { Consultation } from './entities/consultation.entity';
import { excel } from '../../platform/files/excel';

/** The columns of 意见汇总处理表, as standardisation work requires them. */
export const COMMENT_TABLE_COLUMNS = [
  '序号',
  '章条编号',
  '意见内容',
  '提出单位',
  '处理意见',
  '备注',
] as const;

const DECISION_ZH: Record<Disposition, string> = {
  adopted: '采纳',
  'partly-adopted': '部分采纳',
  'not-adopted': '未采纳',
};
const WIDTHS = [6, 10, 60, 28, 40, 12];
const FONT = 'SimSun';

export interface CommentTable {
  titleLines: string[];
  rows: string[][];
  closingLine: string;
}

/**
 * The table's content: title lines (the standard's name and code, the drafting organisation,
 * the date), one row per comment in clause order, and the closing tally.
 */
export function commentTable(c: Consultation, comments: PlacedComment[], today: string): CommentTable {
  const tally = { adopted: 0, 'partly-adopted': 0, 'not-adopted': 0 };
  const rows = comments.map(({ comment: m, clauseNumber }, i) => {
    if (m.decision) tally[m.decision]++;
    const content = m.reason ? `${m.proposedChange}\n理由：${m.reason}` : m.proposedChange;
    const decision = m.decision
      ? `${DECISION_ZH[m.decision]}${m.decisionReason ? `：${m.decisionReason}` : ''}`
      : '';
    return [
      String(i + 1),
      clauseNumber ?? '全文',
      content,
      m.enterpriseName,
      decision,
      m.decision ? '' : '待处理',
    ];
  });
  const [y, mo, d] = today.split('-').map(Number);
  const enterprises = new Set(comments.map((p) => p.comment.enterpriseName)).size;
  return {
    titleLines: [
      `《${c.title}》（${c.standardCode}）征求意见汇总处理表`,
      `起草单位：${c.draftingOrganisation || '—'}`,
      `${y}年${mo}月${d}日`,
    ],
    rows,
    closingLine:
      `共收到 ${enterprises} 个单位的 ${comments.length} 条意见，其中采纳 ${tally.adopted} 条，` +
      `部分采纳 ${tally['partly-adopted']} 条，未采纳 ${tally['not-adopted']} 条`,
  };
}

export async function commentTableXlsx(table: CommentTable): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  const sheet = workbook.addWorksheet('意见汇总处理表', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const last = COMMENT_TABLE_COLUMNS.length;
  table.titleLines.forEach((line, i) => {
    const row = sheet.addRow([line]);
    sheet.mergeCells(row.number, 1, row.number, last);
    row.font = { name: FONT, bold: i === 0, size: i === 0 ? 14 : 11 };
    row.alignment = { horizontal: i === 0 ? 'center' : 'left' };
  });
  const header = sheet.addRow([...COMMENT_TABLE_COLUMNS]);
  header.font = { name: FONT, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map((text, i) => (i === 0 ? Number(text) : inertCell(text))));
    row.alignment = { vertical: 'top', wrapText: true };
  }
  const closing = sheet.addRow([table.closingLine]);
  sheet.mergeCells(closing.number, 1, closing.number, last);
  const border = { style: 'thin' as const };
  for (let r = header.number; r < closing.number; r++) {
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: border, left: border, bottom: border, right: border };
    });
  }
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function commentTableDocx(table: CommentTable): Promise<Buffer> {
  const run = (text: string, bold = false) =>
    text
      .split('\n')
      .map((line, i) => new TextRun({ text: line, bold, font: FONT, size: 21, break: i ? 1 : 0 }));
  const cell = (text: string, width: number, bold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: run(text, bold) })],
    });
  const total = WIDTHS.reduce((s, w) => s + w, 0);
  const percent = WIDTHS.map((w) => Math.round((w / total) * 100));
  const rows = [
    new TableRow({
      tableHeader: true,
      children: COMMENT_TABLE_COLUMNS.map((h, i) => cell(h, percent[i], true)),
    }),
    ...table.rows.map((cells) => new TableRow({ children: cells.map((t, i) => cell(t, percent[i])) })),
  ];
  const document = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          ...table.titleLines.map(
            (line, i) =>
              new Paragraph({
                alignment: i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                children: [new TextRun({ text: line, bold: i === 0, font: FONT, size: i === 0 ? 30 : 21 })],
              }),
          ),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
          new Paragraph({ children: run(table.closingLine) }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
