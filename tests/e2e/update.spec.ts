import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { serve } from '../../scripts/static-server.mjs';
import { waitForOffline } from './site';

// A deployment of its own, so that this test can publish a "new version" of the site.
const test = base.extend<{ deploy: { url: string; dir: string } }>({
  deploy: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-'));
    cpSync('dist', dir, { recursive: true });
    const s = await serve(dir);
    await use({ url: s.url, dir });
    await s.close();
  },
});

test('a new version is announced and applied only when the user agrees; the draft survives', async ({ page, deploy }) => {
  await page.goto(`${deploy.url}/forms/3-1/`);
  await waitForOffline(page);
  await page.reload(); // now controlled by the service worker
  await page.getByRole('button', { name: '新建记录' }).click();
  await page.getByLabel('受访学生姓名').fill('更新前的草稿');
  await expect(page.getByTestId('save-state')).toHaveText('已保存');

  appendFileSync(join(deploy.dir, 'sw.js'), '\n// next deployment\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const banner = page.getByText('有新版本');
  await expect(banner).toBeVisible({ timeout: 20_000 });
  // Typing goes on; nothing reloads by itself.
  await page.getByLabel('班级').fill('七年级（2）班');
  await expect(page.getByLabel('班级')).toHaveValue('七年级（2）班');
  await expect(page.getByLabel('受访学生姓名')).toHaveValue('更新前的草稿');

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '立即更新' }).click()]);
  await expect(page.getByLabel('受访学生姓名')).toHaveValue('更新前的草稿');
  await expect(page.getByLabel('班级')).toHaveValue('七年级（2）班');
  await expect(page.getByText('有新版本')).toHaveCount(0);
});

test('an update applied in one tab does not reload another tab whose user chose 稍后', async ({ context, deploy }) => {
  const a = await context.newPage();
  await a.goto(`${deploy.url}/forms/3-1/`);
  await waitForOffline(a);
  await a.reload();
  const b = await context.newPage();
  await b.goto(`${deploy.url}/forms/3-1/`);
  await b.getByRole('button', { name: '新建记录' }).click();
  await b.getByLabel('受访学生姓名').fill('另一页的草稿');
  await expect(b.getByTestId('save-state')).toHaveText('已保存');

  appendFileSync(join(deploy.dir, 'sw.js'), '\n// next deployment\n');
  await a.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  for (const p of [a, b]) await expect(p.getByText('有新版本')).toBeVisible({ timeout: 20_000 });
  await b.getByRole('button', { name: '稍后' }).click();
  // A mark that a reload would wipe, and a promise kept when the new version takes over B.
  await b.evaluate(() => {
    const w = window as unknown as { alive: boolean; taken: Promise<void> };
    w.alive = true;
    w.taken = new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', () => ok()));
  });
  await b.getByLabel('班级').fill('七年级（2）班');

  await Promise.all([a.waitForEvent('load'), a.getByRole('button', { name: '立即更新' }).click()]);
  await expect(a.getByText('有新版本')).toHaveCount(0);
  await b.evaluate(() => (window as unknown as { taken: Promise<void> }).taken);
  await b.getByLabel('家访要点').fill('更新之后接着写');
  expect(await b.evaluate(() => (window as unknown as { alive?: boolean }).alive)).toBe(true);
  await expect(b.getByLabel('班级')).toHaveValue('七年级（2）班');
  await expect(b.getByLabel('家访要点')).toHaveValue('更新之后接着写');
  await expect(b.getByTestId('save-state')).toHaveText('已保存');
});
