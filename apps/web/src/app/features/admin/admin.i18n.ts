/**
 * The words of this feature, in Simplified Chinese (the default) and English. The English object
 * has the Chinese one's type: a key missing in either language, or one too many, fails the build.
 * The app puts every feature's words together (app/translations.ts).
 */
export const adminZhCN = {
  admin: {
    mailStatus: { outbox: '仅记录（未发送）', sent: '已发送', failed: '发送失败' },
    ownAccount: '这是您自己的账号',
    usersTitle: '用户与角色',
    searchPlaceholder: '按邮箱或姓名搜索',
    allRoles: '全部角色',
    status: '状态',
    active: '正常',
    disabled: '已停用',
    disable: '停用',
    enable: '启用',
    editRoles: '修改角色',
    lastLogin: '最近登录',
    never: '从未',
    confirmDisable: '停用后该用户的所有登录将立即失效，确定停用？',
    outboxTitle: '邮件发件箱',
    outboxLead: '未配置 SMTP 时，平台发出的邮件保存在这里。',
    to: '收件人',
    subject: '主题',
    sentAt: '时间',
    auditTitle: '审计日志',
    action: '动作',
    actor: '操作人',
    subjectCol: '对象',
    reason: '原因',
  },
};

export const adminEn: typeof adminZhCN = {
  admin: {
    mailStatus: { outbox: 'Logged, not sent', sent: 'Sent', failed: 'Failed' },
    ownAccount: 'This is your own account',
    usersTitle: 'Users & roles',
    searchPlaceholder: 'Search by e-mail or name',
    allRoles: 'All roles',
    status: 'Status',
    active: 'Active',
    disabled: 'Disabled',
    disable: 'Disable',
    enable: 'Enable',
    editRoles: 'Edit roles',
    lastLogin: 'Last sign-in',
    never: 'Never',
    confirmDisable: 'Disabling ends all of this user’s sessions at once. Disable?',
    outboxTitle: 'Mail outbox',
    outboxLead: 'Without SMTP configured, mail the platform sends is kept here.',
    to: 'To',
    subject: 'Subject',
    sentAt: 'Time',
    auditTitle: 'Audit log',
    action: 'Action',
    actor: 'Actor',
    subjectCol: 'Subject',
    reason: 'Reason',
  },
};
