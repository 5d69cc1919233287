import type { directoryZhCN } from './directory.i18n';

export const directoryEn: typeof directoryZhCN = {
  dir: {
    minYears: 'Years in quality ≥',
    years: 'Years in quality work',
    notFound: 'No such member (or they are not listed)',
    directMessage: 'Send a message',
    title: 'Member directory',
    searchPlaceholder: 'Name, enterprise or topic',
    name: 'Name',
    enterprise: 'Enterprise',
    industry: 'Industry',
    region: 'Region',
    size: 'Size',
    contact: 'Contact',
    myCard: 'My card and privacy',
    bio: 'About me',
    topics: 'Topics of expertise (comma-separated)',
    fields: { phone: 'Phone', email: 'E-mail', position: 'Position', bio: 'About' },
    visibility: { members: 'Members', staff: 'Staff only', nobody: 'Nobody' },
    hide: 'Hide me from the directory',
    saved: 'Saved',
  },
};
