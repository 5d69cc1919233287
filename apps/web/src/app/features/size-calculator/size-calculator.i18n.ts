/**
 * The words of this feature, in Simplified Chinese (the default) and English. The English object
 * has the Chinese one's type: a key missing in either language, or one too many, fails the build.
 * The app puts every feature's words together (app/translations.ts).
 */
export const sizeCalculatorZhCN = {
  sizeCalc: {
    table: '规模划分标准',
    lead: '依据《统计上大中小微型企业划分办法（2017）》和《国民经济行业分类》（GB/T 4754-2017），按行业与从业人员、营业收入、资产总额测算企业规模。',
    inputs: '企业信息',
    industry: '所属行业（小类）',
    employees: '从业人员',
    revenue: '营业收入',
    totalAssets: '资产总额',
    unitPersons: '人',
    unitWan: '万元',
    notUsed: '本行业的划分标准不使用此指标',
    result: '测算结果',
    indicator: '指标',
    thresholds: '“{{group}}”划分标准',
    pickIndustry: '请先选择所属行业（精确到小类）。',
    note: '大型、中型和小型企业须同时满足所列指标的下限，否则下划一档；微型企业只须满足所列指标中的一项即可。',
    status: {
      'missing-indicators': '请填写本行业所列的全部指标',
      'not-covered': '该行业不适用本划分标准',
      'invalid-input': '输入有误',
      classified: '',
    },
  },
};
