import { test, expect } from '../site';
test('shots', async ({ page, site }) => {
  await page.goto(`${site.url}/forms/3-1/`);
  await page.getByRole('button', { name: '新建记录' }).click();
  const student = page.getByLabel('受访学生姓名', { exact: true });
  await student.focus(); await student.press('Tab');
  await page.getByLabel('日期', { exact: true }).fill('2035-01-01');
  await page.screenshot({ path: '/tmp/s1.png' });
  await student.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/s2.png' });
  await page.getByRole('button', { name: '检查并完成' }).click();
  await page.screenshot({ path: '/tmp/s3.png' });
  await page.getByRole('button', { name: '出发报备' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/s4.png' });
});
