/**
 * The words of this feature, in Simplified Chinese (the default) and English. The English object
 * has the Chinese one's type: a key missing in either language, or one too many, fails the build.
 * The app puts every feature's words together (app/translations.ts).
 */
export const reviewZhCN = {
  poolImport: {
    button: '导入纸质备案',
    title: '导入人才库信息表',
    row: '行号',
    result: '核验结果',
    ok: '通过',
    ready: '共 {{total}} 行，全部通过核验，可以导入。',
    refused: '共 {{total}} 行，其中 {{refused}} 行未通过核验；请修改表格后重新选择文件。整个文件未导入。',
    done: '已导入 {{total}} 名首席质量官。',
    confirm: '导入 {{total}} 行',
  },
  review: {
    waitingCount: '{{count}} 份备案待审核',
    nothingWaiting: '暂无待审核的备案',
    title: '备案审核',
    queue: '待办队列',
    filters: '筛选',
    district: '所属区',
    industryPrefix: '行业代码前缀',
    submittedRange: '提交日期',
    open: '审核',
    approve: '通过',
    return: '退回修改',
    reject: '不予通过',
    comment: '审核意见',
    fieldComments: '需要修改的字段',
    addFieldComment: '添加字段意见',
    field: '字段',
    reveal: '查看完整号码',
    revealReason: '查看原因（将记入审计日志）',
    decided: '已处理',
    rulesResults: '规则核验结果',
    export: '导出人才库信息表（Excel）',
    all: '全部',
  },
};
