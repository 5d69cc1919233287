import { REQUIRED_ATTACHMENT_KINDS } from '@cqo/contracts';
import type { TestClient } from './test-client';
import { PDF } from './upload-fixtures';
import { creditCodeCheckChar, orgCodeCheckChar, residentIdCheckChar } from '@cqo/rules';

/** Valid filings for API tests: real check digits, a small manufacturer in Xiangzhou, Zhuhai. */
export function creditCode(org8: string): string {
  const first17 = '91440400' + org8 + orgCodeCheckChar(org8);
  return first17 + creditCodeCheckChar(first17);
}
export function residentId(birth: string, seq: string): string {
  const first17 = '440402' + birth.replace(/-/g, '') + seq;
  return first17 + residentIdCheckChar(first17);
}

export const ID = residentId('1985-06-15', '123'); // 3rd digit of seq odd → male
export function filingBody(credit: string, overrides: { cqo?: object; enterprise?: object } = {}) {
  return {
    enterprise: {
      name: '珠海格质电子有限公司',
      creditCode: credit,
      industryCode: '3911',
      regionCode: '440402',
      nature: 'limited-liability',
      employees: 120,
      revenue: 8000,
      totalAssets: 6000,
      mainProducts: '计算机整机及配件',
      address: '珠海市香洲区科技路 1 号',
      postcode: '519000',
      website: 'https://example.cn',
      email: 'office@example.cn',
      legalRepresentative: {
        name: '王强',
        position: '总经理',
        phone: '0756-1234567',
        mobile: '13900139000',
        fax: '0756-1234568',
      },
      qualityLead: { name: '赵敏', position: '质量部经理', mobile: '13700137000' },
      ...overrides.enterprise,
    },
    cqo: {
      name: '李明',
      idType: 'resident',
      idNumber: ID,
      sex: 'male',
      birthDate: '1985-06-15',
      education: 'bachelor',
      school: '华南理工大学',
      major: '质量管理工程',
      qualityYears: 8,
      position: '副总经理',
      otherPosts: '副总经理',
      title: '高级工程师',
      phone: '0756-7654321',
      mobile: '13800138000',
      email: 'li.ming@example.cn',
      address: '珠海市香洲区科技路 1 号',
      appointedOn: '2023-11-01',
      trainingCertificateNo: 'GDCQO-2023-0001',
      certificateIssuer: '广东省市场监督管理局',
      resume: '十年质量管理经验，主导 ISO 9001 体系建设。',
      remarks: '',
      ...overrides.cqo,
    },
  };
}

/** Attaches what a filing needs before it can be submitted (the stamped form and the ID copy). */
export async function attachRequired(client: TestClient, filingId: string): Promise<void> {
  for (const kind of REQUIRED_ATTACHMENT_KINDS) {
    const res = await client.upload(`/api/filings/${filingId}/attachments?kind=${kind}`, {
      name: `${kind}.pdf`,
      bytes: PDF,
      type: 'application/pdf',
    });
    if (res.status !== 201) throw new Error(`attach ${kind}: ${res.status} ${res.text}`);
  }
}
