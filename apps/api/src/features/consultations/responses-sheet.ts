import type { SurveyQuestion } from '@cqo/contracts';
import { excel } from '../../platform/files/excel';
import { inertCell } from '../../platform/files/spreadsheet-cells';

/** The submitted responses as a sheet: the enterprise, when, then one column per question. */
export async function responsesXlsx(
  questions: SurveyQuestion[],
  rows: (string | number)[][],
): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  const sheet = workbook.addWorksheet('问卷答卷');
  sheet.columns = [
    { header: '提出单位', width: 30 },
    { header: '提交时间', width: 22 },
    ...questions.map((q) => ({ header: q.title, width: Math.min(40, Math.max(12, q.title.length * 2)) })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(inertCell));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
