/**
 * Text for every code the rules produce, in Simplified Chinese (first) and English. Params in
 * `{name}` are filled by `formatMessage`. A test checks that both languages have every code.
 */
export const messages = {
  'zh-CN': {
    // enterprise size
    SIZE_INDUSTRY_UNKNOWN: '行业代码“{industryCode}”不在《国民经济行业分类》（GB/T 4754-2017）中',
    SIZE_INDUSTRY_NOT_CLASS: '请选择到小类（4 位代码），“{industryCode}”是更上层的分类',
    SIZE_VALUE_INVALID: '{indicator}必须是不小于 0 的数字',
    SIZE_NOT_COVERED: '“{industryName}”不在统计上大中小微型企业划分标准的适用范围内',
    SIZE_GROUP: '按“{group}”的划分标准测算',
    SIZE_INDICATOR_MISSING: '缺少{indicator}',
    SIZE_INDICATOR_TIER: '{indicator} {value} 达到{tier}标准',
    SIZE_RESULT_MICRO: '有一项指标低于小型企业下限，微型企业只须满足所列指标中的一项',
    SIZE_RESULT_MISSING: '还缺 {count} 项指标，无法判定规模',
    SIZE_RESULT_ALL_MET: '大型、中型和小型企业须同时满足所列指标的下限，否则下划一档：结果为{size}企业',
    SIZE_RESULT_SINGLE: '该行业只有一项指标：结果为{size}企业',
    // identity
    ID_FORMAT: '身份证号应为 18 位，前 17 位为数字，最后一位为数字或 X',
    ID_LEGACY_15: '请填写 18 位身份证号（15 位旧号码已停止使用）',
    ID_REGION: '身份证号前两位不是有效的省级行政区划代码',
    ID_BIRTH_DATE: '身份证号中的出生日期无效',
    ID_CHECKSUM: '身份证号校验位不正确，请核对',
    ID_BIRTH_DATE_MISMATCH: '出生日期与身份证号不一致',
    ID_SEX_MISMATCH: '性别与身份证号不一致',
    OTHER_ID_TYPE: '请选择证件类型',
    OTHER_ID_FORMAT: '证件号码格式不正确',
    OTHER_ID_CHECKSUM: '证件号码校验位不正确',
    OTHER_ID_REGION: '居住证号码应以 810000（香港）、820000（澳门）或 830000（台湾）开头',
    CREDIT_CODE_FORMAT: '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）',
    CREDIT_CODE_CHECKSUM: '统一社会信用代码校验位不正确',
    CREDIT_CODE_ORG_CHECKSUM: '统一社会信用代码中的组织机构代码校验位不正确',
    EMAIL_INVALID: '请输入有效的电子邮箱',
    EMAIL_ROLE_MAILBOX: '请填写首席质量官本人邮箱，不能使用企业或部门邮箱',
    MOBILE_INVALID: '请输入 11 位手机号码',
    // eligibility
    ELIGIBILITY_EDUCATION: '学历低于大专（任职条件：大专及以上学历或相当学历）',
    ELIGIBILITY_EDUCATION_UNKNOWN: '请选择学历',
    ELIGIBILITY_QUALITY_YEARS: '质量管理工作年限不足 3 年',
    ELIGIBILITY_QUALITY_YEARS_INVALID: '质量工作年限应为不小于 0 的数字',
    ELIGIBILITY_RELAXED_FOR_SME: '中小微企业可适当放宽任职条件，由审核人员决定',
    // matching
    MATCH_SIZE_OK: '企业规模符合',
    MATCH_SIZE_MISMATCH: '企业规模不在适用范围内',
    MATCH_SIZE_UNKNOWN: '尚未确定企业规模',
    MATCH_INDUSTRY_OK: '所属行业符合',
    MATCH_INDUSTRY_MISMATCH: '所属行业不在适用范围内',
    MATCH_INDUSTRY_UNKNOWN: '尚未填写所属行业',
    MATCH_REGION_OK: '所属地区符合',
    MATCH_REGION_MISMATCH: '所属地区不在适用范围内',
    MATCH_REGION_UNKNOWN: '尚未填写所属地区',
    MATCH_QUALITY_YEARS_OK: '质量工作年限符合',
    MATCH_QUALITY_YEARS_SHORT: '质量工作年限不足',
    MATCH_QUALITY_YEARS_UNKNOWN: '尚未填写质量工作年限',
    MATCH_FILING_OK: '已完成首席质量官备案',
    MATCH_FILING_MISSING: '需要已通过的首席质量官备案',
    MATCH_CHECK_YOURSELF: '其他条件请自行核对',
    // labels
    large: '大型',
    medium: '中型',
    small: '小型',
    micro: '微型',
    employees: '从业人员',
    revenue: '营业收入',
    totalAssets: '资产总额',
  },
  en: {
    SIZE_INDUSTRY_UNKNOWN: 'Industry code “{industryCode}” is not in GB/T 4754-2017',
    SIZE_INDUSTRY_NOT_CLASS: 'Choose a 4-digit class; “{industryCode}” is a broader level',
    SIZE_VALUE_INVALID: '{indicator} must be a number of at least 0',
    SIZE_NOT_COVERED: '“{industryName}” is outside the scope of the enterprise size standard',
    SIZE_GROUP: 'Measured by the thresholds for “{groupEn}”',
    SIZE_INDICATOR_MISSING: '{indicator} is missing',
    SIZE_INDICATOR_TIER: '{indicator} {value} meets the {tier} threshold',
    SIZE_RESULT_MICRO:
      'One indicator is below the small threshold, and micro needs only one listed indicator',
    SIZE_RESULT_MISSING: '{count} indicator(s) missing: the size cannot be decided yet',
    SIZE_RESULT_ALL_MET:
      'Large, medium and small must meet every listed threshold, else the enterprise drops a tier: {size}',
    SIZE_RESULT_SINGLE: 'This industry has one indicator: {size}',
    ID_FORMAT: 'An ID number has 18 characters: 17 digits and a digit or X',
    ID_LEGACY_15: 'Give the 18-digit ID number (15-digit numbers are no longer used)',
    ID_REGION: 'The first two digits are not a province code',
    ID_BIRTH_DATE: 'The birth date inside the ID number is not valid',
    ID_CHECKSUM: 'The check digit is wrong; please check the number',
    ID_BIRTH_DATE_MISMATCH: 'The birth date does not match the ID number',
    ID_SEX_MISMATCH: 'The sex does not match the ID number',
    OTHER_ID_TYPE: 'Choose the document type',
    OTHER_ID_FORMAT: 'The document number has the wrong format',
    OTHER_ID_CHECKSUM: 'The document number’s check digit is wrong',
    OTHER_ID_REGION:
      'A residence permit number starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)',
    CREDIT_CODE_FORMAT: 'A unified social credit code has 18 digits or capital letters (no I, O, Z, S, V)',
    CREDIT_CODE_CHECKSUM: 'The credit code’s check character is wrong',
    CREDIT_CODE_ORG_CHECKSUM: 'The organisation code inside the credit code has a wrong check character',
    EMAIL_INVALID: 'Enter a valid e-mail address',
    EMAIL_ROLE_MAILBOX: 'Give the CQO’s own mailbox, not an enterprise or department mailbox',
    MOBILE_INVALID: 'Enter an 11-digit mobile number',
    ELIGIBILITY_EDUCATION: 'Education below associate degree (required: associate degree or equivalent)',
    ELIGIBILITY_EDUCATION_UNKNOWN: 'Choose the education level',
    ELIGIBILITY_QUALITY_YEARS: 'Less than 3 years of quality-management work',
    ELIGIBILITY_QUALITY_YEARS_INVALID: 'Years in quality work must be a number of at least 0',
    ELIGIBILITY_RELAXED_FOR_SME: 'Small, medium and micro enterprises may relax the conditions; staff decide',
    MATCH_SIZE_OK: 'Enterprise size fits',
    MATCH_SIZE_MISMATCH: 'Enterprise size is not eligible',
    MATCH_SIZE_UNKNOWN: 'Enterprise size not known yet',
    MATCH_INDUSTRY_OK: 'Industry fits',
    MATCH_INDUSTRY_MISMATCH: 'Industry is not eligible',
    MATCH_INDUSTRY_UNKNOWN: 'Industry not given yet',
    MATCH_REGION_OK: 'Region fits',
    MATCH_REGION_MISMATCH: 'Region is not eligible',
    MATCH_REGION_UNKNOWN: 'Region not given yet',
    MATCH_QUALITY_YEARS_OK: 'Years in quality work fit',
    MATCH_QUALITY_YEARS_SHORT: 'Not enough years in quality work',
    MATCH_QUALITY_YEARS_UNKNOWN: 'Years in quality work not given yet',
    MATCH_FILING_OK: 'CQO filing approved',
    MATCH_FILING_MISSING: 'Needs an approved CQO filing',
    MATCH_CHECK_YOURSELF: 'Check the other conditions yourself',
    large: 'large',
    medium: 'medium',
    small: 'small',
    micro: 'micro',
    employees: 'Employees',
    revenue: 'Revenue',
    totalAssets: 'Total assets',
  },
} satisfies Record<'zh-CN' | 'en', Record<string, string>>;

export type RulesLang = keyof typeof messages;

/** Fills `{param}`s; sizes and indicators given as codes are shown in words too. */
export function formatMessage(
  lang: RulesLang,
  code: string,
  params: Record<string, string | number> = {},
): string {
  const table: Record<string, string> = messages[lang];
  const template = table[code] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) return '';
    return typeof value === 'string' && table[value] ? table[value] : String(value);
  });
}
