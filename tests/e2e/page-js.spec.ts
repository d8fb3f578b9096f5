import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './site';

/** The scripts a page fetched (gzip bytes each), counted after it settled with nobody touching it. */
async function scriptsLoaded(page: Page, url: string): Promise<Map<string, number>> {
  const got = new Map<string, number>();
  page.on('response', async (r) => {
    if (!/\/_astro\/.+\.js$/.test(new URL(r.url()).pathname)) return;
    const body = await r.body().catch(() => null);
    if (body) got.set(new URL(r.url()).pathname, gzipSync(body).length);
  });
  await page.goto(url);
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  return got;
}
const kb = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0) / 1024;

test('settings show the stored values and the link without loading the database code; typing saves and reloads', async ({ page, site }) => {
  await page.goto(`${site.url}/settings/`);
  await page.getByLabel('单位名称', { exact: true }).fill('城关小学');
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  // The link follows what was just saved on this page.
  await expect(page.getByLabel('链接中的单位名称')).toHaveValue('城关小学');

  const js = await scriptsLoaded(page, `${site.url}/settings/`);
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('城关小学');
  await expect(page.getByLabel('链接中的单位名称')).toHaveValue('城关小学');
  // Dexie alone is about 30 KB gzip; before, the page loaded it and every form (110 KB).
  expect(kb(js), [...js.keys()].join(' ')).toBeLessThan(45);

  await page.getByLabel('单位名称', { exact: true }).fill('城关第二小学');
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('城关第二小学');
});

test('a first visit to settings creates no database until something is saved', async ({ page, site }) => {
  const js = await scriptsLoaded(page, `${site.url}/settings/`);
  await expect(page.getByLabel('报送邮箱')).toHaveValue('pcjjyg@163.com');
  expect(kb(js)).toBeLessThan(45);
  const names = async () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(await names()).not.toContain('jiafang');
  await page.getByLabel('单位名称', { exact: true }).fill('城关小学');
  await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  await page.reload();
  await expect(page.getByLabel('单位名称', { exact: true })).toHaveValue('城关小学');
});

test('the banners leave the form definitions unloaded on a page that needs none', async ({ page, site }) => {
  const js = await scriptsLoaded(page, `${site.url}/privacy/`);
  expect(kb(js), [...js.keys()].join(' ')).toBeLessThan(30);
});
