import type { EducationLevel, EnterpriseSize } from '@cqo/rules';
import type { EnterpriseNature } from '@cqo/contracts';

/** Chinese wording used by the source's forms, for exports and the printed registration form. */
export const SIZE_ZH: Record<EnterpriseSize, string> = {
  large: '大型',
  medium: '中型',
  small: '小型',
  micro: '微型',
};
export const SEX_ZH: Record<'male' | 'female', string> = { male: '男', female: '女' };
export const EDUCATION_ZH: Record<EducationLevel, string> = {
  'below-high-school': '初中及以下',
  'high-school': '高中',
  'vocational-secondary': '中专',
  associate: '大专',
  bachelor: '本科',
  master: '硕士研究生',
  doctorate: '博士研究生',
};
export const NATURE_ZH: Record<EnterpriseNature, string> = {
  'state-owned': '国有企业',
  collective: '集体企业',
  'joint-venture': '合资企业',
  foreign: '外资企业',
  'limited-liability': '有限责任公司',
  'joint-stock': '股份有限公司',
  private: '私营企业',
  other: '其他企业',
};

/** Note 4 of the table: holders of HK, Macao or Taiwan documents note the region after the number. */
export const ID_NOTE_ZH: Record<string, string> = {
  hk: '中国香港',
  mo: '中国澳门',
  tw: '中国台湾',
  'hk-mo-permit': '港澳',
  'tw-permit': '中国台湾',
  'residence-permit': '港澳台居住证',
};
