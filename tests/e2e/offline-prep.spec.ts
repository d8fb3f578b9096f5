// 离线准备: the PDF font fetched ahead, so that the very first PDF export works with no signal.
import { execFileSync } from 'node:child_process';
import { test, expect, waitForOffline, save } from './site';

test('离线准备 in settings, then the first PDF is exported with the server gone', async ({ page, site }) => {
  await page.goto(`${site.url}/settings/`);
  await waitForOffline(page);
  const prep = page.getByRole('button', { name: '离线准备（下载 3.5 MB）' });
  await expect(page.getByTestId('font-prep')).toHaveText('尚未准备：第一次导出 PDF 时需要联网下载字体。');
  await prep.click();
  await expect(page.getByTestId('font-prep')).toHaveText('已准备：PDF 字体（3.5 MB）已保存在本机，没有网络也能导出 PDF。');
  await page.reload();
  await expect(page.getByTestId('font-prep')).toContainText('已准备');
  await expect(prep).toHaveCount(0);

  await site.close();
  await page.context().setOffline(true);
  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  await page.getByLabel('受访学生姓名', { exact: true }).fill('李㛃');
  await page.getByLabel('家访地址', { exact: true }).fill('蒲城县城关镇东街12号');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  const pdf = await save(page, '导出 PDF');
  const text = execFileSync('pdftotext', [pdf.path, '-']).toString();
  expect(text).toContain('李㛃');
  expect(text).toContain('蒲城县城关镇东街12号');
});

test('without 离线准备, the first PDF offline says how to get ready', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/3-1/`);
  await waitForOffline(page);
  await site.close();
  await page.context().setOffline(true);
  await page.getByRole('button', { name: '新建记录' }).click();
  await page.getByLabel('受访学生姓名', { exact: true }).fill('李㛃');
  await page.getByRole('button', { name: '导出 PDF', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '首次导出 PDF 需要联网下载字体' })).toContainText('设置 → 离线准备');
});

test('after the app is installed, it offers 离线准备 once, with the size', async ({ page, site }) => {
  await page.goto(`${site.url}/`);
  await waitForOffline(page);
  await expect(page.getByRole('region', { name: '离线准备' })).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
  const offer = page.getByRole('region', { name: '离线准备' });
  await expect(offer).toContainText('3.5 MB');
  await offer.getByRole('button', { name: '离线准备（下载 3.5 MB）' }).click();
  await expect(offer.getByTestId('font-prep')).toContainText('已准备');
  await offer.getByRole('button', { name: '关闭' }).click();
  await expect(offer).toHaveCount(0);
  await page.goto(`${site.url}/settings/`);
  await expect(page.getByTestId('font-prep')).toContainText('已准备');
});
