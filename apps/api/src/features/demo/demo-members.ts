import type { FilingBody } from '@cqo/contracts';
import { creditCodeCheckChar, orgCodeCheckChar, residentIdCheckChar, type EducationLevel } from '@cqo/rules';

/** The mark every demo enterprise carries in its name, so nobody takes one for a real member. */
export const DEMO_MARK = '（演示）';
/** Demo accounts live under a reserved domain: nothing is ever mailed to them. */
export const DEMO_EMAIL_DOMAIN = 'demo.cqo-alliance.invalid';

export interface DemoMember {
  email: string;
  displayName: string;
  body: FilingBody;
}

/**
 * Fictional member enterprises, one line each: name (before 有限公司), GB/T 4754 class, main
 * products, district (GB/T 2260), employees, revenue and total assets (万元). Spread over the
 * industries, districts and sizes a Zhuhai alliance has, so every list, filter and match has
 * something to show.
 */
const ENTERPRISES: [string, string, string, string, number, number, number][] = [
  ['珠海澄芯电脑科技', '3911', '工业计算机、嵌入式主板', '440402', 1350, 52000, 61000],
  ['珠海嘉禾电路板', '3982', '多层印制电路板', '440404', 860, 36000, 30000],
  ['珠海南屏电缆', '3831', '电力电缆、特种电线', '440402', 420, 18000, 15000],
  ['珠海海晟制药', '2720', '化学药品制剂、片剂', '440404', 1200, 68000, 90000],
  ['珠海康泓医用材料', '2770', '医用敷料、卫生材料', '440403', 160, 4200, 3800],
  ['珠海恒辉表面处理', '3360', '金属电镀、热处理加工', '440404', 75, 980, 1500],
  ['珠海斗门精塑科技', '2929', '精密注塑件、塑料外壳', '440403', 230, 6800, 5200],
  ['珠海湾力泵业', '3441', '工业离心泵、真空泵', '440403', 310, 9600, 8800],
  ['珠海平沙游艇制造', '3731', '玻璃钢游艇、金属船舶', '440404', 520, 23000, 26000],
  ['珠海香记食品', '1469', '蚝油、调味酱料', '440403', 95, 2600, 1900],
  ['珠海白藤果汁饮料', '1523', '果蔬汁饮料', '440403', 48, 850, 700],
  ['珠海唐家软件科技', '6513', '质量管理软件、MES 系统', '440402', 180, 5200, 3100],
  ['珠海光耀智能照明', '3874', '智能照明灯具、控制器', '440402', 640, 27000, 22000],
  ['珠海横琴芯微电子', '3973', '模拟集成电路、电源管理芯片', '440402', 380, 41000, 56000],
  ['珠海晶准半导体设备', '3562', '晶圆检测设备', '440402', 140, 7600, 9400],
  ['珠海高栏化学试剂', '2661', '电子化学品、试剂', '440404', 210, 12000, 14000],
  ['珠海联包纸品', '2231', '瓦楞纸箱、纸质包装', '440403', 120, 3300, 2500],
  ['珠海港湾钢结构', '3311', '钢结构件、桥梁构件', '440404', 290, 15000, 12000],
  ['珠海拱北汽配贸易', '5172', '汽车零配件批发', '440402', 36, 6200, 2100],
  ['珠海湾通物流', '5439', '普通货物道路运输', '440404', 260, 5400, 4300],
  ['珠海衡信检测技术', '7452', '产品质量检验检测', '440402', 130, 2800, 2600],
  ['珠海悦美电器', '3856', '美容仪、个人护理电器', '440402', 1100, 46000, 38000],
  ['珠海智控自动化', '4011', 'PLC 控制系统、工业仪表', '440402', 330, 14000, 11000],
  ['珠海精测仪器', '4090', '在线测量仪器', '440403', 28, 420, 600],
  ['珠海驰远汽车零部件', '3670', '汽车线束、连接器', '440404', 980, 39000, 27000],
  ['珠海前山服饰', '1830', '职业服装、工装', '440402', 150, 2100, 1300],
  ['珠海云湾数据', '6450', '工业数据服务', '440402', 60, 1800, 900],
  ['珠海金鼎五金制品', '3399', '五金配件、紧固件', '440403', 18, 260, 320],
  ['珠海明晖电光源', '3871', 'LED 光源、灯珠', '440404', 450, 19000, 16000],
  ['珠海湾区珠宝', '2438', '黄金首饰、珠宝镶嵌', '440402', 85, 3900, 2700],
  ['佛山顺德德和电器', '3856', '小家电', '440606', 700, 31000, 24000],
  ['中山翠亨灯饰', '3874', '商业照明灯饰', '442000', 260, 8800, 6100],
];

