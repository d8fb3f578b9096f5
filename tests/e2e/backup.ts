// Making a backup on /data/ as a person does: encrypted (the default, passphrase twice) or,
// after the warning, a plain one.
import type { Page } from '@playwright/test';
import { expect, hydrated, save } from './site';

export async function encryptedBackup(page: Page, passphrase: string) {
  await hydrated(page);
  await page.getByLabel(/^备份密码/).fill(passphrase);
  await page.getByLabel('再次输入备份密码').fill(passphrase);
  const file = await save(page, '备份全部数据');
  await expect(page.getByTestId('backup-msg')).toContainText('已加密备份');
  return file;
}

export async function plainBackup(page: Page) {
  await hydrated(page);
  await page.getByLabel('不加密').check();
  await expect(page.getByTestId('plain-backup-warning')).toContainText('任何拿到文件的人都能打开阅读');
  await page.getByLabel('我知道此文件未加密，会妥善保管').check();
  return save(page, '备份全部数据');
}
