/**
 * The words of this feature, in Simplified Chinese (the default) and English. The English object
 * has the Chinese one's type: a key missing in either language, or one too many, fails the build.
 * The app puts every feature's words together (app/translations.ts).
 */
export const talentPoolZhCN = {
  pool: {
    title: '首席质量官人才库',
    lead: '经备案通过的企业首席质量官。按规定仅公布企业名称、首席质量官姓名和任职时间。',
    enterprise: '企业名称',
    cqo: '首席质量官',
    appointedOn: '任职时间',
    searchPlaceholder: '按企业名称或姓名搜索',
    empty: '暂无数据',
  },
};
