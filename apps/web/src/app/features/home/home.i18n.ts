/**
 * The words of this feature, in Simplified Chinese (the default) and English. The English object
 * has the Chinese one's type: a key missing in either language, or one too many, fails the build.
 * The app puts every feature's words together (app/translations.ts).
 */
export const homeZhCN = {
  home: {
    digest: {
      announcements: '最新公告',
      matched: '为您匹配 · 即将截止',
      open: '开放中的机会',
      all: '全部',
      unread: '未读',
      daysLeft: '{{days}} 天后截止',
    },
    hero: '汇聚珠海企业首席质量官，共建质量强市',
    lead: '企业首席质量官（CQO）是对企业质量安全和质量发展全面负责的高层管理人员。本平台为企业备案、联盟会员交流、政策标准发布和惠企机会匹配提供一站式服务。',
    forEnterprises: '企业：在线备案首席质量官',
    forEnterprisesText: '按广东省登记表填写，系统实时核验企业规模、任职条件、身份证号与邮箱。',
    forMembers: '会员：名录、频道与机会',
    forMembersText: '查找同行、参与标准征求意见、获取与本企业匹配的补贴与质量奖信息。',
    forStaff: '监管部门：审核与发布',
    forStaffText: '审核备案、发布政策与标准、导出人才库信息表与登记表。',
    start: '立即注册',
    calculator: '测算企业规模',
    welcome: '欢迎，{{name}}',
  },
};
