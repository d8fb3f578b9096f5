import { test } from './site';
test('dbg', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(`${site.url}/`);
  await page.locator('.card').filter({ hasText: '附件2-1' }).screenshot({ path: '/tmp/ev4/home21.png' });
  await page.locator('.card').filter({ hasText: '附件4' }).screenshot({ path: '/tmp/ev4/home4.png' });
});
