import { Permission } from '@cqo/contracts';

export interface NavItem {
  path: string;
  /** Translation key under `nav.` */
  key: string;
  icon: string;
  /** Shown to everyone when absent. */
  permission?: Permission;
}

export interface NavGroup {
  key: string;
  items: NavItem[];
}

/** Navigation for every part of the product (PRODUCT.md); hidden where the role lacks the permission. */
export const NAV: NavGroup[] = [
  {
    key: 'publicArea',
    items: [
      { path: '/', key: 'home', icon: 'home' },
      { path: '/talent-pool', key: 'talentPool', icon: 'team' },
      { path: '/size-calculator', key: 'sizeCalculator', icon: 'calculator' },
      { path: '/announcements', key: 'announcements', icon: 'notification' },
      { path: '/opportunities', key: 'opportunities', icon: 'trophy' },
      // Visitors read titles and summaries: the library shows what membership opens.
      { path: '/cases', key: 'cases', icon: 'book' },
      { path: '/filing', key: 'filing', icon: 'file-text', permission: Permission.AccountSelf },
    ],
  },
  {
    key: 'memberArea',
    items: [
      { path: '/directory', key: 'directory', icon: 'contacts', permission: Permission.MemberArea },
      { path: '/channels', key: 'channels', icon: 'message', permission: Permission.MemberArea },
      { path: '/consultations', key: 'consultations', icon: 'audit', permission: Permission.MemberArea },
      { path: '/notifications', key: 'notifications', icon: 'bell', permission: Permission.AccountSelf },
    ],
  },
  {
    key: 'staffArea',
    items: [
      { path: '/review', key: 'review', icon: 'file-search', permission: Permission.FilingsReview },
      { path: '/dashboard', key: 'dashboard', icon: 'bar-chart', permission: Permission.StatisticsRead },
    ],
  },
  {
    key: 'adminArea',
    items: [
      { path: '/admin/users', key: 'users', icon: 'user-switch', permission: Permission.UsersManage },
      { path: '/admin/outbox', key: 'outbox', icon: 'mail', permission: Permission.OutboxRead },
      { path: '/admin/audit', key: 'audit', icon: 'safety', permission: Permission.AuditRead },
    ],
  },
];
