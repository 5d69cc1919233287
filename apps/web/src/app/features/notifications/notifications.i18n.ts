/**
 * The words of this feature, in Simplified Chinese (the default) and English. The English object
 * has the Chinese one's type: a key missing in either language, or one too many, fails the build.
 * The app puts every feature's words together (app/translations.ts).
 */
export const notificationsZhCN = {
  notifications: {
    preferences: '通知方式',
    inApp: '站内',
    email: '邮件',
    mail: { instant: '即时', daily: '每日摘要', off: '不发送' },
    title: '通知',
    bell: '通知 {{count}} 条未读',
    all: '全部',
    unread: '未读',
    readAll: '全部标为已读',
    empty: '暂无通知',
    kinds: {
      filing: '备案',
      announcement: '公告',
      opportunity: '机会',
      case: '案例',
      channel: '频道',
      consultation: '征求意见',
      reminder: '提醒',
      system: '系统',
    },
  },
};
