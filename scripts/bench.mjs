// Measures speed and size against the budgets in the README and prints the figures.
// Export timings run in Debian's Chromium on a page bundled from scripts/bench/; sizes
// are read from dist/, which this script builds first (BENCH_NO_BUILD=1 keeps an existing one).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { serve } from './static-server.mjs';
import { bigFiles } from './bench/big-files.mjs';
import { countyBench } from './bench/county.mjs';
import { pdfSession } from './bench/pdf-session.mjs';
import { pagesBench } from './bench/page-js.mjs';
import { keystrokeBench } from './bench/keystroke.mjs';
import { listsBench } from './bench/lists.mjs';
import { lighthouseBench } from './bench/lighthouse.mjs';
import { throttle } from './bench/phone.mjs';

const root = new URL('..', import.meta.url).pathname;
// Always the current code: a dist/ left from an older build measured pages that had changed since.
if (!process.env.BENCH_NO_BUILD || !existsSync(join(root, 'dist/index.html')))
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root });

// BENCH_ONLY=backup (or another of PARTS) measures only that part, skipping the others: a quick
// before/after comparison on a busy machine. The speed issue's rows: pages, keystroke,
// lighthouse, roster (import), lists, pdf, xlsx (the 表册 at 4×) and sizes (precache).
const only = process.env.BENCH_ONLY;
const PARTS = ['bomb', 'roster', 'backup', 'county', 'pdf', 'sizes', 'pages', 'keystroke', 'lighthouse', 'lists', 'xlsx'];
if (only && !PARTS.includes(only)) throw new Error(`BENCH_ONLY: ${PARTS.join(', ')}, not ${only}`);
const part = (name) => !only || only === name;
const rows = [];
// `budget` is a ceiling; `floor` a least value (Lighthouse's scores).
const put = (what, value, unit, budget, floor) => rows.push({ what, value, unit, budget, floor });

