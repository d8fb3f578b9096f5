import { test, expect, hydrated, save, waitForOffline } from './site';
import { addVisit } from './visits';

// 清除本设备数据 (issue 16): leaving a shared PC with nothing of the children's data on it.

/** Every place the app keeps something in this browser, as the page sees it. */
const stores = (page: import('@playwright/test').Page) => page.evaluate(async () => ({
  databases: (await indexedDB.databases()).map((d) => d.name),
  localStorage: Object.keys(localStorage),
  caches: await caches.keys(),
  workers: (await navigator.serviceWorker.getRegistrations()).length,
}));

test('after a backup and a typed confirmation, IndexedDB, localStorage, caches and the service worker are empty', async ({ page, site, foreign }) => {
  await page.goto(`${site.url}/settings/`);
  await waitForOffline(page);
  await page.reload(); // now the service worker serves the page, and the font goes through it
  await page.getByRole('group', { name: '使用身份' }).getByRole('button', { name: '学校', exact: true }).click();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await addVisit(page, site.url, { 日期: '2021-10-25', 家访教师姓名: '王老师', 受访学生姓名: '张三', 班级: '七年级（1）班' });
  await save(page, '导出 PDF'); // the font, fetched once, kept in Cache Storage
  const before = await stores(page);
  expect(before.databases).toContain('jiafang');
  expect(before.localStorage).toContain('jiafang:role');
  expect(before.caches).toContain('pdf-font');
  expect(before.caches.some((c) => c.includes('precache'))).toBe(true);
  expect(before.workers).toBe(1);

  await page.goto(`${site.url}/settings/`);
  await hydrated(page);
  await page.getByRole('button', { name: '清除本设备数据…' }).click();
  // A backup first, through the app's one backup path: encrypted, as it is by default.
  await page.getByLabel(/^备份密码/).fill('蒲城县城关中学2021');
  await page.getByLabel('再次输入备份密码').fill('蒲城县城关中学2021');
  const backup = await save(page, '备份全部数据');
  expect(backup.name).toMatch(/\.json$/);
  await page.getByRole('button', { name: '下一步' }).click();
  const confirm = page.getByTestId('clear-confirm');
  await expect(confirm).toContainText('全部记录（共 1 条');
  await expect(confirm).toContainText('PDF 字体');
  const go = page.getByRole('button', { name: '确认清除' });
  await expect(go).toBeDisabled();
  await confirm.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('confirm.png') });
  await page.getByLabel('请输入“清除”两字以确认').fill('清除');
  await go.click();

  const done = page.getByTestId('clear-done');
  await expect(done).toBeVisible({ timeout: 60_000 });
  for (const [id, text] of [['left-databases', '0 个'], ['left-storage', '0 项'], ['left-caches', '0 个'], ['left-workers', '0 个']])
    await expect(page.getByTestId(id)).toContainText(text);
  await page.screenshot({ path: test.info().outputPath('cleared.png') });

  expect(await stores(page)).toEqual({ databases: [], localStorage: [], caches: [], workers: 0 });
  expect(foreign).toEqual([]);
});
