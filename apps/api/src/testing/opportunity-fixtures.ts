/** A plain open subsidy for API tests that need some opportunity; `criteria` as given. */
export function opportunityBody(criteria: Record<string, unknown> = {}) {
  return {
    kind: 'subsidy',
    title: '补贴',
    body: '正文',
    issuer: 'city',
    issuerName: '珠海市市场监督管理局',
    benefit: '最高 20 万元',
    deadline: '2030-06-30',
    howToApply: '线上申报',
    criteria,
  };
}
