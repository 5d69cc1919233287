import type { searchZhCN } from './search.i18n';

export const searchEn: typeof searchZhCN = {
  searchPage: {
    title: 'Search',
    lead: 'Quality cases, announcements, opportunities and the member directory, as far as you may see them; channels and consultations join as they open.',
    all: 'All',
    kinds: {
      case: 'Cases',
      announcement: 'Announcements',
      opportunity: 'Opportunities',
      member: 'Members',
      message: 'Channel messages',
      consultation: 'Consultations',
    },
    found: '{{total}} results',
    foundAtLeast: '{{total}}+ results, the most recent first; more specific words narrow them down',
    none: 'Nothing found for “{{q}}”. Try other words, pinyin or Traditional characters.',
    askSomething:
      'Type what you are looking for: Simplified or Traditional Chinese, pinyin (e.g. zhusu), or abbreviations (e.g. SPC).',
    facets: { method: 'Method', industry: 'Industry section', year: 'Year' },
    clear: 'Clear filters',
  },
};
