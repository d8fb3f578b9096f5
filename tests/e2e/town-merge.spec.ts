import type { Browser } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { test, expect, hydrated, save, noHorizontalScroll } from './site';

/** A school's own browser, its 单位名称 set: each school's file comes from its own device. */
async function schoolPhone(browser: Browser, base: string, unit: string) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await ctx.newPage();
  await page.goto(`${base}/settings/`);
  await page.getByLabel('单位名称', { exact: true }).fill(unit);
  await page.getByLabel('单位名称', { exact: true }).blur();
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  return { ctx, page };
}

/** A school without a roster types its villages into 附件1-2 and exports the Excel file. */
async function schoolFile(browser: Browser, base: string, unit: string, villages: [string, number][]) {
  const { ctx, page } = await schoolPhone(browser, base, unit);
  await page.goto(`${base}/forms/1-2/`);
  await hydrated(page);
  for (const [village, n] of villages) {
    await page.getByRole('button', { name: '添加村委会' }).click();
    const row = page.locator('details[open]').last();
    await row.getByLabel('村委会名称', { exact: true }).fill(village);
    await row.getByLabel('儿童人数', { exact: true }).fill(String(n));
    await row.getByLabel('6周岁', { exact: true }).fill(String(n));
  }
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  const file = await save(page, '导出 Excel');
  await ctx.close();
  return file.path;
}

