import { existsSync, readFileSync } from 'node:fs';
import { FORMS, formPage } from '../../src/forms/registry';
import { test, expect, hydrated } from './site';

const built = (path: string) => `dist${path}index.html`;
const islands = (html: string) => [...html.matchAll(/component-url="\/_astro\/([A-Za-z]+)\./g)].map((m) => m[1]);

test('every registered form has a page: its own /forms/<id>/ with its title, or its ledger page', async ({ page, site }) => {
  const home = readFileSync(built('/'), 'utf8');
  for (const f of FORMS) {
    const path = formPage(f);
    expect(existsSync(built(path)), `${f.id}: ${path}`).toBe(true);
    // The home page's card goes where the form is.
    expect(home, f.id).toContain(`href="${path}"`);
    if (path !== `/forms/${f.id}/`) continue; // a ledger page: its own title, several forms
    await page.goto(`${site.url}${path}`);
    await expect(page.locator('h1'), f.id).toHaveText(f.title);
  }
});

test('a page loads its own view\'s island and no other', async ({ page, site }) => {
  const views: Record<string, string> = { '3-1': 'FormApp', roster: 'RosterApp', '2-1': 'EvidenceApp', '2-2': 'ArchiveApp' };
  for (const [id, island] of Object.entries(views))
    expect(islands(readFileSync(built(`/forms/${id}/`), 'utf8')).sort(), id).toEqual(['AppBanners', island].sort());
  // 2-1's requirements are static text of its view, there before any script runs.
  await page.goto(`${site.url}/forms/2-1/`);
  await hydrated(page);
  await expect(page.getByText('附件2-1 原文要求')).toBeVisible();
});
