/**
 * The words of this feature, in Simplified Chinese (the default) and English. The English object
 * has the Chinese one's type: a key missing in either language, or one too many, fails the build.
 * The app puts every feature's words together (app/translations.ts).
 */
export const announcementsZhCN = {
  ann: {
    edit: '编辑',
    pageTitle: '政策与标准公告',
    new: '新建公告',
    kind: '类别',
    kinds: { policy: '政策', regulation: '法规', standard: '标准', notice: '通知', training: '培训' },
    status: '状态',
    statuses: { draft: '草稿', scheduled: '定时发布', published: '已发布', unpublished: '已撤下' },
    title: '标题',
    body: '正文（Markdown）',
    audience: '发布范围',
    audiences: { public: '公开', members: '全体会员', segment: '指定会员' },
    industries: '行业（门类字母或代码前缀，逗号分隔）',
    regions: '地区代码前缀（逗号分隔）',
    sizes: '企业规模',
    pinned: '置顶',
    pinnedTag: '置顶',
    scheduleAt: '定时发布（留空则立即发布）',
    saveDraft: '存为草稿',
    publish: '发布',
    schedule: '定时发布',
    unpublish: '撤下',
    remind: '提醒未读会员',
    published: '已发布，正在通知目标会员',
    unpublished: '已撤下',
    savedDraft: '草稿已保存',
    reminded: '正在提醒未读会员',
    receipts: '目标会员 {{audience}} 人，已读 {{read}} 人',
    staffTools: '管理',
    empty: '暂无公告',
  },
};
