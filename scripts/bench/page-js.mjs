// The JS a phone downloads for a page before the user does anything, measured in the browser
// rather than by following static imports: every script the page fetched (islands hydrated
// on idle or when visible included) until the network has been idle and two seconds more.
// Each body is gzipped here, so the figure does not depend on what the server compresses.
// The service worker's own fetches (its precache) are not the page's: they have their row.
import { gzipSync } from 'node:zlib';
import { PHONE } from './phone.mjs';

const PAGES = [
  ['/forms/3-1/', 'JS before any user action, form page /forms/3-1/ (gzip) (KB)'],
  ['/', 'JS before any user action, home / (gzip) (KB)'],
  ['/settings/', 'JS before any user action, /settings/ (gzip) (KB)'],
];

const isJs = (r) => r.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(r.url()) || /javascript/.test(r.headers()['content-type'] ?? '');

/** Gzipped KB of the JS `path` fetches in a fresh context; also which files, for the report. */
async function pageJs(browser, siteUrl, path) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const bodies = new Map();
  page.on('response', (r) => {
    if (!isJs(r) || bodies.has(r.url())) return;
    bodies.set(r.url(), r.body().then((b) => gzipSync(b).length, () => 0));
  });
  try {
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(2000);
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(bodies.values());
    return { kb: sizes.reduce((n, s) => n + s, 0) / 1024, files: bodies.size };
  } finally {
    await context.close();
  }
}

export async function pagesBench(browser, siteUrl) {
  const figures = {};
  for (const [path, what] of PAGES) {
    const { kb, files } = await pageJs(browser, siteUrl, path);
    figures[what] = kb;
    figures[`  scripts fetched by ${path} (files)`] = files;
  }
  return figures;
}
