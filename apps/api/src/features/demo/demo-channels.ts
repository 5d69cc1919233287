import type { ChannelInput } from '@cqo/contracts';

/** One line of a demo conversation: who says it (index into the demo members), and replies in its thread. */
export interface DemoLine {
  member: number;
  body: string;
  replies?: { member: number; body: string }[];
}

/**
 * Channels a fresh install shows, with a few conversations between fictional members. The industry
 * and district ones are created before the members are approved, so each member lands in those
 * that fit their enterprise, as a real one would.
 */
export const DEMO_CHANNELS: (ChannelInput & { lines: DemoLine[] })[] = [
  {
    name: '质量管理方法交流',
    description: '卓越绩效、六西格玛、QC 小组等方法的实践与心得',
    kind: 'topic',
    audience: { type: 'members' },
    lines: [
      {
        member: 6,
        body: '各位好，我们今年准备在注塑车间推六西格玛绿带项目，有没有企业愿意分享一下立项时怎么选题？',
        replies: [
          { member: 2, body: '建议从客诉最多的缺陷入手，数据好收集，改善效果也容易被管理层看到。' },
          { member: 3, body: '同意，我们去年选的是缩痕，一次合格率从 92% 提到了 98%，案例库里有详细做法。' },
        ],
      },
      { member: 4, body: '下周市局有**首席质量官培训**，报名链接在公告里，大家别错过。' },
      { member: 5, body: '请教：QC 小组成果发布时，“效果检查”部分一般放几个月的数据比较有说服力？' },
    ],
  },
  {
    name: '电子信息行业',
    description: '计算机、通信和其他电子设备制造业及电气机械制造业会员',
    kind: 'industry',
    audience: { type: 'segment', industryPrefixes: ['38', '39'] },
    lines: [
      { member: 0, body: '最近 SMT 来料的 MSD 管控大家怎么做？我们出现过受潮导致的虚焊。' },
      {
        member: 1,
        body: '我们按 IPC/JEDEC J-STD-033 做烘烤和暴露时间记录，上了 MES 以后追溯方便很多。',
      },
    ],
  },
  {
    name: '香洲区会员',
    description: '香洲区会员企业的本地交流',
    kind: 'region',
    audience: { type: 'segment', regionPrefixes: ['440402'] },
    lines: [{ member: 2, body: '香洲区质量提升补贴本月底截止申报，需要材料清单的可以私信我。' }],
  },
];
