import type { sizeCalculatorZhCN } from './size-calculator.i18n';

export const sizeCalculatorEn: typeof sizeCalculatorZhCN = {
  sizeCalc: {
    table: 'Size thresholds',
    lead: 'Enterprise size by the 2017 national statistical standard and GB/T 4754-2017, from industry, employees, revenue and total assets.',
    inputs: 'Enterprise',
    industry: 'Industry (4-digit class)',
    employees: 'Employees',
    revenue: 'Revenue',
    totalAssets: 'Total assets',
    unitPersons: 'persons',
    unitWan: '10k CNY',
    notUsed: 'Not used by this industry’s thresholds',
    result: 'Result',
    indicator: 'Indicator',
    thresholds: 'Thresholds for “{{group}}”',
    pickIndustry: 'Choose the industry first (down to the 4-digit class).',
    note: 'Large, medium and small must meet the lower bound of every listed indicator, otherwise the enterprise drops a tier; micro needs only one.',
    status: {
      'missing-indicators': 'Fill in every indicator this industry lists',
      'not-covered': 'This industry is outside the standard',
      'invalid-input': 'Invalid input',
      classified: '',
    },
  },
};
