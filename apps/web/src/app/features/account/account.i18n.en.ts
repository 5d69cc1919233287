import type { accountZhCN } from './account.i18n';

export const accountEn: typeof accountZhCN = {
  account: {
    downloadData: 'Download all my data (JSON)',
    recentActions: 'My recent actions',
    title: 'My account',
    profile: 'Profile',
    roles: 'Roles',
    since: 'Member since',
  },
};
