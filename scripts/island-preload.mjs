// Adds to each built page a <link rel="modulepreload"> for every script its islands load
// before they can run: the island's component and renderer and all they import statically.
// Without them the browser finds the chunks one import level at a time, a round trip each:
// on Slow 4G (150 ms) the roster page's ~60 chunks, eight levels deep, took 5 s to show
// anything of its list at 4× CPU. Dynamic imports (exports, the PDF writer) are left to load
// when they are asked for. Runs before the PWA integration, whose precache lists each page
// with the hash of its final text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './csp-headers.mjs';

/** Static imports and re-exports of a built chunk (`import{a}from"./x.js"`, `import"./x.js"`). */
const STATIC = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?"(\.\/[^"]+\.js)"/g;
/** The scripts a page starts: its islands' components and renderers, and its module scripts. */
const STARTS = /(?:component-url|renderer-url|<script type="module" src)="(\/_astro\/[^"]+\.js)"/g;

/** `start` and every chunk it imports statically, in the order first met. */
export function staticClosure(start, read) {
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url)) return;
    seen.add(url);
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const m of read(url).matchAll(STATIC)) visit(dir + m[1].slice(2));
  };
  visit(start);
  return [...seen];
}

/** The page with a modulepreload link for each script its islands need to start. */
export function withPreloads(html, read) {
  const urls = new Set();
  for (const m of html.matchAll(STARTS)) for (const u of staticClosure(m[1], read)) urls.add(u);
  if (!urls.size) return html;
  const links = [...urls].map((u) => `<link rel="modulepreload" href="${u}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

export default function islandPreload() {
  return {
    name: 'island-preload',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const cache = new Map();
        const read = (url) => cache.get(url) ?? cache.set(url, readFileSync(join(root, url), 'utf8')).get(url);
        for (const file of htmlFiles(root)) writeFileSync(file, withPreloads(readFileSync(file, 'utf8'), read));
      },
    },
  };
}