const SURNAMES = '李王张刘陈杨黄赵吴周徐孙马朱胡郭何林罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡';
const GIVEN_MALE = [
  '志强',
  '晓东',
  '建军',
  '国平',
  '永辉',
  '振华',
  '伟明',
  '立新',
  '俊杰',
  '家豪',
  '海涛',
  '文斌',
];
const GIVEN_FEMALE = [
  '海燕',
  '丽华',
  '雅琴',
  '慧敏',
  '静怡',
  '秀英',
  '嘉欣',
  '婉婷',
  '玉兰',
  '晓琳',
  '淑芬',
  '美玲',
];
const EDUCATION: EducationLevel[] = ['bachelor', 'master', 'bachelor', 'associate', 'doctorate', 'master'];
const SCHOOLS = [
  '华南理工大学',
  '中山大学',
  '暨南大学',
  '广东工业大学',
  '北京理工大学珠海学院',
  '哈尔滨工业大学',
];
const MAJORS = ['质量管理工程', '机械工程', '电子信息工程', '化学工程', '工业工程', '材料科学与工程'];
const POSITIONS = ['副总经理', '质量总监', '总工程师', '品质中心总监'];
const TITLES = ['高级工程师', '工程师', '正高级工程师', '高级工程师'];
const NATURES = [
  'limited-liability',
  'private',
  'joint-stock',
  'foreign',
  'joint-venture',
  'state-owned',
] as const;
const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A unified social credit code with real check characters, in the enterprise's district. */
function creditCode(region: string, i: number): string {
  const org8 = `DM${pad(i + 1, 4)}${pick(ORG_ALPHABET.split(''), i * 7)}${pick(ORG_ALPHABET.split(''), i * 3 + 5)}`;
  const first17 = `91${region}${org8}${orgCodeCheckChar(org8)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** A resident ID with a real check digit; its sequence digit says the sex, as the filing checks. */
function residentId(region: string, birth: string, i: number, male: boolean): string {
  const seq = `${pad((i * 37) % 100, 2)}${male ? 1 + 2 * (i % 5) : 2 * (i % 5)}`;
  const first17 = `${region}${birth.replace(/-/g, '')}${seq}`;
  return first17 + residentIdCheckChar(first17);
}

/** The demo members, the same on every install. */
export function demoMembers(): DemoMember[] {
  return ENTERPRISES.map(([brand, industryCode, products, regionCode, employees, revenue, assets], i) => {
    const male = i % 3 !== 1;
    // A step coprime with the 42 surnames: each member has their own.
    const surname = SURNAMES[(i * 5) % SURNAMES.length];
    const name = surname + pick(male ? GIVEN_MALE : GIVEN_FEMALE, i);
    const birth = `${1968 + ((i * 5) % 23)}-${pad(1 + ((i * 5) % 12), 2)}-${pad(1 + ((i * 11) % 28), 2)}`;
    const n = pad(i + 1, 2);
    const email = `cqo${n}@${DEMO_EMAIL_DOMAIN}`;
    const city = regionCode.startsWith('4404') ? '珠海市' : '';
    return {
      email,
      displayName: name,
      body: {
        enterprise: {
          name: `${brand}有限公司${DEMO_MARK}`,
          creditCode: creditCode(regionCode, i),
          industryCode,
          regionCode,
          nature: pick(NATURES, i),
          employees,
          revenue,
          totalAssets: assets,
          mainProducts: products,
          address: `${city}示例路 ${i + 1} 号`,
          postcode: regionCode.startsWith('4404') ? '519000' : '528000',
          email: `office${n}@${DEMO_EMAIL_DOMAIN}`,
          legalRepresentative: {
            name: SURNAMES[(i * 11 + 3) % SURNAMES.length] + pick(GIVEN_MALE, i + 5),
            position: '董事长',
            phone: `0756-8${pad(100000 + i * 1371, 6)}`,
            mobile: `139${pad(10000000 + i * 7919, 8)}`,
          },
          qualityLead: {
            name: SURNAMES[(i * 13 + 5) % SURNAMES.length] + pick(GIVEN_FEMALE, i + 3),
            position: '质量部经理',
            mobile: `137${pad(20000000 + i * 6151, 8)}`,
          },
        },
        cqo: {
          name,
          idType: 'resident',
          idNumber: residentId(regionCode, birth, i, male),
          sex: male ? 'male' : 'female',
          birthDate: birth,
          education: pick(EDUCATION, i),
          school: pick(SCHOOLS, i),
          major: pick(MAJORS, i + 2),
          qualityYears: 4 + ((i * 3) % 20),
          position: pick(POSITIONS, i),
          title: pick(TITLES, i),
          phone: `0756-3${pad(200000 + i * 2113, 6)}`,
          mobile: `138${pad(30000000 + i * 4409, 8)}`,
          email,
          address: `${city}示例路 ${i + 1} 号`,
          appointedOn: `${2019 + (i % 6)}-${pad(1 + (i % 12), 2)}-15`,
          trainingCertificateNo: `GDCQO-DEMO-${pad(i + 1, 4)}`,
          certificateIssuer: '广东省市场监督管理局',
          resume: `演示数据。负责${products}的质量管理体系建设与持续改进。`,
        },
      },
    };
  });
}

/** The two documents the notice requires, as a one-page PDF that says it is a demo. */
export const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n' +
    '4 0 obj << /Length 44 >> stream\nBT /F1 24 Tf 72 760 Td (Demo document) Tj ET\nendstream endobj\n' +
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);
