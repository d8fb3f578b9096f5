// Lighthouse's mobile run (its default: a Moto G Power's screen, 4× CPU and Slow 4G simulated)
// on the built site, served gzipped with the headers a host sends. Its CLI from node_modules,
// with Debian's Chromium: one Chromium per page, as the CLI does.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const PAGES = ['/', '/forms/3-1/', '/forms/roster/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [['first-contentful-paint', 'first contentful paint'], ['largest-contentful-paint', 'largest contentful paint'],
  ['total-blocking-time', 'total blocking time'], ['speed-index', 'speed index']];
const cli = join(createRequire(import.meta.url).resolve('lighthouse/package.json'), '../cli/index.js');

export async function lighthouseBench(siteUrl, tmp) {
  const figures = {};
  for (const path of PAGES) {
    const out = join(tmp, `lighthouse${path.replace(/\//g, '-')}.json`);
    await promisify(execFile)(process.execPath, [cli, `${siteUrl}${path}`, '--output=json', `--output-path=${out}`, '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, timeout: 600_000, maxBuffer: 1 << 26 });
    const { categories, audits, runtimeError } = JSON.parse(readFileSync(out, 'utf8'));
    if (runtimeError) throw new Error(`lighthouse ${path}: ${runtimeError.message}`);
    for (const c of CATEGORIES) figures[`Lighthouse mobile ${c}, ${path} (score)`] = Math.round(categories[c].score * 100);
    // What the performance score is made of, to see which of them to work on.
    for (const [id, name] of METRICS) figures[`  ${path}: ${name} (ms)`] = Math.round(audits[id].numericValue);
    figures[`  ${path}: cumulative layout shift (×1000)`] = Math.round(audits['cumulative-layout-shift'].numericValue * 1000);
  }
  return figures;
}