const dist = join(root, 'dist');
if (part('sizes')) {
  // Sizes: what a phone downloads for a form page before any export, and the font.
  const html = readFileSync(join(dist, 'forms/3-1/index.html'), 'utf8');
  const scripts = new Set([...html.matchAll(/(?:src|href|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]));
  // Follow static imports one level at a time: the page's own JS, not lazy export chunks.
  const seen = new Set();
  const queue = [...scripts];
  while (queue.length) {
    const f = queue.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    const src = readFileSync(join(dist, f), 'utf8');
    for (const m of src.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w{},*\s$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) queue.push(`/_astro/${m[1].slice(2)}`);
  }
  const pageJs = [...seen].reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
  put('form page JS before export (gzip)', pageJs / 1024, 'KB', 120);
  const font = readFileSync(join(dist, 'fonts/NotoSerifSC-subset.ttf'));
  put('PDF font raw', font.length / 1024 / 1024, 'MB', 4);
  put('PDF font brotli', brotliCompressSync(font).length / 1024 / 1024, 'MB', 2);
  // A first visit downloads every precache entry (the font is not one: fetched on first PDF).
  const precache = [...new Set([...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))];
  put('files precached by the service worker', precache.length, 'files');
  const entryFile = (url) => join(dist, url.replace(/^\//, '').replace(/(^|\/)$/, '$1index.html'));
  put('first-visit download: precache (gzip)', precache.reduce((n, u) => n + gzipSync(readFileSync(entryFile(u))).length, 0) / 1024, 'KB', 500);
  const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
  put('dist/ total', walk(dist).reduce((n, f) => n + statSync(f).size, 0) / 1024 / 1024, 'MB');
}

// Speed, in Chromium.
const out = join(root, 'node_modules/.bench');
await build({ root: join(root, 'scripts/bench'), logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
execFileSync('mkdir', ['-p', join(out, 'fonts')]);
execFileSync('cp', [join(dist, 'fonts/NotoSerifSC-subset.ttf'), join(out, 'fonts/')]);
const server = await serve(out);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  let figures = {};
  if (!only) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    figures = await page.evaluate(() => window.bench);
    await page.close();
  }
  if (part('xlsx')) {
    // The 表册 again on a page whose CPU is 4× slower, as the speed issue measures it.
    const page = await browser.newPage();
    await throttle(page);
    await page.goto(`${server.url}/index.html?only=register`);
    Object.assign(figures, await page.evaluate(() => window.bench));
    await page.close();
  }
  const budgets = {
    'one 3-1 form → .xlsx (ms)': 300, 'one 3-1 form → PDF (ms)': 300, 'one 3-1 PDF size (KB)': 150,
    '1,000-record 家访表册 → .xlsx (ms)': 2000, '3-2 derived from 1,000 records (ms)': 200,
    '20,000-row roster .xlsx read, checked and planned (ms)': 10000,
    '附件1-1 from 20,000 children (ms)': 200, '附件1-2 from 20,000 children (ms)': 200,
    '附件2-1 checklist of 20,000 children (ms)': 500,
    '0.4 GB-expanding .xlsx refused (ms)': 1000, '0.4 GB-expanding .xlsx: longest main-thread task (ms)': 200,
    '20,000-row roster import: longest main-thread task (ms)': 200,
    '200,000-entry backup read, planned and restored, 4× CPU (ms)': 30000,
    "200 schools' 3-2 files summarised (ms)": 5000,
    'one PDF, font cached, first in session, 4× CPU (ms)': 600, 'one PDF warm, 4× CPU (ms)': 300,
    // The speed issue's goals.
    'JS before any user action, form page /forms/3-1/ (gzip) (KB)': 60,
    'JS before any user action, home / (gzip) (KB)': 40, 'JS before any user action, /settings/ (gzip) (KB)': 40,
    'first keystroke on /forms/3-1/, cold, 4× CPU, Slow 4G, median of 3 (ms)': 2000,
    'first keystroke on /forms/3-1/, warm (service worker), 4× CPU, Slow 4G, median of 3 (ms)': 1500,
    '20,000-row roster file → committed and listed, 4× CPU (ms)': 10000,
    '/forms/roster/ with 20,000 children usable (rows, search answered), 4× CPU, median of 3 (ms)': 2000,
    '/forms/2-1/ with 20,000 children usable (rows, 村委会 filter answered), 4× CPU, median of 3 (ms)': 2000,
    '1,000-record 家访表册 → .xlsx, 4× CPU (ms)': 1500,
  };
  // Lighthouse mobile: performance ≥ 98, the other three at 100.
  const floor = (k) => (!/^Lighthouse /.test(k) ? undefined : / performance, /.test(k) ? 98 : 100);
  // Big files go through the built site itself (its worker, its pages), served from dist/.
  const site = await serve(dist);
  // The speed issue's pages as a host serves them: gzipped, with dist/_headers' headers.
  const host = await serve(dist, 0, { gzip: true, headers: true });
  const tmp = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    if (part('pages')) Object.assign(figures, await pagesBench(browser, host.url));
    if (part('keystroke')) Object.assign(figures, await keystrokeBench(browser, host.url));
    if (!only || ['bomb', 'roster', 'backup'].includes(only)) Object.assign(figures, await bigFiles(browser, site.url, tmp, only));
    if (part('lists')) Object.assign(figures, await listsBench(browser, host.url, tmp));
    if (part('county')) Object.assign(figures, await countyBench(browser, site.url));
    if (part('pdf')) Object.assign(figures, await pdfSession(browser, site.url));
    if (part('lighthouse')) Object.assign(figures, await lighthouseBench(host.url, tmp));
  } finally {
    await site.close();
    await host.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  const UNIT = / \((ms|KB|files|score)\)$/;
  for (const [k, v] of Object.entries(figures)) put(k.replace(UNIT, ''), v, k.match(UNIT)?.[1] ?? '', budgets[k], floor(k));
} finally {
  await browser.close();
  await server.close();
}

let over = 0;
console.log('\n| what | value | budget |\n| --- | ---: | ---: |');
for (const r of rows) {
  const missing = typeof r.value !== 'number' || Number.isNaN(r.value);
  const bad = missing ? r.budget != null || r.floor != null : (r.budget != null && r.value > r.budget) || (r.floor != null && r.value < r.floor);
  over += bad ? 1 : 0;
  const v = missing ? 'not measured' : Number.isInteger(r.value) ? r.value : r.value.toFixed(r.value < 10 ? 2 : 0);
  const goal = r.budget != null ? `≤ ${r.budget} ${r.unit}` : r.floor != null ? `≥ ${r.floor}` : '';
  console.log(`| ${r.what} | ${v} ${r.unit} | ${goal}${bad ? (r.floor != null ? ' UNDER' : ' OVER') : ''} |`);
}
console.log(over ? `\n${over} figure(s) over budget (goal missed)` : '\nall figures within budget');
process.exit(over ? 1 : 0);
