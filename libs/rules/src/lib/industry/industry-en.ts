import { getIndustry } from './industry';

/**
 * The English names of the 20 sections (门类) of GB/T 4754-2017, as the National Bureau of
 * Statistics translates them. Below them, the 97 divisions (大类) have English names too
 * (`INDUSTRY_DIVISIONS_EN`); groups and classes have none, so in English they are named by their
 * division and shown with their code.
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

/** The English names of the 97 divisions (大类), written for this product after the standard's scope notes. */
export const INDUSTRY_DIVISIONS_EN: Readonly<Record<string, string>> = {
  '01': 'Agriculture',
  '02': 'Forestry',
  '03': 'Animal Husbandry',
  '04': 'Fishery',
  '05': 'Support Activities for Agriculture, Forestry, Animal Husbandry and Fishery',
  '06': 'Mining and Washing of Coal',
  '07': 'Extraction of Petroleum and Natural Gas',
  '08': 'Mining and Processing of Ferrous Metal Ores',
  '09': 'Mining and Processing of Non-ferrous Metal Ores',
  '10': 'Mining and Processing of Non-metal Ores',
  '11': 'Support Activities for Mining',
  '12': 'Other Mining',
  '13': 'Processing of Food from Agricultural Products',
  '14': 'Manufacture of Foods',
  '15': 'Manufacture of Liquor, Beverages and Refined Tea',
  '16': 'Manufacture of Tobacco',
  '17': 'Manufacture of Textiles',
  '18': 'Manufacture of Textile Wearing Apparel and Accessories',
  '19': 'Manufacture of Leather, Fur, Feathers and Related Products, and Footwear',
  '20': 'Processing of Timber and Manufacture of Wood, Bamboo, Rattan, Palm and Straw Products',
  '21': 'Manufacture of Furniture',
  '22': 'Manufacture of Paper and Paper Products',
  '23': 'Printing and Reproduction of Recording Media',
  '24': 'Manufacture of Articles for Culture, Education, Arts and Crafts, Sport and Entertainment',
  '25': 'Processing of Petroleum, Coal and Other Fuels',
  '26': 'Manufacture of Raw Chemical Materials and Chemical Products',
  '27': 'Manufacture of Medicines',
  '28': 'Manufacture of Chemical Fibres',
  '29': 'Manufacture of Rubber and Plastic Products',
  '30': 'Manufacture of Non-metallic Mineral Products',
  '31': 'Smelting and Pressing of Ferrous Metals',
  '32': 'Smelting and Pressing of Non-ferrous Metals',
  '33': 'Manufacture of Metal Products',
  '34': 'Manufacture of General-purpose Machinery',
  '35': 'Manufacture of Special-purpose Machinery',
  '36': 'Manufacture of Motor Vehicles',
  '37': 'Manufacture of Railway, Ship, Aerospace and Other Transport Equipment',
  '38': 'Manufacture of Electrical Machinery and Equipment',
  '39': 'Manufacture of Computers, Communication and Other Electronic Equipment',
  '40': 'Manufacture of Measuring Instruments and Meters',
  '41': 'Other Manufacturing',
  '42': 'Comprehensive Use of Waste Resources',
  '43': 'Repair of Metal Products, Machinery and Equipment',
  '44': 'Production and Supply of Electric Power and Heat',
  '45': 'Production and Supply of Gas',
  '46': 'Production and Supply of Water',
  '47': 'Construction of Buildings',
  '48': 'Civil Engineering',
  '49': 'Construction Installation',
  '50': 'Building Decoration, Renovation and Other Construction',
  '51': 'Wholesale Trade',
  '52': 'Retail Trade',
  '53': 'Rail Transport',
  '54': 'Road Transport',
  '55': 'Water Transport',
  '56': 'Air Transport',
  '57': 'Pipeline Transport',
  '58': 'Multimodal Transport and Transport Agency',
  '59': 'Loading, Unloading and Warehousing',
  '60': 'Postal Services',
  '61': 'Accommodation',
  '62': 'Catering',
  '63': 'Telecommunications, Radio and Television and Satellite Transmission Services',
  '64': 'Internet and Related Services',
  '65': 'Software and Information Technology Services',
  '66': 'Monetary and Financial Services',
  '67': 'Capital Market Services',
  '68': 'Insurance',
  '69': 'Other Financial Services',
  '70': 'Real Estate',
  '71': 'Leasing',
  '72': 'Business Services',
  '73': 'Research and Experimental Development',
  '74': 'Professional Technical Services',
  '75': 'Technology Promotion and Application Services',
  '76': 'Water Conservancy Management',
  '77': 'Ecological Protection and Environmental Management',
  '78': 'Management of Public Facilities',
  '79': 'Land Management',
  '80': 'Services to Households',
  '81': 'Repair of Motor Vehicles, Electronic Products and Household Goods',
  '82': 'Other Services',
  '83': 'Education',
  '84': 'Health',
  '85': 'Social Work',
  '86': 'News and Publishing',
  '87': 'Radio, Television, Film and Sound Recording',
  '88': 'Culture and Arts',
  '89': 'Sports',
  '90': 'Entertainment',
  '91': 'Organs of the Communist Party of China',
  '92': 'State Organs',
  '93': 'CPPCC and Democratic Parties',
  '94': 'Social Security',
  '95': 'Mass Organisations, Social Groups and Other Membership Organisations',
  '96': 'Grass-roots Self-governing Organisations and Other Organisations',
  '97': 'International Organisations',
};

/** The section letter a code belongs to ("3911" → "C"). */
export function industrySectionOf(code: string): string | null {
  let industry = getIndustry(code);
  while (industry?.parent) industry = getIndustry(industry.parent);
  return industry?.level === 'section' ? industry.code : null;
}

/** The English name of a section or division itself; undefined below them. */
export function industryNameEn(code: string): string | undefined {
  return INDUSTRY_SECTIONS_EN[code] ?? INDUSTRY_DIVISIONS_EN[code];
}

/**
 * A code in words in the reader's language: the standard's Chinese name; in English the section's
 * or division's own name, and below a division that division's name with the code
 * ("Manufacture of Computers, Communication and Other Electronic Equipment · 3911").
 * An unknown code is returned as it is.
 */
export function industryLabelIn(lang: 'zh-CN' | 'en', code: string): string {
  const industry = getIndustry(code);
  if (!industry) return code;
  if (lang === 'zh-CN') return industry.name;
  const own = industryNameEn(industry.code);
  if (own) return own;
  const division = industryNameEn(industry.code.slice(0, 2));
  return division ? `${division} · ${industry.code}` : industry.code;
}
