import { test as base, expect, type Page } from '@playwright/test';
import { serve } from '../../scripts/static-server.mjs';

interface Site {
  url: string;
  close(): Promise<void>;
}

/**
 * Each test gets its own server for dist/ (so it can stop it to go offline) and a fresh
 * browser profile. Every test fails if anything is requested from another origin, or if the
 * page's Content-Security-Policy blocks anything (`foreign` runs for every test): between
 * them the tests make every export and import, so each is checked under the policy.
 */
export const test = base.extend<{ site: Site; foreign: string[] }>({
  site: async ({}, use) => {
    const s: Site = await serve('dist');
    await use(s);
    await s.close().catch(() => {});
  },
  foreign: [async ({ context, site }, use) => {
    const seen: string[] = [];
    context.on('request', (r) => {
      const u = r.url();
      // A mailto: is the user's own 发送 opening her mail app, not a request the app makes.
      if (!u.startsWith(site.url) && !/^(data|blob|mailto):/.test(u)) seen.push(u);
    });
    const blocked: string[] = [];
    await context.exposeBinding('__cspBlocked', (_src, v: string) => void blocked.push(v));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspBlocked(v: string): void }).__cspBlocked(
          `${location.pathname}: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    await use(seen);
    expect(seen, 'requests to another origin').toEqual([]);
    expect(blocked, 'Content-Security-Policy violations').toEqual([]);
  }, { auto: true }],
});
export { expect };

/** Waits until the service worker has precached the site and is active. */
export async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const sw = reg.active!;
    if (sw.state !== 'activated')
      await new Promise((ok) => sw.addEventListener('statechange', () => sw.state === 'activated' && ok(null)));
  });
}

export const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/**
 * Waits until every island on the page has hydrated: a file picked on server-rendered
 * markup before hydration would be lost, as it would for a person on a slow phone.
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

let saved = 0;
/** Clicks an export button like a person and keeps the downloaded file under its own name. */
export async function save(page: Page, button: string): Promise<{ path: string; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const path = test.info().outputPath(`${++saved}`, dl.suggestedFilename());
  await dl.saveAs(path);
  return { path, name: dl.suggestedFilename() };
}

/** Fills the town and year on /settings/ as a person would, waiting for each to be saved. */
export async function townAndYear(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/settings/`);
  for (const [label, v] of [['镇（街道）', '城关镇'], ['活动年份', '2021']]) {
    await page.getByLabel(label, { exact: true }).fill(v);
    await page.getByLabel(label, { exact: true }).blur();
    await expect(page.getByTestId('settings-msg')).toHaveText('已保存');
  }
}
