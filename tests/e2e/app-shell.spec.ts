import { test, expect, noHorizontalScroll } from './site';

test('every page fits a 360-pixel phone screen without sideways scrolling', async ({ page, site }) => {
  const forms = ['1-1', '1-2', '2-1', '2-2', '3-1', '3-2', '4', 'enrolment-check'].map((id) => `/forms/${id}/`);
  for (const path of ['/', '/forms/roster/', ...forms, '/settings/', '/privacy/', '/data/', '/bureau/']) {
    await page.goto(`${site.url}${path}`);
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await noHorizontalScroll(page), path).toBe(true);
  }
});

test('inside WeChat a banner says to open the page in the system browser', async ({ browser, site }) => {
  const ctx = await browser.newContext({
    userAgent: 'Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36 MicroMessenger/8.0.40',
  });
  const page = await ctx.newPage();
  await page.goto(`${site.url}/forms/3-1/`);
  await expect(page.getByText('在浏览器打开')).toBeVisible();
  await ctx.close();
});

test('settings show whether storage is persistent and how much is used', async ({ page, site }) => {
  await page.goto(`${site.url}/settings/`);
  await expect(page.getByTestId('storage-info')).toContainText(/持久存储：(是|否).*已用 [\d.]+ MB/);
  await expect(page.getByLabel('报送邮箱')).toHaveValue('pcjjyg@163.com');
  await expect(page.getByLabel('教育局名称')).toHaveValue('蒲城县教育局');
  await expect(page.getByLabel('附件3-2 报送截止日期')).toHaveValue(/-11-15$/);
  await expect(page.getByLabel('年龄计算基准日')).toHaveValue(/-08-31$/);
  await page.getByLabel('报送邮箱').fill('other@example.org');
  await page.getByLabel('报送邮箱').blur();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('报送邮箱')).toHaveValue('other@example.org');
});
