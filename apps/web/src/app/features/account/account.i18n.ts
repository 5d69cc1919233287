/**
 * The words of this feature, in Simplified Chinese (the default) and English. The English object
 * has the Chinese one's type: a key missing in either language, or one too many, fails the build.
 * The app puts every feature's words together (app/translations.ts).
 */
export const accountZhCN = {
  account: {
    downloadData: '下载我的全部数据（JSON）',
    recentActions: '我最近的操作',
    title: '我的账户',
    profile: '基本信息',
    roles: '角色',
    since: '注册时间',
  },
};
