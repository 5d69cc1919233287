import type { homeZhCN } from './home.i18n';

export const homeEn: typeof homeZhCN = {
  home: {
    digest: {
      announcements: 'Latest announcements',
      matched: 'Matched for you · closing soon',
      open: 'Open opportunities',
      all: 'All',
      unread: 'Unread',
      daysLeft: 'closes in {{days}} days',
    },
    hero: 'Zhuhai’s Chief Quality Officers, together for a city of quality',
    lead: 'A Chief Quality Officer (CQO) is the senior manager fully responsible for an enterprise’s quality and safety. This platform handles CQO filing, member exchange, policy and standard announcements and matched support programmes in one place.',
    forEnterprises: 'Enterprises: file your CQO online',
    forEnterprisesText:
      'Fill in the Guangdong registration form with live checks of enterprise size, eligibility, ID number and e-mail.',
    forMembers: 'Members: directory, channels, opportunities',
    forMembersText:
      'Find peers, comment on draft standards, and see subsidies and quality awards that fit your enterprise.',
    forStaff: 'Bureau: review and publish',
    forStaffText:
      'Review filings, publish policies and standards, export the talent pool and registration forms.',
    start: 'Sign up now',
    calculator: 'Enterprise size calculator',
    welcome: 'Welcome, {{name}}',
  },
};
