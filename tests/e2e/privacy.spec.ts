import { test, expect, hydrated } from './site';

test('隐私说明 is one tap from the home page and from settings, and tells this device\'s persistence state', async ({ page, site, foreign }) => {
  await page.goto(`${site.url}/`);
  await page.locator('.home-footer').getByRole('link', { name: '隐私说明' }).click();
  await expect(page).toHaveURL(`${site.url}/privacy/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('隐私说明');
  for (const text of ['IndexedDB', 'localStorage', '只有您自己导出的文件', '备份全部数据', '清除本设备数据', '7 天没有打开本网站', '添加到主屏幕'])
    await expect(page.locator('main')).toContainText(text);
  await hydrated(page);
  await expect(page.getByTestId('storage-info')).toContainText(/持久存储：(是|否)/);
  await page.screenshot({ path: test.info().outputPath('privacy.png'), fullPage: true });
  await page.getByRole('link', { name: '设置', exact: true }).last().click();
  await expect(page).toHaveURL(`${site.url}/settings/`);
  await page.getByRole('link', { name: '隐私说明' }).click();
  await expect(page).toHaveURL(`${site.url}/privacy/`);
  expect(foreign).toEqual([]);
});