test('a town merges two schools\' 1-2 files: every village once, a shared one flagged, 合计 the sum', async ({ browser, page, site }) => {
  const a = await schoolFile(browser, site.url, '城关一小', [['东村', 10], ['西村', 5]]);
  const b = await schoolFile(browser, site.url, '城关二小', [['南村', 7], ['东村', 9]]);

  await page.goto(`${site.url}/town/`);
  await hydrated(page);
  // The town types its schools once; the one that sent nothing is named.
  await page.getByLabel('本镇学校名单').fill('城关一小\n城关二小\n东关小学');
  await page.getByRole('button', { name: '保存学校名单' }).click();
  await expect(page.getByTestId('town-list-msg')).toHaveText('已保存名单：3 所学校。');
  await page.reload();
  await hydrated(page);
  await expect(page.getByLabel('本镇学校名单')).toHaveValue('城关一小\n城关二小\n东关小学');
  await page.locator('#town-files').setInputFiles([a, b]);
  await expect(page.getByTestId('town-missing')).toHaveText('未报送（1 所）：东关小学');
  await expect(page.getByTestId('town-schools').locator('li')).toHaveText(['城关一小：2 个村委会', '城关二小：2 个村委会']);
  await expect(page.getByTestId('town-duplicates')).toHaveText('村委会“东村”由 城关一小（10 人）、城关二小（9 人） 重复上报，只计入城关一小的数字，请核实。');
  await expect(page.getByTestId('town-total')).toHaveText('3 个村委会，合计 22 人');
  const rows = page.getByTestId('town-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.locator('td:first-child')).toHaveText(['东村 ⚠重复', '西村', '南村']);
  await expect(page.getByTestId('town-table').locator('tfoot th').nth(1)).toHaveText('22');
  await page.screenshot({ path: test.info().outputPath('town-merge.png'), fullPage: true });
  expect(await noHorizontalScroll(page)).toBe(true);

  // The same school's file twice is one report, not a duplicate of every village.
  await page.locator('#town-files').setInputFiles([a, a]);
  await expect(page.getByTestId('town-total')).toHaveText('2 个村委会，合计 15 人');
  await expect(page.getByTestId('town-duplicates')).toHaveCount(0);
});

test('the merged villages fill the town\'s own 附件1-2, replacing its rows only when confirmed', async ({ browser, page, site }) => {
  const a = await schoolFile(browser, site.url, '城关一小', [['东村', 10], ['西村', 5]]);
  const b = await schoolFile(browser, site.url, '城关二小', [['南村', 7], ['东村', 9]]);
  await page.goto(`${site.url}/town/`);
  await hydrated(page);
  await page.locator('#town-files').setInputFiles([a, b]);
  await page.getByRole('button', { name: '填入本机的附件1-2' }).click();
  await expect(page.getByTestId('town-fill')).toHaveText('已填入本机的附件1-2：3 个村委会，合计 22 人。 打开附件1-2');

  await page.getByRole('link', { name: '打开附件1-2' }).click();
  await expect(page.getByLabel('合计儿童人数', { exact: true })).toHaveValue('22');
  await expect(page.locator('.table-row > summary')).toHaveCount(3);

  // A second merge asks before replacing what the town's 1-2 holds.
  await page.goto(`${site.url}/town/`);
  await hydrated(page);
  await page.locator('#town-files').setInputFiles([a]);
  await page.getByRole('button', { name: '填入本机的附件1-2' }).click();
  await expect(page.getByTestId('town-fill')).toHaveText('本机的附件1-2 已有 3 个村委会，将被这 2 个替换。');
  await page.getByRole('button', { name: '取消' }).click();
  await page.goto(`${site.url}/forms/1-2/`);
  await expect(page.getByLabel('合计儿童人数', { exact: true })).toHaveValue('22');
});

/** A school without a roster types its 附件1-1 counts and exports the Excel file. */
async function reportFile(browser: Browser, base: string, unit: string, counts: [string, string | number][]) {
  const { ctx, page } = await schoolPhone(browser, base, unit);
  await page.goto(`${base}/forms/1-1/`);
  for (const [label, n] of counts) await page.getByLabel(label, { exact: true }).fill(String(n));
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await expect(page.getByTestId('status')).toHaveText('完成');
  const file = await save(page, '导出 Excel');
  await ctx.close();
  return file.path;
}

test('the town sums its schools\' 附件1-1 files with their 1-2 and types the sums into its own 1-1', async ({ browser, page, site }) => {
  const a = await reportFile(browser, site.url, '城关一小', [['辖区', '城关镇'], ['共计', 12], ['县域内实际就读', 10], ['厌学辍学', 2]]);
  const b = await reportFile(browser, site.url, '城关二小', [['辖区', '城关镇'], ['共计', 7], ['县域内实际就读', 6], ['县域外就读', 1]]);
  const c = await schoolFile(browser, site.url, '城关一小', [['东村', 12]]);
  await page.goto(`${site.url}/town/`);
  await hydrated(page);
  await page.getByLabel('本镇学校名单').fill('城关一小\n城关二小\n东关小学');
  await page.getByRole('button', { name: '保存学校名单' }).click();
  await page.locator('#town-files').setInputFiles([a, b, c]);
  // The 1-2 file is merged as before; the 1-1 files are summed beside it, not refused.
  await expect(page.getByTestId('town-total')).toHaveText('1 个村委会，合计 12 人');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const report = page.getByTestId('town-report');
  const totals = report.getByRole('table', { name: '附件1-1全县合计' });
  await expect(totals.locator('td[data-key="total"]')).toHaveText('19');
  await expect(totals.locator('td[data-key="inCounty"]')).toHaveText('16');
  await expect(totals.locator('td[data-key="outCounty"]')).toHaveText('1');
  await expect(totals.locator('td[data-key="weary"]')).toHaveText('2');
  await expect(report.getByTestId('town-report-missing')).toHaveText('未报送附件1-1（1 所）：东关小学');
  expect(await noHorizontalScroll(page)).toBe(true);

  await report.getByRole('button', { name: '填入本机的附件1-1' }).click();
  await expect(report.getByTestId('town-report-fill')).toHaveText('已填入本机的附件1-1：2 所学校，共计 19 人。 打开附件1-1');
  await report.getByRole('link', { name: '打开附件1-1' }).click();
  await expect(page.getByLabel('共计', { exact: true })).toHaveValue('19');
  await expect(page.getByLabel('县域内实际就读', { exact: true })).toHaveValue('16');
  // The sums add up: with its 辖区 the town's own 1-1 is complete.
  await page.getByLabel('辖区', { exact: true }).fill('城关镇');
  await expect(page.getByTestId('status')).toHaveText('完成');

  // Again: what the town's 1-1 now holds is replaced only when confirmed.
  await page.goto(`${site.url}/town/`);
  await hydrated(page);
  await page.locator('#town-files').setInputFiles([a]);
  await page.getByRole('button', { name: '填入本机的附件1-1' }).click();
  await expect(page.getByTestId('town-report-fill')).toContainText('将被全镇合计替换');
  await page.getByRole('button', { name: '取消' }).click();
  await page.goto(`${site.url}/forms/1-1/`);
  await expect(page.getByLabel('共计', { exact: true })).toHaveValue('19');
});

test('a file the town cannot use is named with its reason, and the usable ones are still summed', async ({ browser, page, site }) => {
  const good = await schoolFile(browser, site.url, '城关一小', [['东村', 12]]);
  // A 1-1 whose items do not add up to 共计: the school's app keeps it a draft, never summed.
  const { ctx, page: school } = await schoolPhone(browser, site.url, '城关二小');
  await school.goto(`${site.url}/forms/1-1/`);
  for (const [label, n] of [['辖区', '城关镇'], ['共计', 9], ['县域内实际就读', 6]] as const)
    await school.getByLabel(label, { exact: true }).fill(String(n));
  await expect(school.getByTestId('save-state')).toHaveText('已保存');
  await expect(school.getByTestId('status')).toHaveText('草稿');
  const draft = (await save(school, '导出 Excel')).path;
  await ctx.close();
  const broken = test.info().outputPath('坏文件.xlsx');
  writeFileSync(broken, Buffer.from('PK\u0003\u0004 not really a workbook'));

  await page.goto(`${site.url}/town/`);
  await hydrated(page);
  await page.locator('#town-files').setInputFiles([good, draft, broken]);
  await expect(page.getByTestId('town-total')).toHaveText('1 个村委会，合计 12 人');
  await expect(page.getByRole('alert').filter({ hasText: '坏文件.xlsx' })).toContainText('坏文件.xlsx：');
  const report = page.getByTestId('town-report');
  await expect(report).toContainText('城关二小');
  await expect(report).toContainText('草稿');
});
