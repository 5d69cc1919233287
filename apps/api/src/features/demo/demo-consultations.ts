import type { ConsultationInput } from '@cqo/contracts';

/** A consultation a fresh install shows open, with a few demo members' comments and answers. */
export const DEMO_CONSULTATION: Omit<ConsultationInput, 'opensOn' | 'closesOn'> & {
  comments: { member: number; clause: string | null; proposedChange: string; reason: string }[];
  survey: {
    type: 'single' | 'multiple' | 'rating' | 'long-text';
    title: string;
    options?: string[];
    required?: boolean;
  }[];
} = {
  title: '企业首席质量官工作规范（征求意见稿）',
  standardCode: 'T/ZHCQO 001—2026',
  kind: 'group',
  description:
    '联盟秘书处组织起草了《企业首席质量官工作规范》团体标准征求意见稿，请各会员单位逐条提出修改意见，并填写附带的问卷。',
  draftingOrganisation: '珠海市首席质量官联盟秘书处',
  contact: '联盟秘书处 0756-0000000',
  audience: { type: 'members' },
  publicReading: true,
  commentsVisible: true,
  draftText: `企业首席质量官工作规范
前  言
本文件按照 GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。
本文件由珠海市首席质量官联盟提出并归口。
1 范围
本文件规定了企业首席质量官的任职条件、职责、工作要求和评价。
本文件适用于珠海市行政区域内设立首席质量官的企业。
2 规范性引用文件
下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。
GB/T 19001 质量管理体系 要求
GB/T 19580 卓越绩效评价准则
3 术语和定义
3.1
首席质量官
由企业任命，在企业决策层中全面负责质量管理工作的高级管理人员。
4 任职条件
4.1 应具有大学专科及以上学历。
4.2 应从事质量管理相关工作 3 年以上。
4.3 应参加市场监管部门组织的首席质量官培训并取得培训证书。
注：小型、微型企业可适当放宽 4.1 和 4.2 的条件。
5 职责
5.1 组织制定企业质量战略和质量目标。
5.2 对影响产品质量的重大决策行使质量否决权。
5.3 组织建立、实施和持续改进质量管理体系。
6 评价
6.1 企业每年对首席质量官履职情况进行评价，评价结果报联盟秘书处备案。
附录A
（资料性）
首席质量官年度履职报告提纲
A.1 质量目标完成情况
A.2 质量改进项目及成效`,
  comments: [
    {
      member: 1,
      clause: '4.2',
      proposedChange: '建议将“3 年以上”修改为“5 年以上”。',
      reason: '首席质量官处于决策层，需要更丰富的质量管理经验。',
    },
    {
      member: 2,
      clause: '5.2',
      proposedChange: '建议明确质量否决权的行使程序和记录要求。',
      reason: '便于企业落地执行，也便于评价时核查。',
    },
    {
      member: 3,
      clause: null,
      proposedChange: '建议增加首席质量官与质量负责人职责划分的说明。',
      reason: '部分企业两者由不同人员担任，职责容易交叉。',
    },
  ],
  survey: [
    {
      type: 'single',
      title: '贵单位是否已任命首席质量官？',
      options: ['已任命', '计划一年内任命', '暂无计划'],
      required: true,
    },
    {
      type: 'multiple',
      title: '希望联盟在本标准发布后提供哪些支持？',
      options: ['宣贯培训', '履职报告模板', '标杆企业交流', '政策解读'],
    },
    { type: 'rating', title: '您对本征求意见稿的总体评价', required: true },
    { type: 'long-text', title: '其他意见和建议' },
  ],
};
