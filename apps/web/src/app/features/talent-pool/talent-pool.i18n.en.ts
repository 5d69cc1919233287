import type { talentPoolZhCN } from './talent-pool.i18n';

export const talentPoolEn: typeof talentPoolZhCN = {
  pool: {
    title: 'CQO talent pool',
    lead: 'Approved enterprise CQOs. Only the enterprise, the CQO’s name and the appointment date are published.',
    enterprise: 'Enterprise',
    cqo: 'CQO',
    appointedOn: 'Appointed on',
    searchPlaceholder: 'Search by enterprise or name',
    empty: 'Nothing yet',
  },
};
