import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { utils, write } from '@e965/xlsx';
import { test as siteTest, expect, hydrated, save, waitForOffline } from './site';
import { addVisit } from './visits';
import { serve } from '../../scripts/static-server.mjs';
import { headerPolicy, htmlFiles, pagePolicy, parsePolicy } from '../../scripts/csp-headers.mjs';

// Issue 16: a strict Content-Security-Policy on every page, as Astro's <meta> and as the
// headers a host sends from dist/_headers.

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const pages = htmlFiles('dist').map((f) => `/${relative('dist', f).replace(/index\.html$/, '')}`).sort();

siteTest('every built page carries the strict policy, with the hash of each of its inline scripts and styles', () => {
  expect(pages.length).toBeGreaterThan(10);
  for (const file of htmlFiles('dist')) {
    const html = readFileSync(file, 'utf8');
    const policy = pagePolicy(html);
    expect(policy, `${file}: CSP <meta>`).toBeTruthy();
    const p = parsePolicy(policy!);
    for (const [name, sources] of Object.entries({
      'default-src': ["'self'"], 'connect-src': ["'self'"], 'object-src': ["'none'"],
      'base-uri': ["'none'"], 'form-action': ["'self'"],
    })) expect(p.get(name), `${file}: ${name}`).toEqual(sources);
    const scripts = p.get('script-src')!;
    expect(scripts, file).not.toContain("'unsafe-inline'");
    expect(scripts, file).not.toContain("'unsafe-eval'");
    expect(p.get('style-src'), file).not.toContain("'unsafe-inline'");
    const inline = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1] ?? ''));
    expect(inline.length, `${file}: inline scripts`).toBeGreaterThan(0); // the role script at least
    for (const m of inline) expect(scripts, `${file}: ${m[2]!.slice(0, 60)}`).toContain(sha256(m[2]!));
    for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g))
      expect(p.get('style-src'), `${file}: ${m[1]!.slice(0, 60)}`).toContain(sha256(m[1]!));
    // A style="" attribute would need 'unsafe-inline' or 'unsafe-hashes': none is written.
    expect(html, file).not.toMatch(/<[^>]+\sstyle="/);
  }
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${headerPolicy('dist')}`);
  expect(headerPolicy('dist')).toContain("frame-ancestors 'none'");
  expect(headers).toContain('Referrer-Policy: no-referrer');
  expect(headers).toMatch(/Permissions-Policy: .*camera=\(\).*microphone=\(\).*geolocation=\(\)/);
});

// The browser run: served with dist/_headers, so the header policy and the <meta> both apply.
const test = siteTest.extend({
  site: async ({}, use) => {
    const s = await serve('dist', 0, { headers: true });
    await use(s);
    await s.close().catch(() => {});
  },
});

function rosterXlsx(path: string): string {
  const ws = utils.aoa_to_sheet([
    ['姓名', '身份证号码', '村（社区）', '就学情况'],
    ['张三', '610526201003151230', '东街村', '在校'],
    ['李四', '610526201105201241', '东街村', '在校'],
  ]);
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, '花名册');
  writeFileSync(path, write(wb, { type: 'buffer', bookType: 'xlsx' }));
  return path;
}

test('every page, a roster import, a 3-1 record, its Excel and PDF run with no CSP violation', async ({ page, context, site, foreign }) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  await context.exposeBinding('__cspViolation', (_src, v: string) => void violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
        `${location.pathname}: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  page.on('worker', (w) => w.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`worker: ${m.text()}`);
  }));

  // The headers reach the browser (so this run is under both policies).
  const first = await page.goto(`${site.url}/`);
  expect(first!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await hydrated(page);
  // The service worker still registers and precaches under the policy.
  await waitForOffline(page);
  expect(await page.evaluate(async () => (await caches.keys()).some((k) => k.includes('precache')))).toBe(true);

  for (const path of pages) {
    await page.goto(`${site.url}${path}`);
    await hydrated(page);
    await expect(page.locator('main')).not.toBeEmpty();
  }

  // The share link's QR code (settings) is drawn under the policy.
  await page.goto(`${site.url}/settings/`);
  await expect(page.getByRole('img', { name: '链接二维码' }).locator('svg')).toBeVisible();

  // A roster .xlsx, parsed in the worker.
  await page.goto(`${site.url}/forms/roster/`);
  await hydrated(page);
  if (!(await page.locator('#roster-file').count())) await page.getByRole('button', { name: '导入花名册（Excel/CSV）' }).click();
  await page.locator('#roster-file').setInputFiles(rosterXlsx(test.info().outputPath('花名册.xlsx')));
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('roster-import-done')).toHaveText(/新增 2 人/);

  // A 3-1 record saved, then exported as Excel and PDF (the PDF fetches the font).
  await addVisit(page, site.url, { 日期: '2021-10-25', 家访教师姓名: '王老师', 受访学生姓名: '张三', 班级: '七年级（1）班' });
  const xlsx = await save(page, '导出 Excel');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const pdf = await save(page, '导出 PDF');
  expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');

  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});
