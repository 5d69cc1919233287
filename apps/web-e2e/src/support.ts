import { expect, test, type Page } from '@playwright/test';

// A real 1×1 PNG and a minimal PDF for the upload steps.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** A full-page screenshot under test-output/screenshots/<project>/. */
export const shot = (page: Page, name: string) =>
  page.screenshot({
    path: `apps/web-e2e/test-output/screenshots/${test.info().project.name}/${name}.png`,
    fullPage: true,
  });

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('welcome')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-link')).toBeVisible();
}
