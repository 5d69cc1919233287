import ExcelJS from 'exceljs';
import type { DashboardFilter, DashboardSummary } from '@cqo/contracts';

/** Rows of one chart: a label column and a count column. */
type Sheet = { name: string; header: [string, string]; rows: [string, number][] };

const entries = (o: Record<string, number>): [string, number][] => Object.entries(o);

/**
 * The dashboard as a quarterly workbook: a summary sheet (the filter and the headline figures),
 * then one sheet per chart with its rows, so every figure can be pasted into a report.
 */
export async function summaryXlsx(s: DashboardSummary, filter: DashboardFilter): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('汇总');
  summary.columns = [{ width: 28 }, { width: 24 }];
  const filterText = [
    filter.from || filter.to ? `${filter.from ?? '…'} 至 ${filter.to ?? '…'}` : '全部日期',
    filter.industry ? `行业 ${filter.industry}` : '',
    filter.region ? `地区 ${filter.region}` : '',
    filter.size?.length ? `规模 ${filter.size.join('、')}` : '',
  ].filter(Boolean);
  const head: [string, string | number][] = [
    ['统计时间', s.generatedAt],
    ['筛选条件', filterText.join('；')],
    ['会员（名录）', s.members],
    ['未公开的会员', s.hiddenMembers],
    ...entries(s.filings).map(([k, n]): [string, number] => [`备案 · ${k}`, n]),
    ['待审核', s.waiting.count],
    ['最早待审核提交时间', s.waiting.oldestSubmittedAt ?? ''],
    ['本月通过', s.approvalsThisMonth],
    ['提交至决定的天数（中位数）', s.medianDaysToDecision ?? ''],
  ];
  for (const row of head) summary.addRow(row);
  summary.getColumn(1).font = { bold: true };
  const sheets: Sheet[] = [
    { name: '按规模', header: ['规模', '会员'], rows: entries(s.bySize) },
    { name: '按行业门类', header: ['门类', '会员'], rows: entries(s.byIndustrySection) },
    { name: '按行业大类', header: ['大类', '会员'], rows: entries(s.byIndustryDivision) },
    { name: '按地区', header: ['地区代码', '会员'], rows: entries(s.byRegion) },
    { name: '按学历', header: ['学历', '会员'], rows: entries(s.byEducation) },
    { name: '按质量工作年限', header: ['年限', '会员'], rows: entries(s.byQualityYears) },
    { name: '审核用时', header: ['天数', '备案'], rows: entries(s.reviewDays) },
  ];
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    ws.columns = [
      { header: sheet.header[0], width: 18 },
      { header: sheet.header[1], width: 12 },
    ];
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
  }
  const months = workbook.addWorksheet('每月备案');
  months.columns = ['月份', '待审核', '已通过', '已退回', '未通过', '其他'].map((header) => ({
    header,
    width: 12,
  }));
  months.getRow(1).font = { bold: true };
  for (const m of s.filingsPerMonth)
    months.addRow([m.month, m.submitted, m.approved, m.returned, m.rejected, m.other]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
