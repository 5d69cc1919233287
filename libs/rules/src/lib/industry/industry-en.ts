import { getIndustry } from './industry';

/**
 * The English names of the 20 sections (门类) of GB/T 4754-2017, as the National Bureau of
 * Statistics translates them. Divisions and classes have no English names here yet: in English a
 * code is named by its section and shown with its code.
 */
export const INDUSTRY_SECTIONS_EN: Readonly<Record<string, string>> = {
  A: 'Agriculture, Forestry, Animal Husbandry and Fishery',
  B: 'Mining',
  C: 'Manufacturing',
  D: 'Production and Supply of Electricity, Heat, Gas and Water',
  E: 'Construction',
  F: 'Wholesale and Retail Trades',
  G: 'Transport, Storage and Post',
  H: 'Accommodation and Catering',
  I: 'Information Transmission, Software and Information Technology Services',
  J: 'Financial Intermediation',
  K: 'Real Estate',
  L: 'Leasing and Business Services',
  M: 'Scientific Research and Technical Services',
  N: 'Management of Water Conservancy, Environment and Public Facilities',
  O: 'Services to Households, Repair and Other Services',
  P: 'Education',
  Q: 'Health and Social Work',
  R: 'Culture, Sports and Entertainment',
  S: 'Public Management, Social Security and Social Organizations',
  T: 'International Organizations',
};

/** The section letter a code belongs to ("3911" → "C"). */
export function industrySectionOf(code: string): string | null {
  let industry = getIndustry(code);
  while (industry?.parent) industry = getIndustry(industry.parent);
  return industry?.level === 'section' ? industry.code : null;
}

/**
 * A code in words in the reader's language: the standard's Chinese name, or in English the
 * section's name with the code ("Manufacturing · 3911"). An unknown code is returned as it is.
 */
export function industryLabelIn(lang: 'zh-CN' | 'en', code: string): string {
  const industry = getIndustry(code);
  if (!industry) return code;
  if (lang === 'zh-CN') return industry.name;
  const section = industrySectionOf(code);
  const name = section ? INDUSTRY_SECTIONS_EN[section] : undefined;
  if (!name) return code;
  return industry.level === 'section' ? name : `${name} · ${industry.code}`;
}
