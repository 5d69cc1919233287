import type { AnnouncementInputDto } from '../announcements';
import type { OpportunityInputDto } from '../opportunities';

const DAY = 86_400_000;
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/**
 * The bureau's board in the demo: its notice on CQO filing (from the source document), pinned and
 * public, and a members' training announcement; published by the first admin.
 */
export const DEMO_ANNOUNCEMENTS: AnnouncementInputDto[] = [
  {
    kind: 'notice',
    title: '关于进一步做好企业首席质量官有关工作的通知',
    body: [
      '各有关单位：',
      '',
      '为全面贯彻落实《质量强国建设纲要》《广东省质量强省建设纲要》关于“健全企业首席质量官制度”的有关部署，现就进一步做好企业首席质量官相关工作通知如下：',
      '',
      '**一、完善企业首席质量官备案机制。** 企业根据自身情况自主聘任符合任职条件的首席质量官并报备：在本平台填写《广东省企业首席质量官基本信息登记表》，上传盖章扫描件。',
      '',
      '**二、开展首席质量官培训工作。** 经培训考试合格的，名单纳入广东首席质量官人才库并公布（只公布姓名、单位、任职时间）。',
      '',
      '**三、发挥首席质量官联盟作用。** 推动建立珠海市企业首席质量官联盟。',
      '',
      '珠海市质量强市工作领导小组办公室',
    ].join('\n'),
    audience: { type: 'public' },
    pinned: true,
  },
  {
    kind: 'training',
    title: '2026 年度企业首席质量官培训报名',
    body: '面向联盟会员。培训内容：质量管理体系、卓越绩效模式、六西格玛方法。请在“惠企机会”中标记“感兴趣”以便接收截止提醒。',
    audience: { type: 'members' },
  },
];

/** Open and closed opportunities, targeted so that some demo members fit and some do not. */
export function demoOpportunities(): OpportunityInputDto[] {
  return [
    {
      kind: 'subsidy',
      title: '小微工业企业质量提升专项补贴',
      body: '对通过质量管理体系认证、开展质量改进项目的小微工业企业给予补贴。',
      issuer: 'city',
      issuerName: '珠海市市场监督管理局',
      benefit: '最高 20 万元',
      deadline: day(45),
      howToApply: '在本平台提交申报材料，并报送所在区市场监管分局。',
      criteria: {
        sizes: ['small', 'micro'],
        industryPrefixes: ['B', 'C', 'D'],
        regionPrefixes: ['4404'],
        requiresApprovedFiling: true,
        otherConditions: '近三年未发生重大质量安全事故',
      },
    },
    {
      kind: 'award',
      title: '珠海市政府质量奖',
      body: '表彰在质量管理方面成绩突出、具有示范作用的组织。',
      issuer: 'city',
      issuerName: '珠海市质量强市工作领导小组办公室',
      benefit: '授予荣誉称号并给予奖励',
      deadline: day(90),
      howToApply: '按申报指南提交自评报告。',
      criteria: { regionPrefixes: ['4404'], minQualityYears: 3 },
    },
    {
      kind: 'benchmarking',
      title: '广东省标杆企业质量管理交流活动',
      body: '组织首席质量官赴省内质量标杆企业交流学习。',
      issuer: 'province',
      issuerName: '广东省市场监督管理局',
      benefit: '交流名额 30 个',
      deadline: day(20),
      howToApply: '会员在本平台标记“感兴趣”后由联盟统一报名。',
      criteria: { requiresApprovedFiling: true },
    },
    {
      kind: 'training',
      title: '首席质量官能力提升培训（上期）',
      body: '上一期培训，已截止。',
      issuer: 'province',
      issuerName: '广东省市场监督管理局',
      benefit: '免费',
      deadline: day(-30),
      criteria: {},
    },
  ];
}
