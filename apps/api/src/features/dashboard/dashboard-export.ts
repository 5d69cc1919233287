import type { DashboardActivity, DashboardFilter, DashboardSummary } from '@cqo/contracts';
import { excel } from '../../platform/files/excel';
import { inertCell } from '../../platform/files/spreadsheet-cells';

/** The charts a workbook can hold, each a sheet of its own; `summary` is the headline figures. */
export const DASHBOARD_CHARTS = [
  'summary',
  'filings',
  'bySize',
  'byIndustrySection',
  'byIndustryDivision',
  'byRegion',
  'byEducation',
  'byQualityYears',
  'perMonth',
  'reviewDays',
  'readRate',
  'funnel',
  'messages',
  'consultations',
  'participation',
  'cases',
] as const;
export type DashboardChart = (typeof DASHBOARD_CHARTS)[number];

type Cell = string | number;
type Sheet = { name: string; header: string[]; rows: Cell[][] };

const pairs = (o: Record<string, number>): Cell[][] => Object.entries(o);

/** Every chart's rows, as the sheets of the workbook. */
function sheets(
  s: DashboardSummary,
  a: DashboardActivity,
  filter: DashboardFilter,
): Record<DashboardChart, Sheet> {
  const filterText = [
    filter.from || filter.to ? `${filter.from ?? '…'} 至 ${filter.to ?? '…'}` : '全部日期',
    filter.industry ? `行业 ${filter.industry}` : '',
    filter.region ? `地区 ${filter.region}` : '',
    filter.size?.length ? `规模 ${filter.size.join('、')}` : '',
  ].filter(Boolean);
  return {
    summary: {
      name: '汇总',
      header: ['项目', '数值'],
      rows: [
        ['统计时间', s.generatedAt],
        ['筛选条件', filterText.join('；')],
        ['会员（名录）', s.members],
        ['未公开的会员', s.hiddenMembers],
        ['待审核', s.waiting.count],
        ['最早待审核提交时间', s.waiting.oldestSubmittedAt ?? ''],
        ['本月通过', s.approvalsThisMonth],
        ['提交至决定的天数（中位数）', s.medianDaysToDecision ?? ''],
      ],
    },
    filings: { name: '备案状态', header: ['状态', '备案'], rows: pairs(s.filings) },
    bySize: { name: '按规模', header: ['规模', '会员'], rows: pairs(s.bySize) },
    byIndustrySection: { name: '按行业门类', header: ['门类', '会员'], rows: pairs(s.byIndustrySection) },
    byIndustryDivision: { name: '按行业大类', header: ['大类', '会员'], rows: pairs(s.byIndustryDivision) },
    byRegion: { name: '按地区', header: ['地区代码', '会员'], rows: pairs(s.byRegion) },
    byEducation: { name: '按学历', header: ['学历', '会员'], rows: pairs(s.byEducation) },
    byQualityYears: { name: '按质量工作年限', header: ['年限', '会员'], rows: pairs(s.byQualityYears) },
    perMonth: {
      name: '每月备案',
      header: ['月份', '待审核', '已通过', '已退回', '未通过', '其他'],
      rows: s.filingsPerMonth.map((m) => [m.month, m.submitted, m.approved, m.returned, m.rejected, m.other]),
    },
    reviewDays: { name: '审核用时', header: ['天数', '备案'], rows: pairs(s.reviewDays) },
    readRate: {
      name: '公告阅读',
      header: ['公告', '发布对象', '对象人数', '已读', '阅读率'],
      rows: a.announcements.map((x) => [x.title, x.audience, x.audienceSize, x.read, x.rate]),
    },
    funnel: {
      name: '机会跟进',
      header: ['类别', '感兴趣', '准备中', '已申报', '已获得', '未获得'],
      rows: Object.entries(a.opportunityFunnel).map(([kind, f]) => [
        kind,
        f.interested,
        f.preparing,
        f.applied,
        f.awarded,
        f['not-awarded'],
      ]),
    },
    messages: {
      name: '频道消息',
      header: ['日期', '消息'],
      rows: [
        ...a.channels.perDay.map((d): Cell[] => [d.day, d.messages]),
        ['发言会员', a.channels.activeMembers],
      ],
    },
    consultations: {
      name: '征求意见',
      header: ['标题', '状态', '意见', '问卷', '参与单位'],
      rows: a.consultations.map((c) => [c.title, c.status, c.comments, c.responses, c.enterprises]),
    },
    participation: {
      name: '征求意见参与',
      header: ['分组', '代码', '意见', '问卷', '参与单位'],
      rows: (
        [
          ['行业门类', a.consultationParticipation.bySection],
          ['地区', a.consultationParticipation.byRegion],
          ['规模', a.consultationParticipation.bySize],
        ] as const
      ).flatMap(([group, counts]) =>
        Object.entries(counts).map(([code, c]): Cell[] => [
          group,
          code,
          c.comments,
          c.responses,
          c.enterprises,
        ]),
      ),
    },
    cases: {
      name: '质量案例',
      header: ['案例', '阅读'],
      rows: [
        ['提交', a.cases.submitted],
        ['发布', a.cases.published],
        ...a.cases.mostRead.map((c): Cell[] => [c.title, c.views]),
      ],
    },
  };
}

/**
 * The dashboard as a quarterly workbook (a summary sheet, then one sheet per chart), or one chart
 * alone (`only`), so every figure can be pasted into a report.
 */
export async function dashboardXlsx(
  s: DashboardSummary,
  a: DashboardActivity,
  filter: DashboardFilter,
  only?: DashboardChart,
): Promise<Buffer> {
  const workbook = new (await excel()).Workbook();
  const all = sheets(s, a, filter);
  for (const key of only ? [only] : DASHBOARD_CHARTS) {
    const sheet = all[key];
    const ws = workbook.addWorksheet(sheet.name);
    ws.columns = sheet.header.map((header, i) => ({ header, width: i === 0 ? 30 : 14 }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map(inertCell));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
