/**
 * The words of this feature, in Simplified Chinese (the default) and English. The English object
 * has the Chinese one's type: a key missing in either language, or one too many, fails the build.
 * The app puts every feature's words together (app/translations.ts).
 */
export const directoryZhCN = {
  dir: {
    minYears: '质量工作年限 ≥',
    years: '质量工作年限',
    notFound: '找不到该会员（或其未在名录中显示）',
    directMessage: '发私信',
    title: '会员名录',
    searchPlaceholder: '姓名、企业或专长',
    name: '姓名',
    enterprise: '企业',
    industry: '行业',
    region: '地区',
    size: '规模',
    contact: '联系方式',
    myCard: '我的名片与隐私',
    bio: '个人简介',
    topics: '专长领域（逗号分隔）',
    fields: { phone: '电话', email: '邮箱', position: '职务', bio: '简介' },
    visibility: { members: '会员可见', staff: '仅工作人员', nobody: '不公开' },
    hide: '不在名录中显示我',
    saved: '已保存',
  },
};
