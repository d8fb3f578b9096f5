// Big and hostile files (issue 10, findings 7 and 8): read in a worker, refused by name
// beyond the README's limits, cancellable, and readable offline.
import type { Page } from '@playwright/test';
import { backupJson, rosterCsv, rosterXlsx, zipBomb } from '../../scripts/bench/files.mjs';
import { test, expect, hydrated, waitForOffline } from './site';

const out = (name: string) => test.info().outputPath(name);

async function openRoster(page: Page, base: string) {
  await page.goto(`${base}/forms/roster/`);
  await hydrated(page);
  await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
}

/** The longest main-thread task since the call, in ms (PerformanceObserver 'longtask'). */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.longest = Math.max(w.longest, e.duration))))
      .observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

async function importRoster(page: Page, file: string, count: number) {
  await page.locator('#roster-file').setInputFiles(file);
  const slow = { timeout: 60_000 };
  await expect(page.getByTestId('roster-import-tally')).toContainText(`新增 ${count} 人`, slow);
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-import-done')).toBeVisible(slow);
  await expect(page.getByTestId('roster-count')).toContainText(`共 ${count} 人`, slow);
}

test('a 0.4 GB compression bomb is refused at once, naming the limit, and the page stays usable', async ({ page, site }) => {
  const bomb = zipBomb(out('花名册.xlsx'), 400);
  await openRoster(page, site.url);
  const longest = await watchLongTasks(page);
  await page.locator('#roster-file').setInputFiles(bomb);
  await expect(page.getByRole('alert')).toContainText('解压后超过 200 MB');
  // The original froze the page for 16 s; the worker keeps every task short.
  expect(await longest()).toBeLessThan(1000);
  await importRoster(page, rosterCsv(out('small.csv'), 3), 3);

  // The same file on /data/, where teachers' workbooks come in.
  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  await page.locator('#import-files').setInputFiles(bomb);
  await expect(page.getByRole('alert')).toContainText('花名册.xlsx：文件中有一张工作表解压后超过 200 MB');
});

test('a county roster of 20,000 children is imported and listed without ever freezing the page', async ({ page, site }) => {
  test.setTimeout(180_000);
  await openRoster(page, site.url);
  const longest = await watchLongTasks(page);
  await importRoster(page, rosterXlsx(out('county.xlsx'), 20_000), 20_000);
  // The original blocked for over a second (CPU not slowed): planning, writing and rebuilding
  // the list each ran 20,000 rows in one task. Here each slice is a few dozen ms; the margin
  // is for a machine shared with other jobs (the bench measures the 200 ms budget at 4×).
  expect(await longest()).toBeLessThan(1000);
  await expect(page.getByTestId('child-row').first()).toBeVisible();
});

test('a roster over the row limit is refused naming the limit, never cut', async ({ page, site }) => {
  await openRoster(page, site.url);
  await page.locator('#roster-file').setInputFiles(rosterCsv(out('huge.csv'), 100_000));
  await expect(page.getByRole('alert')).toContainText('文件超过 100,000 行', { timeout: 60_000 });
  await expect(page.getByTestId('roster-preview')).toHaveCount(0);
});

test('取消 during a large import ends the reading and leaves the roster as it was', async ({ page, site }) => {
  await openRoster(page, site.url);
  await importRoster(page, rosterCsv(out('small.csv'), 3), 3);
  await page.locator('#roster-file').setInputFiles(rosterXlsx(out('big.xlsx'), 90_000));
  const reading = page.getByTestId('reading');
  await expect(reading.getByRole('progressbar')).toBeVisible();
  await reading.getByRole('button', { name: '取消' }).click();
  await expect(reading).toHaveCount(0);
  await expect(page.getByTestId('roster-preview')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('roster-count')).toContainText('共 3 人');
});

test('the parsing worker works offline, on /forms/roster/ and /data/', async ({ page, site }) => {
  await page.goto(`${site.url}/`);
  await waitForOffline(page);
  const roster = rosterCsv(out('roster.csv'), 5);
  const backup = backupJson(out('backup.json'), 4);
  await site.close();
  await page.context().setOffline(true);
  await openRoster(page, site.url);
  await importRoster(page, roster, 5);
  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  await page.locator('#import-files').setInputFiles(backup);
  await expect(page.getByTestId('import-tally')).toHaveText('新增 4 条，更新 0 条，未变 0 条，无法导入 0 条');
});

test('a backup of thousands of records is written off the page with progress, all of it', async ({ page, site }) => {
  const backup = backupJson(out('backup.json'), 6000);
  await page.goto(`${site.url}/data/`);
  await hydrated(page);
  await page.locator('#import-files').setInputFiles(backup);
  await expect(page.getByTestId('import-tally')).toHaveText('新增 6000 条，更新 0 条，未变 0 条，无法导入 0 条');
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('writing')).toContainText(/正在写入第 \d+ \/ 6000 条/);
  await expect(page.getByText('已导入 6000 条记录')).toBeVisible({ timeout: 60_000 });
  // Read back: the same file again finds every record stored as it was.
  await page.reload();
  await hydrated(page);
  await page.locator('#import-files').setInputFiles(backup);
  await expect(page.getByTestId('import-tally')).toHaveText('新增 0 条，更新 0 条，未变 6000 条，无法导入 0 条');
  // The backup's settings were restored with the records (so they are not offered again).
  await expect(page.getByLabel(/同时恢复备份中的设置/)).not.toBeChecked();
});
