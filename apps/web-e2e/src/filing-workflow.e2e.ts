import { expect, test, type Page } from '@playwright/test';
import { creditCodeCheckChar, orgCodeCheckChar, residentIdCheckChar } from '@cqo/rules';
import { PDF, PNG, shot, signIn, signOut } from './support';

const stamp = Date.now().toString().slice(-6);
const org = `MA4U${stamp.slice(0, 3)}${'0123456789ABCDEFGHJ'[Number(stamp[3])]}`;
const credit = (() => {
  const first17 = '91440400' + org + orgCodeCheckChar(org);
  return first17 + creditCodeCheckChar(first17);
})();
const idNumber = (() => {
  const first17 = '44040219860315' + stamp.slice(3, 5) + '3';
  return first17 + residentIdCheckChar(first17);
})();
const enterpriseName = `珠海质e2e电子${stamp}有限公司`;

async function choose(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('nz-option-item', { hasText: option }).first().click();
}

test('an applicant files, staff return it, the applicant fixes it, staff approve, the talent pool shows the CQO', async ({
  page,
}) => {
  // Applicant signs up.
  const email = `applicant-${stamp}@example.com`;
  const password = 'Filing-Flow-2026-x';
  await page.goto('/register');
  await page.getByLabel('姓名').fill('李质量');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('welcome')).toBeVisible();

  // Step 1: the enterprise.
  await page.goto('/filing');
  await page.getByLabel('单位名称').fill(enterpriseName);
  await page.getByLabel('统一社会信用代码').fill(credit.slice(0, 17) + (credit[17] === '0' ? '1' : '0'));
  await page.getByLabel('单位名称').click();
  await expect(page.getByText('统一社会信用代码校验位不正确')).toBeVisible();
  await page.getByLabel('统一社会信用代码').fill(credit);
  await choose(page, '单位性质', '有限责任公司');
  await page.getByTestId('industry-search').click();
  await page.keyboard.type('3911');
  await page.locator('nz-option-item', { hasText: '3911 计算机整机制造' }).click();
  await page.getByTestId('region').click();
  await page.locator('.ant-cascader-menu-item', { hasText: '广东省' }).first().click();
  await page.locator('.ant-cascader-menu-item', { hasText: '珠海市' }).first().click();
  await page.locator('.ant-cascader-menu-item', { hasText: '香洲区' }).first().click();
  await page.getByLabel('邮编').fill('519000');
  await page.locator('#enterprise-employees').fill('120');
  await page.locator('#enterprise-revenue').fill('8000');
  await page.locator('#enterprise-totalAssets').fill('6000');
  await page.getByLabel('主导产品及经营项目').fill('计算机整机');
  await page.getByLabel('单位地址').fill('珠海市香洲区科技路 1 号');
  await page.locator('#enterprise-legalRepresentative-name').fill('王强');
  await expect(page.getByTestId('live-size')).toContainText('小型');
  await page.getByTestId('save-draft').click();
  await expect(page.getByTestId('filing-status')).toHaveText(/草稿/);
  await shot(page, '10-filing-enterprise');

  // Step 2: the CQO — the ID fills birth date and sex; a department mailbox is refused.
  await page.getByTestId('next-step').click();
  await page.getByLabel('申请人姓名').fill('李质量');
  await page.getByTestId('id-number').fill(idNumber);
  await expect(page.locator('#cqo-birthDate')).toHaveValue('1986-03-15');
  await choose(page, '学历', '本科');
  await page.locator('#cqo-qualityYears').fill('6');
  await page.getByLabel('现任职务').fill('副总经理');
  await page.getByTestId('cqo-mobile').fill('13800138000');
  await page.getByTestId('cqo-email').fill('quality@example.cn');
  await page.getByLabel('申请人姓名').click();
  await expect(page.getByText('请填写首席质量官本人邮箱')).toBeVisible();
  await page.getByTestId('cqo-email').fill(`li.zhiliang${stamp}@example.cn`);
  await page.getByLabel('任职时间').fill('2024-01-02');
  await page.getByLabel('通讯地址').fill('珠海市香洲区科技路 1 号');
  await expect(page.getByTestId('live-eligibility')).toContainText('符合任职条件');
  await shot(page, '11-filing-cqo');

  // Step 3: attachments — a photo and the appointment letter; an executable named .pdf is refused.
  await page.getByTestId('save-draft').click();
  await page.getByTestId('next-step').click();
  await page
    .getByTestId('upload-photo')
    .setInputFiles({ name: '照片.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByTestId('attachments-photo')).toContainText('照片.png');
  await page
    .getByTestId('upload-appointment')
    .setInputFiles({ name: 'virus.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00fake') });
  await expect(page.getByText('文件内容不是允许的格式')).toBeVisible();
  await page
    .getByTestId('upload-appointment')
    .setInputFiles({ name: '任命书.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByTestId('attachments-appointment')).toContainText('任命书.pdf');
  // The last step lists the documents the notice requires while they are missing.
  await page.getByTestId('next-step').click();
  await expect(page.getByTestId('submit-errors')).toContainText('身份证件复印件');
  await page.getByTestId('step-attachments').click();
  await page
    .getByTestId('upload-id-copy')
    .setInputFiles({ name: '身份证.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByTestId('attachments-id-copy')).toContainText('身份证.pdf');
  await page
    .getByTestId('upload-registration-form')
    .setInputFiles({ name: '登记表.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByTestId('attachments-registration-form')).toContainText('登记表.pdf');
  await shot(page, '11b-filing-attachments');

  // Step 4: submit, with nothing left on the list.
  await page.getByTestId('next-step').click();
  await expect(page.getByTestId('submit-errors')).toHaveCount(0);
  await page.getByTestId('submit-filing').click();
  await expect(page.getByTestId('filing-status')).toHaveText(/待审核/);
  await shot(page, '12-filing-submitted');
  await signOut(page);

  // Staff return it with a comment on one field.
  await signIn(page, 'admin@e2e.local', 'E2E-Admin-Password-1');
  await page.goto('/review');
  await page.getByTestId('queue-search').fill(enterpriseName);
  await page.getByTestId('queue-search').press('Enter');
  await page.getByTestId(`open-${enterpriseName}`).click();
  await expect(page.getByTestId('review-status')).toHaveText(/待审核/);
  await expect(page.getByTestId('id-number-shown')).toContainText('********');
  // The photo opens in the page, from the filing's own attachment.
  await page.getByTestId('attachments-photo').getByText('照片.png').click();
  await expect(page.getByTestId('attachment-preview')).toBeVisible();
  await shot(page, '12b-review-attachment');
  await page.keyboard.press('Escape');
  await page.getByTestId('review-comment').fill('请补充培训证书号');
  await page.getByTestId('add-field-comment').click();
  await page.getByTestId('field-select').click();
  await page.keyboard.type('培训证书');
  await page.locator('nz-option-item', { hasText: '培训证书号' }).click();
  await page.getByTestId('field-comment').fill('请填写省局颁发的证书号');
  await shot(page, '13-review-return');
  await page.getByTestId('return').click();
  await expect(page.getByTestId('review-status')).toHaveText(/已退回/);
  await signOut(page);

  // The applicant sees the comments, fixes and resubmits.
  await signIn(page, email, password);
  // The bell counts the return; the notifications page says what happened and leads to the filing.
  await expect(page.getByTestId('bell')).toContainText('1');
  await page.getByTestId('bell').click();
  await expect(page.getByTestId('notification-list')).toContainText('已退回修改');
  await shot(page, '13b-notifications');
  await page.getByTestId('notification-list').getByText('已退回修改').click();
  await expect(page).toHaveURL(/\/filing$/);
  await expect(page.getByTestId('bell')).not.toContainText('1');
  await expect(page.getByTestId('returned-note')).toContainText('请补充培训证书号');
  await page.getByTestId('next-step').click();
  await expect(page.getByText('请填写省局颁发的证书号').first()).toBeVisible();
  await page.getByLabel('培训证书号').fill('GDCQO-2024-0007');
  await page.getByLabel('发证机构').fill('广东省市场监督管理局');
  await shot(page, '14-filing-returned');
  await page.getByTestId('next-step').click();
  await page.getByTestId('next-step').click();
  await page.getByTestId('submit-filing').click();
  await expect(page.getByTestId('filing-status')).toHaveText(/待审核/);
  await signOut(page);

  // Staff approve.
  await signIn(page, 'admin@e2e.local', 'E2E-Admin-Password-1');
  await page.goto('/review');
  await page.getByTestId('queue-search').fill(enterpriseName);
  await page.getByTestId('queue-search').press('Enter');
  await page.getByTestId(`open-${enterpriseName}`).click();
  await page.getByTestId('reveal-id').click();
  await page.getByTestId('reveal-reason').fill('核对证件');
  await page.getByTestId('reveal-confirm').click();
  await expect(page.getByTestId('id-number-shown')).toHaveText(idNumber);
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('review-status')).toHaveText(/已通过/);
  await signOut(page);

  // The public talent pool shows the CQO: name, enterprise, appointment date only.
  await page.goto('/talent-pool');
  await page.getByTestId('pool-search').fill(enterpriseName);
  await page.getByTestId('pool-search').press('Enter');
  const row = page.getByTestId('pool-table').locator('tbody tr', { hasText: enterpriseName });
  await expect(row).toContainText('李质量');
  await expect(row).toContainText('2024-01-02');
  await expect(page.getByTestId('pool-table')).not.toContainText(idNumber);
  await shot(page, '15-talent-pool');
});
