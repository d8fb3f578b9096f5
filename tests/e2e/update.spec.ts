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
