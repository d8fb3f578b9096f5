import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './site';

// Every built page (dist/**/index.html) as a URL path: a new page is checked without listing it.
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
  .map((f) => `/${f.slice(0, -'index.html'.length)}`)
  .sort();

test('every page says what it is for in a Chinese meta description of its own', async ({ page, site }) => {
  expect(pages).toContain('/forms/3-1/');
  const seen = new Map<string, string>();
  for (const path of pages) {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    // A page that moved (/roster/) forwards at once: its own description is in its file,
    // which is what a link preview reads.
    const moved = /http-equiv="refresh"/.test(html);
    await page.goto(`${site.url}${path}`);
    const description = moved
      ? html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? null
      : await page.locator('meta[name="description"]').getAttribute('content');
    expect(description, path).toMatch(/^[^\s].{9,159}$/);
    expect(description, path).toMatch(/[\u4e00-\u9fff]/);
    expect(seen.get(description!), `${path} repeats the description of`).toBeUndefined();
    seen.set(description!, path);
  }
});
